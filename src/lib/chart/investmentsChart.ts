/**
 * Geometry of "Investments over time": each investment a symbol placed by date (x) and by its
 * US-dollar amount on a log scale (y), sized by amount, shaped by kind, labelled investor → target
 * with its amount. With more investments than can be told apart, a symbol stands for the
 * investments of one kind in one period instead: placed by their total, sized by their count.
 * Plain numbers and strings out; `src/charts/InvestmentsChart.astro` draws them.
 */
import { max, min } from 'd3-array';
import { scaleLog, scaleSqrt } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { INVESTMENT_KINDS } from '../content/schema.ts';
import type { InvestmentRecord } from '../dataset.ts';
import { formatDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatMoney, formatMoneyWithUsd, formatPercent } from '../money.ts';
import { intersection, union, type Box } from './boxes.ts';
import { innerWidth, round, type Dimensions } from './dimensions.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import type { MarkTarget } from './markup.ts';
import {
  axisYears,
  binInvestments,
  binLength,
  placeable,
  type InvestmentBin,
  type Placeable,
} from './investmentBins.ts';
import { markTargets, type PeriodLength } from './periods.ts';
import { remembered } from '../remembered.ts';
import { CENTRED_BASELINE, estimateTextWidth, textBox } from './text.ts';
import { xOfDate, yearScale, yearTicks, type TimeTick } from './timeAxis.ts';
import type { ChartVariant } from './variants.ts';

/** The symbol of each kind of investment, so that colour is never the only cue. */
export const KIND_SYMBOLS: Readonly<Record<InvestmentRecord['kind'], SymbolType>> = {
  equity: symbolCircle,
  acquisition: symbolSquare,
  commitment: symbolDiamond,
  fund: symbolTriangle,
};

/**
 * The dollar amounts the value axis spans at most, $1 to $1 quadrillion: wider than any deal, so
 * only a slip of the pen lies outside, and that is drawn at the axis's end, with its amount in full
 * in its label, tooltip and the table.
 */
export const AXIS_LIMITS: readonly [number, number] = [1, 1e15];

/** The smallest symbol radius, so the smallest investment stays easy to see and to point at. */
const MIN_RADIUS = 5;

/** How far a label may sit from its symbol without a leader line to it. */
const LEADER_FROM = 12;

/** The smallest pointer target, in CSS px (WCAG 2.5.8). */
const MIN_TARGET = 24;

/** Space between the value axis's labels and the plot. */
const AXIS_GAP = 6;

/** The distance between the lines of a label, at a font size. */
function lineHeightOf(fontSize: number): number {
  return round(fontSize * 1.25);
}

/** How much taller the chart may grow, in steps of a fifth, when its labels do not all fit. */
const GROWTH_STEPS = 3;

/** One drawn symbol: an investment, or a bin of them. */
export interface InvestmentMark {
  kind: InvestmentRecord['kind'];
  /** The timeline entries it stands for. */
  target: MarkTarget;
  /** The article whose timeline entry the mark (or column) leads to. */
  entry: string;
  /** Centre of the symbol, in plot coordinates. */
  x: number;
  y: number;
  radius: number;
  /** The symbol's path, centred on (0, 0). */
  path: string;
  /**
   * Label lines: "LG Uplus → Genie Music", "₩26.7bn (≈ $23m)"; or "2021: 12 investments", "$1.2bn";
   * in three lines ("LG Uplus →", "Genie Music", …) where two are too wide to fit.
   */
  lines: string[];
  /** Where the label goes; undefined when the chart is too crowded to label this mark. */
  label?: PlacedLabel;
  /** How the label's lines are written: their anchor point and `text-anchor`. */
  text?: { x: number; baselines: number[]; anchor: 'start' | 'middle' | 'end' };
  /** A line from the symbol to its label, where the label had to move away from it: x1, y1, x2, y2. */
  leader?: [number, number, number, number];
  /** The box around the symbol and its label: the link's focus ring. */
  outline: Box;
  /** The radius the symbol catches the pointer within: at least 12, a 24 px target (WCAG 2.5.8). */
  hitRadius: number;
  /** The accessible name: the label's words first (WCAG 2.5.3, label in name), then the date or kind. */
  name: string;
  /** The whole story in one sentence: the accessible description and the tooltip. */
  description: string;
}

/** A gridline on the value axis and its label. */
export interface ValueTick {
  y: number;
  label: string;
  /** The label's baseline, right-aligned at x = -AXIS_GAP. */
  baseline: number;
}

/** Everything the drawing needs. */
export interface InvestmentsChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  /** The plot area's size (the SVG less its margins). */
  plot: { width: number; height: number };
  /** Whether symbols stand for bins of investments, and the bins' length in months. */
  periodLength?: PeriodLength;
  marks: InvestmentMark[];
  xTicks: TimeTick[];
  /** Baseline of the year labels. */
  xLabelBaseline: number;
  yTicks: ValueTick[];
  /** Where the value axis's labels end (right-aligned), left of the plot. */
  yLabelX: number;
}

/** Chart-wide settings. */
export interface InvestmentsChartOptions {
  variant: ChartVariant;
  /** The edition the chart is drawn for: its labels and numbers. */
  locale: Locale;
  /** First and last year of the time axis (the timeline's span); widened to any investment outside it. */
  years: [number, number];
}

/**
 * Lays out the investments that have a US-dollar figure (the dataset gives every one that can be
 * converted). When the labels do not all fit, the plot grows taller, up to 60%; in a chart still too
 * crowded the largest keep their labels and the rest are named by their links and tooltips.
 */
export function layoutInvestmentsChart(
  records: readonly InvestmentRecord[],
  options: InvestmentsChartOptions,
): InvestmentsChartGeometry {
  // What every height shares is worked out once: the bins, each symbol's words and the sizes of its label.
  const months = binLength(records, options.years, options.variant);
  const bins = months === undefined ? undefined : binInvestments(records, months, options.locale);
  const drafts = bins ? binDrafts(bins, options.locale) : individualDrafts(records, options.locale);
  const labelSizes = drafts.map((draft) => labelSize(draft, options.variant.fontSize));
  const base = options.variant.investments.height;
  let geometry = layoutAtHeight(records, drafts, labelSizes, months, options, base);
  for (let step = 1; step <= GROWTH_STEPS && geometry.marks.some((mark) => !mark.label); step += 1) {
    geometry = layoutAtHeight(records, drafts, labelSizes, months, options, round(base * (1 + step / 5)));
  }
  return geometry;
}

/** What one symbol is drawn from, before it is placed. */
interface Draft {
  kind: InvestmentRecord['kind'];
  target: MarkTarget;
  /** The article whose timeline entry the mark (or column) leads to. */
  entry: string;
  /** Where on the time axis it goes: at a date, or at a fraction of a period's width. */
  at: { date: string } | { start: string; end: string; slot: number };
  /** Its dollar value and what sizes it. */
  usd: number;
  size: number;
  lines: [string, string];
  /** The same words in three lines, narrower. */
  stacked: [string, string, string];
  name: string;
  description: string;
}

/** A label's size in its two lines and in three. */
interface LabelSize {
  lines: { width: number; height: number };
  stacked: { width: number; height: number };
}

function labelSize(draft: Draft, fontSize: number): LabelSize {
  const lineHeight = lineHeightOf(fontSize);
  const sized = (lines: readonly string[]) => ({
    width: round(Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)))),
    height: round(lineHeight * lines.length),
  });
  return { lines: sized(draft.lines), stacked: sized(draft.stacked) };
}

/** Drafts already written, by edition, for the records of a chart: each variant of the chart draws the same. */
const draftsOf = new WeakMap<readonly InvestmentRecord[], Map<Locale, Draft[]>>();

function individualDrafts(records: readonly InvestmentRecord[], locale: Locale): Draft[] {
  let byLocale = draftsOf.get(records);
  if (!byLocale) draftsOf.set(records, (byLocale = new Map()));
  return remembered(byLocale, locale, () => writeIndividualDrafts(placeable(records), locale));
}

function writeIndividualDrafts(records: readonly Placeable[], locale: Locale): Draft[] {
  return records.map((record) => {
    const [investor, target] = [record.investor.short[locale], record.target.short[locale]];
    const amount = formatMoneyWithUsd(record.amount, record.currency, record.usd, locale, 'short');
    const lines: [string, string] = [`${investor} → ${target}`, amount];
    return {
      kind: record.kind,
      target: { entries: [record.articleId] },
      entry: record.articleId,
      at: { date: record.date },
      usd: record.usd.value,
      size: record.usd.value,
      lines,
      stacked: [`${investor} →`, target, amount],
      name: `${lines.join(', ')}, ${formatDate(record.date, locale, 'short')}`,
      description: describeInvestment(record, locale),
    };
  });
}

function binDrafts(bins: readonly InvestmentBin[], locale: Locale): Draft[] {
  const t = dictionary(locale).charts;
  const targets = markTargets(
    bins.map((bin) => ({
      entries: bin.records.map((record) => record.articleId),
      period: [bin.period.start, bin.period.end] as const,
    })),
  );
  return bins.map((bin, index) => {
    // Kinds side by side within their period, so that bins of one period do not cover each other.
    const slot = (INVESTMENT_KINDS.indexOf(bin.kind) + 0.5) / INVESTMENT_KINDS.length;
    const [count, total] = [t.investments.binCount(bin.records.length), formatMoney(bin.usd, 'USD', locale, 'short')];
    const lines: [string, string] = [`${bin.period.label}: ${count}`, total];
    return {
      kind: bin.kind,
      target: targets[index]!,
      entry: bin.records[0]!.articleId,
      at: { start: bin.period.start, end: bin.period.end, slot },
      usd: bin.usd,
      size: bin.records.length,
      lines,
      stacked: [`${bin.period.label}:`, count, total],
      name: `${lines.join(', ')}, ${t.kinds[bin.kind]}`,
      description: t.investments.binDescription(
        lines[0],
        t.kinds[bin.kind],
        formatMoney(bin.usd, 'USD', locale),
        describeInvestment(bin.largest, locale),
      ),
    };
  });
}

function layoutAtHeight(
  records: readonly InvestmentRecord[],
  drafts: readonly Draft[],
  labelSizes: readonly LabelSize[],
  months: PeriodLength | undefined,
  { variant, locale, years }: InvestmentsChartOptions,
  height: number,
): InvestmentsChartGeometry {
  const { fontSize, width } = variant;
  const { maxRadius } = variant.investments;
  const lineHeight = lineHeightOf(fontSize);
  const values = drafts.map((draft) => draft.usd);

  const clamp = (value: number) => Math.min(Math.max(value, AXIS_LIMITS[0]), AXIS_LIMITS[1]);
  const low = 10 ** Math.floor(Math.log10(clamp(min(values) ?? 1e7)));
  const high = Math.max(10 ** Math.ceil(Math.log10(clamp(max(values) ?? 1e8))), low * 10);
  const marginTop = fontSize;
  const marginBottom = round(fontSize * 2 + 6);
  const marginRight = 8;
  const plotHeight = height - marginTop - marginBottom;
  const yTickValues = thin(powersOfTen(low, high), Math.max(2, Math.floor(plotHeight / (2.5 * fontSize))));
  const yLabels = yTickValues.map((value) => formatMoney(value, 'USD', locale, 'short'));
  // The value axis takes the room its widest label needs, as the labels of the marks do.
  const marginLeft = Math.ceil(Math.max(...yLabels.map((label) => estimateTextWidth(label, fontSize))) + AXIS_GAP + 2);
  const dimensions: Dimensions = { width, height, marginTop, marginRight, marginBottom, marginLeft };
  const plotWidth = innerWidth(dimensions);

  const [firstYear, lastYear] = axisYears(records, years);
  // Clamped: a bin's period may run past the axis's last year.
  const x = yearScale(firstYear, lastYear, [maxRadius, plotWidth - maxRadius]).clamp(true);
  const y = scaleLog()
    .domain([low, high])
    .range([plotHeight - maxRadius, maxRadius])
    .clamp(true);
  const xOf = (at: Draft['at']) => {
    if ('date' in at) return xOfDate(x, at.date);
    const [start, end] = [xOfDate(x, at.start), xOfDate(x, at.end)];
    return round(start + (end - start) * at.slot);
  };
  const radius = scaleSqrt()
    .domain([0, max(drafts, (draft) => draft.size) ?? 1])
    .range([0, maxRadius]);

  const placed = drafts.map((draft) => ({
    ...draft,
    x: xOf(draft.at),
    y: round(y(draft.usd)),
    radius: round(Math.max(MIN_RADIUS, radius(draft.size))),
  }));
  const yTicks = yTickValues.map((value, index) => {
    const tickY = round(y(value));
    return { y: tickY, label: yLabels[index] ?? '', baseline: round(tickY + CENTRED_BASELINE * fontSize) };
  });
  const yLabelX = -AXIS_GAP;
  const axisLabels = yTicks.map((tick) => textBox(tick.label, yLabelX, tick.baseline, fontSize, 'end'));
  const bounds = { x: -marginLeft, y: -marginTop, width, height: plotHeight + marginTop };
  const bySize = placed.map((_, index) => index).sort((a, b) => placed[b]!.usd - placed[a]!.usd || a - b);
  const labels = placeLabels(
    placed.map((mark, index) => ({ ...mark, ...labelSizes[index]!.lines })),
    bounds,
    bySize,
    2,
    axisLabels,
  );
  // Labels too wide in two lines try three, around the labels already placed and every symbol.
  const unlabelled = bySize.filter((index) => !labels[index]);
  const stackedLabels = placeLabels(
    unlabelled.map((index) => ({ ...placed[index]!, ...labelSizes[index]!.stacked })),
    bounds,
    undefined,
    2,
    [...axisLabels, ...labels.filter((label) => label !== undefined), ...placed.map(symbolBox)],
  );
  const lines = placed.map((mark): string[] => mark.lines);
  unlabelled.forEach((index, position) => {
    labels[index] = stackedLabels[position];
    if (stackedLabels[position]) lines[index] = placed[index]!.stacked;
  });

  const drawing = { x: -marginLeft, y: -marginTop, width, height };
  const marks = placed.map((mark, index): InvestmentMark => {
    const label = labels[index];
    return {
      kind: mark.kind,
      target: mark.target,
      entry: mark.entry,
      x: mark.x,
      y: mark.y,
      radius: mark.radius,
      path: symbolPath(mark.kind, mark.radius),
      lines: lines[index]!,
      ...labelParts(mark, label, lines[index]!.length, lineHeight),
      outline: roundBox(intersection(pad(union([symbolBox(mark), ...(label ? [label] : [])]), 3), drawing)),
      hitRadius: Math.max(mark.radius, MIN_TARGET / 2),
      name: mark.name,
      description: mark.description,
    };
  });
  return {
    dimensions,
    fontSize,
    plot: { width: plotWidth, height: plotHeight },
    ...(months === undefined ? {} : { periodLength: months }),
    marks,
    xTicks: yearTicks(x, fontSize, [-marginLeft, plotWidth + marginRight]),
    xLabelBaseline: round(plotHeight + fontSize + 6),
    yTicks,
    yLabelX,
  };
}

function labelParts(
  mark: { x: number; y: number; radius: number },
  label: PlacedLabel | undefined,
  count: number,
  lineHeight: number,
): Pick<InvestmentMark, 'label' | 'text' | 'leader'> {
  if (!label) return {};
  const anchor = label.side === 'right' ? 'start' : label.side === 'left' ? 'end' : 'middle';
  const x = anchor === 'start' ? label.x : anchor === 'end' ? label.x + label.width : label.x + label.width / 2;
  const baselines = Array.from({ length: count }, (_, line) => round(label.y + lineHeight * (line + 0.75)));
  // The label's nearest point to the symbol; a leader line when it is further than a label beside it would be.
  const nearX = Math.min(Math.max(mark.x, label.x), label.x + label.width);
  const nearY = Math.min(Math.max(mark.y, label.y), label.y + label.height);
  const distance = Math.hypot(nearX - mark.x, nearY - mark.y);
  const leader: [number, number, number, number] | undefined =
    distance > mark.radius + LEADER_FROM
      ? [
          round(mark.x + ((nearX - mark.x) / distance) * mark.radius),
          round(mark.y + ((nearY - mark.y) / distance) * mark.radius),
          round(nearX),
          round(nearY),
        ]
      : undefined;
  return { label, text: { x: round(x), baselines, anchor }, ...(leader ? { leader } : {}) };
}

/** Drawn paths by kind and radius: charts of hundreds of marks repeat a few dozen. */
const symbolPaths = new Map<string, string>();

/** The path of a kind's symbol of a radius, centred on (0, 0). */
function symbolPath(kind: InvestmentRecord['kind'], radius: number): string {
  return remembered(
    symbolPaths,
    `${kind} ${radius}`,
    () => symbol(KIND_SYMBOLS[kind], Math.PI * radius ** 2).digits(3)() ?? '',
  );
}

function symbolBox(mark: { x: number; y: number; radius: number }): Box {
  return { x: mark.x - mark.radius, y: mark.y - mark.radius, width: 2 * mark.radius, height: 2 * mark.radius };
}

/** A box grown by `by` on every side. */
function pad(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function roundBox(box: Box): Box {
  return { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
}

/** 10^k for every k from log10(low) to log10(high): the log axis's gridlines. */
function powersOfTen(low: number, high: number): number[] {
  const from = Math.round(Math.log10(low));
  const to = Math.round(Math.log10(high));
  return Array.from({ length: to - from + 1 }, (_, index) => 10 ** (from + index));
}

/** Every n-th value, n as small as keeps at most `count` of them, always with the last. */
function thin(values: readonly number[], count: number): number[] {
  const stride = Math.ceil((values.length - 1) / Math.max(count - 1, 1)) || 1;
  return values.filter((_, index) => (values.length - 1 - index) % stride === 0);
}

/** "15 March 2017: LG Uplus → Genie Music, 15% equity, ₩26.7 billion (≈ $23 million)". */
export function describeInvestment(record: InvestmentRecord, locale: Locale): string {
  const kind = dictionary(locale).charts.kinds[record.kind];
  const what = record.stake === undefined ? kind : `${formatPercent(record.stake, locale)} ${kind}`;
  const amount = formatMoneyWithUsd(record.amount, record.currency, record.usd, locale);
  return `${formatDate(record.date, locale)}: ${record.investor.name[locale]} → ${record.target.name[locale]}, ${what}, ${amount}`;
}

/** The chart in words, for its `<desc>`: how many investments, and the largest and smallest. */
export function describeInvestmentsChart(
  records: readonly InvestmentRecord[],
  years: [number, number],
  locale: Locale,
): string {
  const t = dictionary(locale).charts.investments;
  const bySize = placeable(records).sort((a, b) => b.usd.value - a.usd.value);
  const largest = bySize[0];
  const smallest = bySize.at(-1);
  if (!largest || !smallest) return t.none(years[0], years[1]);
  const extremes =
    largest === smallest
      ? `${describeInvestment(largest, locale)}.`
      : `${t.largest} ${describeInvestment(largest, locale)}. ${t.smallest} ${describeInvestment(smallest, locale)}.`;
  return `${t.count(records.length, years[0], years[1])} ${extremes}`;
}

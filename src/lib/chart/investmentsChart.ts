/**
 * Geometry of "Investments over time": each investment a symbol placed by date (x) and by its
 * US-dollar amount on a log scale (y), sized by amount, shaped by kind, labelled investor → target
 * with its amount. Plain numbers and strings out; `src/charts/InvestmentsChart.astro` draws them.
 */
import { scaleLog, scaleSqrt } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { InvestmentRecord } from '../dataset.ts';
import { formatDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatMoney, formatMoneyWithUsd, formatPercent } from '../money.ts';
import { innerHeight, innerWidth, round, type Dimensions } from './dimensions.ts';
import { union, type Box } from './boxes.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { estimateTextWidth } from './text.ts';
import { xOfDate, yearScale, yearTicks, type TimeTick } from './timeAxis.ts';

/** The symbol of each kind of investment, so that colour is never the only cue. */
export const KIND_SYMBOLS: Readonly<Record<InvestmentRecord['kind'], SymbolType>> = {
  equity: symbolCircle,
  acquisition: symbolSquare,
  commitment: symbolDiamond,
  fund: symbolTriangle,
};

/** The smallest symbol radius, so the smallest investment stays easy to see and to point at. */
const MIN_RADIUS = 5;

/** Space between the value axis's labels and the plot. */
export const AXIS_GAP = 6;

/** Chart-wide settings besides the dimensions. */
export interface InvestmentsChartOptions {
  dimensions: Dimensions;
  /** The edition the chart is drawn for: its labels and numbers. */
  locale: Locale;
  /** First and last year of the time axis (the timeline's span). */
  years: [number, number];
  fontSize: number;
  /** Label every n-th year on the axis. */
  yearStep?: number;
  /** Largest symbol radius. */
  maxRadius?: number;
}

/** One drawn investment. */
export interface InvestmentMark {
  record: InvestmentRecord;
  /** Centre of the symbol, in plot coordinates. */
  x: number;
  y: number;
  radius: number;
  /** The symbol's path, centred on (0, 0). */
  path: string;
  /** Label lines: "LG Uplus → Genie Music", "₩26.7bn (≈ $23m)". */
  lines: [string, string];
  /** Where the label goes; undefined when the chart is too crowded to label this mark (its link still names it). */
  label?: PlacedLabel;
  /** How the label's lines are written: their anchor point and `text-anchor`. */
  text?: { x: number; baselines: [number, number]; anchor: 'start' | 'middle' | 'end' };
  /** The box around the symbol and its label: the link's focus ring and pointer target. */
  outline: Box;
  /** The whole story in one sentence, for the link's accessible name and the tooltip. */
  description: string;
}

/** A gridline on the value axis. */
export interface ValueTick {
  y: number;
  label: string;
}

/** Everything the drawing needs. */
export interface InvestmentsChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  lineHeight: number;
  marks: InvestmentMark[];
  xTicks: TimeTick[];
  yTicks: ValueTick[];
}

/** How much taller the chart may grow, in steps of a fifth, when its labels do not all fit. */
const GROWTH_STEPS = 3;

/**
 * Lays out the investments that have a US-dollar figure (the dataset gives every one that can be
 * converted). When the labels do not all fit, the plot grows taller, up to 60%; in a chart still too
 * crowded the largest investments keep their labels and the rest are named by their links and tooltips.
 */
export function layoutInvestmentsChart(
  records: readonly InvestmentRecord[],
  options: InvestmentsChartOptions,
): InvestmentsChartGeometry {
  let geometry = layoutAtSize(records, options);
  for (let step = 1; step <= GROWTH_STEPS && geometry.marks.some((mark) => !mark.label); step += 1) {
    const height = round(options.dimensions.height * (1 + step / 5));
    geometry = layoutAtSize(records, { ...options, dimensions: { ...options.dimensions, height } });
  }
  return geometry;
}

function layoutAtSize(
  records: readonly InvestmentRecord[],
  options: InvestmentsChartOptions,
): InvestmentsChartGeometry {
  const { fontSize, locale, yearStep = 1, maxRadius = 14 } = options;
  const placeable = records.filter(
    (record): record is InvestmentRecord & { usd: NonNullable<InvestmentRecord['usd']> } => Boolean(record.usd),
  );
  const amounts = placeable.map((record) => record.usd.value);
  const low = 10 ** Math.floor(Math.log10(Math.min(...amounts, 1e7)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...amounts, low * 10)));
  const tickValues = powersOfTen(low, high);
  const tickLabels = tickValues.map((value) => formatMoney(value, 'USD', locale, 'short'));
  // The value axis takes the room its widest label needs, as the labels of the marks do.
  const widestTick = Math.max(...tickLabels.map((label) => estimateTextWidth(label, fontSize)));
  const dimensions = {
    ...options.dimensions,
    marginLeft: Math.max(options.dimensions.marginLeft, Math.ceil(widestTick + AXIS_GAP)),
  };
  const width = innerWidth(dimensions);
  const height = innerHeight(dimensions);

  const x = yearScale(options.years[0], options.years[1], width);
  const y = scaleLog().domain([low, high]).range([height, 0]);
  const radius = scaleSqrt()
    .domain([0, Math.max(...amounts, 1)])
    .range([0, maxRadius]);
  const lineHeight = round(fontSize * 1.25);

  const drafts = placeable.map((record) => {
    const lines: [string, string] = [
      `${record.investor.short[locale]} → ${record.target.short[locale]}`,
      formatMoneyWithUsd(record.amount, record.currency, record.usd, locale, 'short'),
    ];
    return {
      record,
      x: xOfDate(x, record.date),
      y: round(y(record.usd.value)),
      radius: round(Math.max(MIN_RADIUS, radius(record.usd.value))),
      lines,
      width: round(Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)))),
      height: round(lineHeight * 2),
    };
  });
  const yTicks = tickValues.map((value, index) => ({ y: round(y(value)), label: tickLabels[index] ?? '' }));
  const bounds = {
    x: -dimensions.marginLeft,
    y: -dimensions.marginTop,
    width: dimensions.width,
    height: height + dimensions.marginTop,
  };
  const bySize = drafts
    .map((_, index) => index)
    .sort((a, b) => drafts[b]!.record.usd.value - drafts[a]!.record.usd.value || a - b);
  const labels = placeLabels(drafts, bounds, bySize);

  return {
    dimensions,
    fontSize,
    lineHeight,
    marks: drafts.map((draft, index) => ({
      record: draft.record,
      x: draft.x,
      y: draft.y,
      radius: draft.radius,
      path: symbol(KIND_SYMBOLS[draft.record.kind], Math.PI * draft.radius ** 2).digits(3)() ?? '',
      lines: draft.lines,
      ...labelParts(labels[index], lineHeight),
      outline: pad(union([symbolBox(draft), ...(labels[index] ? [labels[index]] : [])]), 3),
      description: describeInvestment(draft.record, locale),
    })),
    xTicks: yearTicks(x, yearStep),
    yTicks,
  };
}

function labelParts(label: PlacedLabel | undefined, lineHeight: number): Pick<InvestmentMark, 'label' | 'text'> {
  if (!label) return {};
  const anchor = label.side === 'right' ? 'start' : label.side === 'left' ? 'end' : 'middle';
  const x = anchor === 'start' ? label.x : anchor === 'end' ? label.x + label.width : label.x + label.width / 2;
  const baseline = (line: number) => round(label.y + lineHeight * (line + 0.75));
  return { label, text: { x: round(x), baselines: [baseline(0), baseline(1)], anchor } };
}

function symbolBox(mark: { x: number; y: number; radius: number }): Box {
  return { x: mark.x - mark.radius, y: mark.y - mark.radius, width: 2 * mark.radius, height: 2 * mark.radius };
}

function pad(box: Box, by: number): Box {
  return {
    x: round(box.x - by),
    y: round(box.y - by),
    width: round(box.width + 2 * by),
    height: round(box.height + 2 * by),
  };
}

/** 10^k for every k from log10(low) to log10(high): the log axis's gridlines. */
function powersOfTen(low: number, high: number): number[] {
  const from = Math.round(Math.log10(low));
  const to = Math.round(Math.log10(high));
  return Array.from({ length: to - from + 1 }, (_, index) => 10 ** (from + index));
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
  const bySize = records.filter((record) => record.usd).sort((a, b) => (b.usd?.value ?? 0) - (a.usd?.value ?? 0));
  const largest = bySize[0];
  const smallest = bySize.at(-1);
  if (!largest || !smallest) return t.none(years[0], years[1]);
  const extremes =
    largest === smallest
      ? `${describeInvestment(largest, locale)}.`
      : `${t.largest} ${describeInvestment(largest, locale)}. ${t.smallest} ${describeInvestment(smallest, locale)}.`;
  return `${t.count(records.length, years[0], years[1])} ${extremes}`;
}

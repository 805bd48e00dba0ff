/**
 * Geometry of "Investments over time": each investment a symbol placed by date (x) and by its
 * US-dollar amount on a log scale (y), sized by amount, shaped by kind, labelled investor → target
 * with its amount. With more investments than can be told apart, a symbol stands for the
 * investments of one kind in one period instead: placed by their total, sized by their count.
 * Plain numbers and strings out; `src/charts/InvestmentsChart.astro` draws them.
 *
 * The parts: the words (investmentText.ts), the value axis (valueAxis.ts), the labels' placement
 * (investmentLabels.ts), the symbols (kindSymbols.ts) and the bins of a large archive (investmentBins.ts).
 */
import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import type { InvestmentRecord } from '../chartRecords.ts';
import type { Locale } from '../i18n/locales.ts';
import { memoized } from '../memoize.ts';
import { intersection, pad, union, type Box } from './boxes.ts';
import { innerWidth, round, type Dimensions } from './dimensions.ts';
import { axisYears, binInvestments, binLength } from './investmentBins.ts';
import {
  labelText,
  labelSizes,
  placeMarkLabels,
  type LabelSizes,
  type LabelText,
  type Leader,
} from './investmentLabels.ts';
import { binDrafts, investmentDrafts, type MarkDraft } from './investmentText.ts';
import { MIN_SYMBOL_RADIUS, SYMBOL_REACH, symbolBox, symbolPath } from './kindSymbols.ts';
import type { PlacedLabel } from './labels.ts';
import type { MarkTarget } from './markup.ts';
import type { PeriodLength } from './periods.ts';
import { textBox } from './text.ts';
import { xOfDate, yearScale, yearTicks, type TimeTick } from './timeAxis.ts';
import { layoutValueAxis, type ValueTick } from './valueAxis.ts';
import type { ChartVariant } from './variants.ts';

/** The smallest pointer target, in CSS px (WCAG 2.5.8). */
const MIN_TARGET = 24;

/** How much taller the chart may grow when its labels do not all fit: up to three steps of a fifth of its height. */
const GROWTH = { steps: 3, fractions: 5 } as const;

/** Room right of the plot, for the last year's label. */
const MARGIN_RIGHT = 8;

/** Space between the plot's bottom and the year labels, which take the bottom margin's two lines. */
const TIME_AXIS_GAP = 6;

/** How far a mark's focus ring stands out around its symbol and label. */
const FOCUS_RING_PADDING = 3;

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
  text?: LabelText;
  /** A line from the symbol to its label, where the label had to move away from it: x1, y1, x2, y2. */
  leader?: Leader;
  /** The box around the symbol and its label: the link's focus ring. */
  outline: Box;
  /** The radius the symbol catches the pointer within: at least 12, a 24 px target (WCAG 2.5.8). */
  hitRadius: number;
  /** The accessible name: the label's words first (WCAG 2.5.3, label in name), then the date or kind. */
  name: string;
  /** The whole story in one sentence: the accessible description and the tooltip. */
  description: string;
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

/** What a chart is drawn from, whatever its drawing. */
export interface InvestmentsChartOptions {
  /** The edition the chart is drawn for: its labels and numbers. */
  locale: Locale;
  /** First and last year of the time axis (the timeline's span); widened to any investment outside it. */
  years: [number, number];
}

/** Lays out one chart in a drawing; each drawing of a chart comes from the same layout. */
export type InvestmentsChartLayout = (variant: ChartVariant) => InvestmentsChartGeometry;

/**
 * The layout of the investments that have a US-dollar figure (the dataset gives every one that can
 * be converted), for any drawing. The words of each mark are written once for every drawing. When
 * the labels do not all fit, the plot grows taller, up to 60%; in a chart still too crowded the
 * largest keep their labels and the rest are named by their links and tooltips.
 */
export function investmentsChartLayout(
  records: readonly InvestmentRecord[],
  { locale, years }: InvestmentsChartOptions,
): InvestmentsChartLayout {
  const axis = axisYears(records, years);
  // By bin length: each drawing that bins alike (or not at all) says the same.
  const draftsByLength = new Map<PeriodLength | undefined, MarkDraft[]>();
  const symbolPaths = new Map<string, string>();
  return (variant) => {
    const periodLength = binLength(records, years, variant);
    const drafts = memoized(draftsByLength, periodLength, () =>
      periodLength === undefined
        ? investmentDrafts(records, locale)
        : binDrafts(binInvestments(records, periodLength, locale), locale),
    );
    const drawing: Drawing = {
      variant,
      locale,
      axisYears: axis,
      drafts,
      labelSizes: drafts.map((draft) => labelSizes(draft, variant.fontSize)),
      symbolPath: (kind, radius) => memoized(symbolPaths, `${kind} ${radius}`, () => symbolPath(kind, radius)),
      ...(periodLength === undefined ? {} : { periodLength }),
    };
    const base = variant.investments.height;
    let geometry = layoutAtHeight(drawing, base);
    for (let step = 1; step <= GROWTH.steps && geometry.marks.some((mark) => !mark.label); step += 1) {
      geometry = layoutAtHeight(drawing, round(base * (1 + step / GROWTH.fractions)));
    }
    return geometry;
  };
}

/** What every height a drawing tries shares. */
interface Drawing {
  variant: ChartVariant;
  locale: Locale;
  /** The first and last year of the time axis. */
  axisYears: [number, number];
  periodLength?: PeriodLength;
  drafts: readonly MarkDraft[];
  labelSizes: readonly LabelSizes[];
  /** The symbol paths, memoized by kind and radius: charts of hundreds of marks repeat a few dozen. */
  symbolPath: typeof symbolPath;
}

function layoutAtHeight(drawing: Drawing, height: number): InvestmentsChartGeometry {
  const { variant, drafts } = drawing;
  const { fontSize, width } = variant;
  const { maxRadius } = variant.investments;
  const marginTop = fontSize;
  const marginBottom = round(fontSize * 2 + TIME_AXIS_GAP);
  const plotHeight = height - marginTop - marginBottom;
  // The largest symbol stays inside the plot, a diamond's tips too.
  const inset = round(maxRadius * SYMBOL_REACH);
  const valueAxis = layoutValueAxis({
    values: drafts.map((draft) => draft.usd),
    plotHeight,
    inset,
    fontSize,
    locale: drawing.locale,
  });
  const marginLeft = valueAxis.width;
  const dimensions: Dimensions = { width, height, marginTop, marginRight: MARGIN_RIGHT, marginBottom, marginLeft };
  const plotWidth = innerWidth(dimensions);

  // Clamped: a bin's period may run past the axis's last year.
  const x = yearScale(...drawing.axisYears, [inset, plotWidth - inset]).clamp(true);
  const xOf = (at: MarkDraft['at']) => {
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
    y: round(valueAxis.scale(draft.usd)),
    radius: round(Math.max(MIN_SYMBOL_RADIUS, radius(draft.size))),
  }));

  const labels = placeMarkLabels({
    marks: placed,
    sizes: drawing.labelSizes,
    bounds: { x: -marginLeft, y: -marginTop, width, height: plotHeight + marginTop },
    obstacles: valueAxis.ticks.map((tick) =>
      textBox(tick.label, { x: valueAxis.labelX, baseline: tick.baseline, fontSize, anchor: 'end' }),
    ),
  });
  const drawn = { x: -marginLeft, y: -marginTop, width, height };
  const marks = placed.map((mark, index): InvestmentMark => {
    const label = labels[index];
    const lines = label?.stacked ? mark.stacked : mark.lines;
    const box = label?.box;
    const leader = label?.leader;
    return {
      kind: mark.kind,
      target: mark.target,
      entry: mark.entry,
      x: mark.x,
      y: mark.y,
      radius: mark.radius,
      path: drawing.symbolPath(mark.kind, mark.radius),
      lines,
      ...(box ? { label: box, text: labelText(box, { lineCount: lines.length, fontSize }) } : {}),
      ...(leader ? { leader } : {}),
      outline: roundBox(intersection(pad(union([symbolBox(mark), ...(box ? [box] : [])]), FOCUS_RING_PADDING), drawn)),
      hitRadius: Math.max(mark.radius, MIN_TARGET / 2),
      name: mark.name,
      description: mark.description,
    };
  });
  return {
    dimensions,
    fontSize,
    plot: { width: plotWidth, height: plotHeight },
    ...(drawing.periodLength === undefined ? {} : { periodLength: drawing.periodLength }),
    marks,
    xTicks: yearTicks(x, fontSize, [-marginLeft, plotWidth + MARGIN_RIGHT]),
    xLabelBaseline: round(plotHeight + fontSize + TIME_AXIS_GAP),
    yTicks: valueAxis.ticks,
    yLabelX: valueAxis.labelX,
  };
}

function roundBox(box: Box): Box {
  return { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
}

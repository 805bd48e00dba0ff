/**
 * The investments chart's value axis: US dollars on a log scale from a power of ten to a power of
 * ten, a gridline at powers of ten (as many as have room), each labelled left of the plot.
 */
import { max, min, range } from 'd3-array';
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import type { Locale } from '../i18n/locales.ts';
import { formatMoney } from '../money.ts';
import { round } from './dimensions.ts';
import { CENTRED_BASELINE, estimateTextWidth } from './text.ts';

/**
 * The dollar amounts the value axis spans at most, $1 to $1 quadrillion: wider than any deal, so
 * only a slip of the pen lies outside, and that is drawn at the axis's end, with its amount in full
 * in its label, tooltip and the table.
 */
export const AXIS_LIMITS: readonly [number, number] = [1, 1e15];

/** The axis of a chart with nothing on it: $10 million to $100 million. */
const EMPTY_DOMAIN: readonly [number, number] = [1e7, 1e8];

/** Space between the value axis's labels and the plot. */
const AXIS_GAP = 6;

/** Room left beside the widest label, so that rounding never lets it touch the drawing's edge. */
const LABEL_SLACK = 2;

/** Gridlines stand at least this many ems apart. */
const GRID_SPACING = 2.5;

/** A gridline on the value axis and its label. */
export interface ValueTick {
  y: number;
  label: string;
  /** The label's baseline, right-aligned at x = -AXIS_GAP. */
  baseline: number;
}

/** The value axis laid out for a plot's height. */
export interface ValueAxis {
  /** Dollars to y, clamped to the axis's ends. */
  scale: ScaleLogarithmic<number, number>;
  ticks: ValueTick[];
  /** Where the labels end (right-aligned), left of the plot. */
  labelX: number;
  /** The room the labels take left of the plot: the plot's left margin. */
  width: number;
}

/** What the value axis is laid out from. */
export interface ValueAxisOptions {
  /** The dollar values on the chart. */
  values: readonly number[];
  plotHeight: number;
  /** Space kept free at the plot's top and bottom: the largest symbol's radius. */
  inset: number;
  fontSize: number;
  locale: Locale;
}

/** The axis from the power of ten at or below the smallest value to the one at or above the largest (at least one decade apart). */
export function layoutValueAxis({ values, plotHeight, inset, fontSize, locale }: ValueAxisOptions): ValueAxis {
  const clamp = (value: number) => Math.min(Math.max(value, AXIS_LIMITS[0]), AXIS_LIMITS[1]);
  const scale = scaleLog()
    .domain([clamp(min(values) ?? EMPTY_DOMAIN[0]), clamp(max(values) ?? EMPTY_DOMAIN[1])])
    .nice();
  const [low, high] = scale.domain() as [number, number];
  if (high <= low) scale.domain([low, low * 10]);
  scale.range([plotHeight - inset, inset]).clamp(true);

  const gridValues = powersOfTen(scale, Math.max(2, Math.floor(plotHeight / (GRID_SPACING * fontSize))));
  const labels = gridValues.map((value) => formatMoney(value, 'USD', locale, 'short'));
  const ticks = gridValues.map((value, index) => {
    const y = round(scale(value));
    return { y, label: labels[index] ?? '', baseline: round(y + CENTRED_BASELINE * fontSize) };
  });
  // The axis takes the room its widest label needs, as the labels of the marks do.
  const widest = Math.max(...labels.map((label) => estimateTextWidth(label, fontSize)));
  return { scale, ticks, labelX: -AXIS_GAP, width: Math.ceil(widest + AXIS_GAP + LABEL_SLACK) };
}

/**
 * Every power of ten of the scale's domain, or every n-th (n as small as keeps at most `count`), always
 * with the top one. Not the scale's own `ticks(count)`: with fewer decades than `count` it adds the
 * 2×, 3×… between the powers, and with more it keeps every 1st, 2nd, 5th… power counted from 10⁰, so
 * the top of the axis could go without its gridline.
 */
function powersOfTen(scale: ScaleLogarithmic<number, number>, count: number): number[] {
  const [from, to] = scale.domain().map((value) => Math.round(Math.log10(value))) as [number, number];
  const stride = Math.ceil((to - from) / Math.max(count - 1, 1)) || 1;
  return range(to, from - 1, -stride)
    .reverse()
    .map((power) => 10 ** power);
}

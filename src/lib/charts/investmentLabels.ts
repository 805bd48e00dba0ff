/**
 * The investments chart's labels: each mark's label placed beside it in two lines, or in three where
 * two do not fit, the largest marks served first; then written out, with a leader line to a label
 * that had to move away from its symbol.
 */
import type { InvestmentRecord } from '../chartRecords.ts';
import type { Box, Segment } from './boxes.ts';
import { round } from './dimensions.ts';
import { symbolBox } from './kindSymbols.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { estimateTextWidth } from './text.ts';

/** The distance between the lines of a label, in ems. */
const LINE_HEIGHT = 1.25;

/** Where a line's baseline sits within its line height, from the top. */
const BASELINE_IN_LINE = 0.75;

/** The clearance between a label and any other label, symbol or axis label. */
const LABEL_GAP = 2;

/** How far a label may sit from its symbol's edge without a leader line to it. */
const LEADER_FROM = 12;

/** The distance between the lines of a label, at a font size. */
function lineHeightOf(fontSize: number): number {
  return round(fontSize * LINE_HEIGHT);
}

/** A label's sizes: in its two lines and in three. */
export interface LabelSizes {
  lines: { width: number; height: number };
  stacked: { width: number; height: number };
}

/** The sizes of a mark's label, in two lines and in three, at a font size. */
export function labelSizes(
  words: { lines: readonly string[]; stacked: readonly string[] },
  fontSize: number,
): LabelSizes {
  const lineHeight = lineHeightOf(fontSize);
  const sized = (lines: readonly string[]) => ({
    width: round(Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)))),
    height: round(lineHeight * lines.length),
  });
  return { lines: sized(words.lines), stacked: sized(words.stacked) };
}

/** A placed symbol to label. */
export interface LabelledMark {
  kind: InvestmentRecord['kind'];
  x: number;
  y: number;
  radius: number;
  usd: number;
}

/** What labels are placed from. */
export interface MarkLabelOptions {
  marks: readonly LabelledMark[];
  /** Each mark's label size, in the marks' order. */
  sizes: readonly LabelSizes[];
  /** Where labels may go: the drawing above the time axis. */
  bounds: Box;
  /** What no label may cover besides the marks, such as the value axis's labels. */
  obstacles: readonly Box[];
}

/** A mark's label: where it went, whether in three lines, and its leader line; undefined when the chart is too crowded for it. */
export type MarkLabel = { box: PlacedLabel; stacked: boolean; leader?: Leader } | undefined;

/**
 * The labels, largest marks first (ties in the order given), each in two lines where they fit; those
 * that do not then try three lines, around the labels already placed. A leader line joins a label
 * that had to move away to its symbol, and crosses no other symbol or label.
 */
export function placeMarkLabels({ marks, sizes, bounds, obstacles }: MarkLabelOptions): MarkLabel[] {
  const bySize = marks.map((_, index) => index).sort((a, b) => marks[b]!.usd - marks[a]!.usd || a - b);
  return placeLabels(
    marks.map((mark, index) => ({
      ...mark,
      box: symbolBox(mark),
      sizes: [sizes[index]!.lines, sizes[index]!.stacked],
    })),
    { bounds, priority: bySize, gap: LABEL_GAP, obstacles, leaderFrom: LEADER_FROM },
  ).map((label) => label && { ...label, stacked: label.size === 1 });
}

/** How a label's lines are written: their anchor point and `text-anchor`. */
export interface LabelText {
  x: number;
  baselines: number[];
  anchor: 'start' | 'middle' | 'end';
}

/** A line from a symbol to its label, where the label had to move away from it: x1, y1, x2, y2. */
export type Leader = Segment;

/** A label's text, anchored on the side of the label facing its symbol. */
export function labelText(label: PlacedLabel, options: { lineCount: number; fontSize: number }): LabelText {
  const lineHeight = lineHeightOf(options.fontSize);
  const anchor = label.side === 'right' ? 'start' : label.side === 'left' ? 'end' : 'middle';
  const x = anchor === 'start' ? label.x : anchor === 'end' ? label.x + label.width : label.x + label.width / 2;
  const baselines = Array.from({ length: options.lineCount }, (_, line) =>
    round(label.y + lineHeight * (line + BASELINE_IN_LINE)),
  );
  return { x: round(x), baselines, anchor };
}

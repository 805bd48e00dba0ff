/**
 * What each chart's geometry puts on the page, as boxes in the SVG's own coordinates: every mark
 * and every line of text, the way the components in src/charts draw them. Tests check these stay
 * inside the drawing and apart.
 */
import { segmentCrosses, type Box } from '../../../src/lib/charts/boxes.ts';
import type { Dimensions } from '../../../src/lib/charts/dimensions.ts';
import type { InvestmentMark, InvestmentsChartGeometry } from '../../../src/lib/charts/investmentsChart.ts';
import type { InvolvementChartGeometry } from '../../../src/lib/charts/involvementChart.ts';
import type { OwnershipChartGeometry } from '../../../src/lib/charts/ownershipChart.ts';
import { symbolBox } from '../../../src/lib/charts/kindSymbols.ts';
import { textBox } from '../../../src/lib/charts/text.ts';

/** One drawn thing: a mark (symbol, dot, segment) or a line of text. */
export interface Drawn {
  kind: 'mark' | 'text';
  box: Box;
  /** The text, or what the mark is, for messages. */
  what: string;
}

/** The drawing's whole area, in the plot coordinates the geometry uses. */
export function drawingBox(d: Dimensions): Box {
  return { x: -d.marginLeft, y: -d.marginTop, width: d.width, height: d.height };
}

/** Everything the investments chart draws. */
export function drawnInvestments(g: InvestmentsChartGeometry): Drawn[] {
  const text = (what: string, x: number, y: number, anchor: 'start' | 'middle' | 'end'): Drawn => ({
    kind: 'text',
    box: textBox(what, { x, baseline: y, fontSize: g.fontSize, anchor }),
    what,
  });
  return [
    ...g.yTicks.map((tick) => text(tick.label, g.yLabelX, tick.baseline, 'end')),
    ...g.xTicks.map((tick) => text(tick.label, tick.labelX, g.xLabelBaseline, 'middle')),
    ...g.marks.flatMap((mark) => [
      { kind: 'mark' as const, box: symbolBox(mark), what: mark.name },
      ...(mark.text
        ? mark.lines.map((line, index) => text(line, mark.text!.x, mark.text!.baselines[index]!, mark.text!.anchor))
        : []),
    ]),
  ];
}

/** Everything the involvement chart draws. */
export function drawnInvolvement(g: InvolvementChartGeometry): Drawn[] {
  const d = g.dimensions;
  const text = (what: string, x: number, y: number, anchor: 'start' | 'middle' | 'end', bold = false): Drawn => ({
    kind: 'text',
    box: textBox(what, { x, baseline: y, fontSize: g.fontSize, anchor, weight: bold ? 'bold' : 'regular' }),
    what,
  });
  return [
    ...g.columns.flatMap((column) =>
      column.header.filter(Boolean).map((line, index) => text(line, column.x, g.headerBaselines[index]!, 'middle')),
    ),
    ...g.groups.flatMap((group) => [
      ...(group.heading ? [text(group.heading.label, -d.marginLeft, group.heading.baseline, 'start', true)] : []),
      ...group.rows.flatMap((row) => [
        ...row.lines.map((line, index) => text(line, g.labelX, row.baselines[index]!, 'end')),
        ...row.dots.map((dot) => ({
          kind: 'mark' as const,
          box: { x: dot.x - dot.radius, y: row.y - dot.radius, width: 2 * dot.radius, height: 2 * dot.radius },
          what: dot.name,
        })),
      ]),
    ]),
  ];
}

/** Everything an ownership chart draws. */
export function drawnOwnership(g: OwnershipChartGeometry): Drawn[] {
  return g.bars.flatMap((bar) => [
    {
      kind: 'text' as const,
      box: textBox(bar.caption, { x: 0, baseline: bar.captionBaseline, fontSize: g.fontSize }),
      what: bar.caption,
    },
    ...bar.segments.flatMap((segment) => [
      {
        kind: 'mark' as const,
        box: { x: segment.x, y: bar.y, width: segment.width, height: g.barHeight },
        what: `slot ${segment.slot}`,
      },
      ...(segment.label
        ? [
            {
              kind: 'text' as const,
              box: textBox(segment.label, {
                x: segment.x + g.labelInset,
                baseline: bar.labelBaseline,
                fontSize: g.fontSize,
                weight: 'bold',
              }),
              what: segment.label,
            },
          ]
        : []),
    ]),
  ]);
}

/** Every leader line that crosses another mark's symbol or a line of another mark's label, as messages. */
export function leaderCrossings(g: InvestmentsChartGeometry): string[] {
  const texts = (mark: InvestmentMark) =>
    mark.text
      ? mark.lines.map((line, index) =>
          textBox(line, {
            x: mark.text!.x,
            baseline: mark.text!.baselines[index]!,
            fontSize: g.fontSize,
            anchor: mark.text!.anchor,
          }),
        )
      : [];
  return g.marks.flatMap((mark, index) =>
    mark.leader
      ? g.marks.flatMap((other, otherIndex) =>
          otherIndex !== index && [symbolBox(other), ...texts(other)].some((box) => segmentCrosses(mark.leader!, box))
            ? [`the leader of "${mark.name}" crosses "${other.name}"`]
            : [],
        )
      : [],
  );
}

/** What sticks out of `bounds` (by more than rounding), as messages. */
export function outside(drawn: readonly Drawn[], bounds: Box): string[] {
  const slack = 0.01;
  return drawn
    .filter(
      ({ box }) =>
        box.x < bounds.x - slack ||
        box.y < bounds.y - slack ||
        box.x + box.width > bounds.x + bounds.width + slack ||
        box.y + box.height > bounds.y + bounds.height + slack,
    )
    .map(({ kind, what, box }) => `${kind} "${what}" at ${JSON.stringify(box)} outside ${JSON.stringify(bounds)}`);
}

/** Pairs of drawn things of the given kinds that overlap, as messages. */
export function overlapping(a: readonly Drawn[], b: readonly Drawn[] = a): string[] {
  const found: string[] = [];
  for (const [i, first] of a.entries()) {
    for (const [j, second] of b.entries()) {
      if (a === b && j <= i) continue;
      const { box: p } = first;
      const { box: q } = second;
      if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height)
        found.push(`"${first.what}" overlaps "${second.what}"`);
    }
  }
  return found;
}

/** Every number anywhere in a value that is not finite, by its path. */
export function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, index) => nonFinite(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  return [];
}

/** Every size (width, height, radius) anywhere in a value that is negative, by its path. */
export function negativeSizes(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => negativeSizes(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'number'
        ? ['width', 'height', 'radius', 'barHeight', 'rowHeight', 'fontSize'].includes(key) && item < 0
          ? [`${path}.${key} = ${item}`]
          : []
        : negativeSizes(item, `${path}.${key}`),
    );
  return [];
}

/**
 * Places labels beside marks so that no two labels, and no label and mark, overlap and every label
 * stays inside the chart: candidates right, left, above and below, then shifted up and down; the
 * first that fits wins. Marks are served in priority order; a mark with no room left gets no label.
 * Greedy and deterministic: same input, same layout.
 */
import { contains, overlaps, type Box } from './boxes.ts';
import { round } from './dimensions.ts';

/** A mark to label: its centre, its radius and the label's size. */
export interface LabelRequest {
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
}

/** Where a label went: its box and the side of the mark it is on. */
export interface PlacedLabel extends Box {
  side: 'right' | 'left' | 'above' | 'below';
}

/** Space between a mark and its label. */
const OFFSET = 6;

/**
 * The label of each mark, in the order given, or undefined where none fits. `priority` lists mark
 * indexes in the order they are served (default: as given); `obstacles` are other things no label
 * may cover, such as axis labels.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  priority: readonly number[] = requests.map((_, index) => index),
  gap = 2,
  obstacles: readonly Box[] = [],
): (PlacedLabel | undefined)[] {
  const markBoxes: Box[] = requests.map((r) => ({
    x: r.x - r.radius,
    y: r.y - r.radius,
    width: 2 * r.radius,
    height: 2 * r.radius,
  }));
  const placed: PlacedLabel[] = [];
  const labels: (PlacedLabel | undefined)[] = requests.map(() => undefined);
  for (const index of priority) {
    const request = requests[index];
    if (!request) continue;
    const fit = candidates(request).find(
      (box) =>
        contains(bounds, box) &&
        placed.every((other) => !overlaps(box, other, gap)) &&
        obstacles.every((other) => !overlaps(box, other, gap)) &&
        markBoxes.every((mark, markIndex) => markIndex === index || !overlaps(box, mark, gap)),
    );
    if (fit) placed.push(fit);
    labels[index] = fit;
  }
  return labels;
}

function candidates(r: LabelRequest): PlacedLabel[] {
  const right = r.x + r.radius + OFFSET;
  const left = r.x - r.radius - OFFSET - r.width;
  const middle = r.y - r.height / 2;
  const shifts = [0, -0.6, 0.6, -1.2, 1.2, -1.8, 1.8, -2.4, 2.4, -3, 3].map((factor) => factor * r.height);
  const sideways = shifts.flatMap((shift) => [
    { side: 'right' as const, x: right, y: middle + shift },
    { side: 'left' as const, x: left, y: middle + shift },
  ]);
  const vertical = [
    { side: 'above' as const, x: r.x - r.width / 2, y: r.y - r.radius - OFFSET - r.height },
    { side: 'below' as const, x: r.x - r.width / 2, y: r.y + r.radius + OFFSET },
  ];
  return [...sideways.slice(0, 2), ...vertical, ...sideways.slice(2)].map((c) => ({
    ...c,
    x: round(c.x),
    y: round(c.y),
    width: r.width,
    height: r.height,
  }));
}

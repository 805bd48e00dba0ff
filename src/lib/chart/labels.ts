/**
 * Places one label beside each mark so that no two labels, and no label and mark, overlap and every
 * label stays inside the chart: candidates right, left, above and below, then shifted up and down;
 * the first that fits wins. Greedy and deterministic: same input, same layout.
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

/** Thrown when a label finds no free place, so a caller can make more room and try again. */
export class NoRoomForLabel extends Error {
  override name = 'NoRoomForLabel';
}

/** Space between a mark and its label. */
const OFFSET = 6;

/** Places every label; throws when one cannot fit, so a crowded chart fails its build instead of overlapping. */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, gap = 2): PlacedLabel[] {
  const markBoxes: Box[] = requests.map((r) => ({ x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius }));
  const placed: PlacedLabel[] = [];
  requests.forEach((request, index) => {
    const fit = candidates(request).find(
      (box) =>
        contains(bounds, box) &&
        placed.every((other) => !overlaps(box, other, gap)) &&
        markBoxes.every((mark, markIndex) => markIndex === index || !overlaps(box, mark, gap)),
    );
    if (!fit) throw new NoRoomForLabel(`No room for the label of mark ${index + 1} at (${request.x}, ${request.y}).`);
    placed.push(fit);
  });
  return placed;
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

/**
 * Places labels beside marks so that no two labels, and no label and mark, overlap and every label
 * stays inside the chart: candidates right, left, above and below, then shifted up and down; the
 * first that fits wins. Marks are served in priority order; a mark whose label has other sizes to try
 * (three lines instead of two) tries them in later rounds, around the labels already placed; a mark
 * with no room left gets no label. Greedy and deterministic: same input, same layout.
 */
import { contains, overlaps, type Box } from './boxes.ts';
import { round } from './dimensions.ts';

/** A label's size. */
export interface LabelSize {
  width: number;
  height: number;
}

/** A mark to label: its centre, its radius and the sizes its label can take, in the order to try them. */
export interface LabelRequest {
  x: number;
  y: number;
  radius: number;
  sizes: readonly LabelSize[];
}

/** Where a label went: its box and the side of the mark it is on. */
export interface PlacedLabel extends Box {
  side: 'right' | 'left' | 'above' | 'below';
}

/** A placed label and which of its sizes it took. */
export interface LabelPlacement {
  box: PlacedLabel;
  size: number;
}

/** Space between a mark and its label. */
const OFFSET = 6;

/** How far a label beside its mark may move up and down, in label heights, after it is tried level with it. */
const SHIFTS = [-0.6, 0.6, -1.2, 1.2, -1.8, 1.8, -2.4, 2.4, -3, 3];

/** Where labels may go and what they keep clear of. */
export interface PlaceLabelsOptions {
  /** Every label stays inside. */
  bounds: Box;
  /** Mark indexes in the order they are served; default: as given. */
  priority?: readonly number[];
  /** The clearance required between a label and anything else; default 2. */
  gap?: number;
  /** Other things no label may cover, such as axis labels. */
  obstacles?: readonly Box[];
}

/** The label of each mark, in the order given, or undefined where none fits. */
export function placeLabels(
  requests: readonly LabelRequest[],
  { bounds, priority = requests.map((_, index) => index), gap = 2, obstacles = [] }: PlaceLabelsOptions,
): (LabelPlacement | undefined)[] {
  const markBoxes: Box[] = requests.map((r) => ({
    x: r.x - r.radius,
    y: r.y - r.radius,
    width: 2 * r.radius,
    height: 2 * r.radius,
  }));
  const placed: PlacedLabel[] = [];
  const labels: (LabelPlacement | undefined)[] = requests.map(() => undefined);
  const rounds = Math.max(0, ...requests.map((request) => request.sizes.length));
  for (let size = 0; size < rounds; size += 1) {
    for (const index of priority) {
      const request = requests[index];
      const labelSize = request?.sizes[size];
      if (!request || !labelSize || labels[index]) continue;
      const fits = (box: Box) =>
        contains(bounds, box) &&
        placed.every((other) => !overlaps(box, other, gap)) &&
        obstacles.every((other) => !overlaps(box, other, gap)) &&
        markBoxes.every((mark, markIndex) => markIndex === index || !overlaps(box, mark, gap));
      for (const box of candidates(request, labelSize)) {
        if (!fits(box)) continue;
        placed.push(box);
        labels[index] = { box, size };
        break;
      }
    }
  }
  return labels;
}

/** The places to try, in order; made one at a time, as most labels fit in the first few. */
function* candidates(r: LabelRequest, { width, height }: LabelSize): Generator<PlacedLabel> {
  const right = r.x + r.radius + OFFSET;
  const left = r.x - r.radius - OFFSET - width;
  const middle = r.y - height / 2;
  const at = (side: PlacedLabel['side'], x: number, y: number): PlacedLabel => ({
    side,
    x: round(x),
    y: round(y),
    width,
    height,
  });
  yield at('right', right, middle);
  yield at('left', left, middle);
  yield at('above', r.x - width / 2, r.y - r.radius - OFFSET - height);
  yield at('below', r.x - width / 2, r.y + r.radius + OFFSET);
  for (const factor of SHIFTS) {
    yield at('right', right, middle + factor * height);
    yield at('left', left, middle + factor * height);
  }
}

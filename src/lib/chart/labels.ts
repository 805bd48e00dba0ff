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
    let fit: PlacedLabel | undefined;
    for (const box of candidates(request)) {
      if (
        contains(bounds, box) &&
        placed.every((other) => !overlaps(box, other, gap)) &&
        obstacles.every((other) => !overlaps(box, other, gap)) &&
        markBoxes.every((mark, markIndex) => markIndex === index || !overlaps(box, mark, gap))
      ) {
        fit = box;
        break;
      }
    }
    if (fit) placed.push(fit);
    labels[index] = fit;
  }
  return labels;
}

/** The places to try, in order; made one at a time, as most labels fit in the first few. */
function* candidates(r: LabelRequest): Generator<PlacedLabel> {
  const right = r.x + r.radius + OFFSET;
  const left = r.x - r.radius - OFFSET - r.width;
  const middle = r.y - r.height / 2;
  const at = (side: PlacedLabel['side'], x: number, y: number): PlacedLabel => ({
    side,
    x: round(x),
    y: round(y),
    width: r.width,
    height: r.height,
  });
  yield at('right', right, middle);
  yield at('left', left, middle);
  yield at('above', r.x - r.width / 2, r.y - r.radius - OFFSET - r.height);
  yield at('below', r.x - r.width / 2, r.y + r.radius + OFFSET);
  for (const factor of SHIFTS) {
    yield at('right', right, middle + factor * r.height);
    yield at('left', left, middle + factor * r.height);
  }
}

/**
 * Places labels beside marks so that no two labels, and no label and mark, overlap and every label
 * stays inside the chart: candidates right, left, above and below, then shifted up and down; the
 * first that fits wins. A label that ends up away from its mark is joined to it by a leader line,
 * and no leader line crosses another mark, another label or an obstacle: a candidate whose line
 * would, or which would cover a line already drawn, does not fit. Marks are served in priority
 * order; a mark whose label has other sizes to try (three lines instead of two) tries them in later
 * rounds, around the labels already placed; a mark with no room left gets no label. Greedy and
 * deterministic: same input, same layout.
 */
import { contains, overlaps, pad, segmentCrosses, type Box, type Segment } from './boxes.ts';
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
  /** What the mark covers, which no other label or leader line may; default the square around its radius. */
  box?: Box;
}

/** Where a label went: its box and the side of the mark it is on. */
export interface PlacedLabel extends Box {
  side: 'right' | 'left' | 'above' | 'below';
}

/** A placed label, which of its sizes it took, and the line to it from its mark where it is away from it. */
export interface LabelPlacement {
  box: PlacedLabel;
  size: number;
  leader?: Segment;
}

/** Space between what a mark covers and its label. */
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
  /** Other things no label or leader line may cover, such as axis labels. */
  obstacles?: readonly Box[];
  /** How far from its mark's edge a label may be without a leader line to it; default: labels get none. */
  leaderFrom?: number;
}

/** The label of each mark, in the order given, or undefined where none fits. */
export function placeLabels(
  requests: readonly LabelRequest[],
  { bounds, priority = requests.map((_, index) => index), gap = 2, obstacles = [], leaderFrom }: PlaceLabelsOptions,
): (LabelPlacement | undefined)[] {
  const markBoxes: Box[] = requests.map(markBox);
  const placed: PlacedLabel[] = [];
  const leaders: Segment[] = [];
  const labels: (LabelPlacement | undefined)[] = requests.map(() => undefined);
  const rounds = Math.max(0, ...requests.map((request) => request.sizes.length));
  for (let size = 0; size < rounds; size += 1) {
    for (const index of priority) {
      const request = requests[index];
      const labelSize = request?.sizes[size];
      if (!request || !labelSize || labels[index]) continue;
      const othersClear = (box: Box) =>
        placed.every((other) => !overlaps(box, other, gap)) &&
        obstacles.every((other) => !overlaps(box, other, gap)) &&
        markBoxes.every((mark) => !overlaps(box, mark, gap));
      // A leader line keeps the same clearance from what it passes as a label does.
      const lineClear = (line: Segment) =>
        [...placed, ...obstacles].every((other) => !segmentCrosses(line, pad(other, gap))) &&
        markBoxes.every((mark, markIndex) => markIndex === index || !segmentCrosses(line, pad(mark, gap)));
      for (const box of candidates(request, labelSize)) {
        if (!contains(bounds, box) || !othersClear(box)) continue;
        if (leaders.some((line) => segmentCrosses(line, pad(box, gap)))) continue;
        const leader = leaderFrom === undefined ? undefined : leaderLine(request, markBoxes[index]!, box, leaderFrom);
        if (leader && !lineClear(leader)) continue;
        placed.push(box);
        if (leader) leaders.push(leader);
        labels[index] = { box, size, ...(leader ? { leader } : {}) };
        break;
      }
    }
  }
  return labels;
}

/** What a mark covers: its box, or the square around its radius. */
function markBox(r: LabelRequest): Box {
  return r.box ?? { x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius };
}

/**
 * A line from the mark's edge towards the label's nearest point, when the label is further than
 * `leaderFrom` from what the mark covers.
 */
function leaderLine(
  mark: { x: number; y: number; radius: number },
  covered: Box,
  label: Box,
  leaderFrom: number,
): Segment | undefined {
  if (distance(covered, label) <= leaderFrom) return undefined;
  const nearX = Math.min(Math.max(mark.x, label.x), label.x + label.width);
  const nearY = Math.min(Math.max(mark.y, label.y), label.y + label.height);
  const length = Math.hypot(nearX - mark.x, nearY - mark.y);
  return [
    round(mark.x + ((nearX - mark.x) / length) * mark.radius),
    round(mark.y + ((nearY - mark.y) / length) * mark.radius),
    round(nearX),
    round(nearY),
  ];
}

/** The shortest distance between two boxes (0 where they touch or overlap). */
function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/** The places to try, in order; made one at a time, as most labels fit in the first few. */
function* candidates(r: LabelRequest, { width, height }: LabelSize): Generator<PlacedLabel> {
  const covered = markBox(r);
  const right = covered.x + covered.width + OFFSET;
  const left = covered.x - OFFSET - width;
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
  yield at('above', r.x - width / 2, covered.y - OFFSET - height);
  yield at('below', r.x - width / 2, covered.y + covered.height + OFFSET);
  for (const factor of SHIFTS) {
    yield at('right', right, middle + factor * height);
    yield at('left', left, middle + factor * height);
  }
}

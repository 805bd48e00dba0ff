import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/charts/boxes.ts';
import { placeLabels } from '../../../src/lib/charts/labels.ts';

const bounds = { x: 0, y: 0, width: 300, height: 200 };

/** A mark at (x, y) whose label takes one size. */
const mark = (x: number, y: number, radius: number, width: number, height: number) => ({
  x,
  y,
  radius,
  sizes: [{ width, height }],
});

describe('placeLabels', () => {
  it('puts a label to the right of its mark when there is room', () => {
    const [label] = placeLabels([mark(50, 100, 5, 60, 20)], { bounds });
    expect(label).toEqual({ box: { side: 'right', x: 61, y: 90, width: 60, height: 20 }, size: 0 });
  });

  it('goes left near the right edge', () => {
    const [label] = placeLabels([mark(280, 100, 5, 60, 20)], { bounds });
    expect(label?.box.side).toBe('left');
  });

  it('keeps labels of marks at the same spot apart and off every mark', () => {
    const requests = [mark(150, 100, 6, 80, 24), mark(150, 104, 6, 80, 24), mark(152, 98, 6, 80, 24)];
    const labels = placeLabels(requests, { bounds }).flatMap((label) => (label ? [label.box] : []));
    expect(labels).toHaveLength(3);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const r of requests)
        expect(overlaps(a, { x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius })).toBe(
          false,
        );
    }
  });

  it('leaves a mark unlabelled, rather than overlapping, when its label cannot fit', () => {
    expect(placeLabels([mark(10, 10, 5, 400, 20)], { bounds })).toEqual([undefined]);
  });

  it('tries a label’s other sizes in a later round, after every mark has tried its first', () => {
    const narrow = {
      ...mark(150, 100, 5, 400, 20),
      sizes: [
        { width: 400, height: 20 },
        { width: 100, height: 40 },
      ],
    };
    const [label] = placeLabels([narrow], { bounds });
    expect(label).toMatchObject({ size: 1, box: { width: 100, height: 40 } });
    // The second mark's first size is served before the first mark's second: it keeps the place beside both.
    const [first, second] = placeLabels([{ ...narrow, sizes: [...narrow.sizes] }, mark(150, 100, 5, 100, 40)], {
      bounds,
    });
    expect(second).toMatchObject({ size: 0, box: { side: 'right' } });
    expect(first?.box.side).not.toBe('right');
  });

  it('serves marks in priority order, so the first served keeps a contested place', () => {
    const twins = [mark(100, 100, 5, 150, 150), mark(100, 100, 5, 150, 150)];
    expect(placeLabels(twins, { bounds, priority: [1, 0] }).map((label) => label !== undefined)).toEqual([false, true]);
    expect(placeLabels(twins, { bounds }).map((label) => label !== undefined)).toEqual([true, false]);
  });

  it('is deterministic: the same marks get the same places, whatever was placed before', () => {
    const requests = [mark(40, 40, 5, 70, 20), mark(60, 45, 5, 70, 20)];
    const first = placeLabels(requests, { bounds });
    placeLabels([mark(50, 42, 5, 70, 20), ...requests], { bounds, priority: [2, 1, 0] });
    expect(placeLabels(requests, { bounds })).toEqual(first);
    expect(first.every((label) => label !== undefined)).toBe(true);
  });
});

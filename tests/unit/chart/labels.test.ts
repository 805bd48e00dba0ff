import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/chart/boxes.ts';
import { placeLabels } from '../../../src/lib/chart/labels.ts';

const bounds = { x: 0, y: 0, width: 300, height: 200 };

describe('placeLabels', () => {
  it('puts a label to the right of its mark when there is room', () => {
    const [label] = placeLabels([{ x: 50, y: 100, radius: 5, width: 60, height: 20 }], { bounds });
    expect(label).toEqual({ side: 'right', x: 61, y: 90, width: 60, height: 20 });
  });

  it('goes left near the right edge', () => {
    const [label] = placeLabels([{ x: 280, y: 100, radius: 5, width: 60, height: 20 }], { bounds });
    expect(label?.side).toBe('left');
  });

  it('keeps labels of marks at the same spot apart and off every mark', () => {
    const requests = [
      { x: 150, y: 100, radius: 6, width: 80, height: 24 },
      { x: 150, y: 104, radius: 6, width: 80, height: 24 },
      { x: 152, y: 98, radius: 6, width: 80, height: 24 },
    ];
    const labels = placeLabels(requests, { bounds }).filter((label) => label !== undefined);
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
    expect(placeLabels([{ x: 10, y: 10, radius: 5, width: 400, height: 20 }], { bounds })).toEqual([undefined]);
  });

  it('serves marks in priority order, so the first served keeps a contested place', () => {
    const twins = [
      { x: 100, y: 100, radius: 5, width: 150, height: 150 },
      { x: 100, y: 100, radius: 5, width: 150, height: 150 },
    ];
    expect(placeLabels(twins, { bounds, priority: [1, 0] }).map((label) => label !== undefined)).toEqual([false, true]);
    expect(placeLabels(twins, { bounds }).map((label) => label !== undefined)).toEqual([true, false]);
  });

  it('is deterministic', () => {
    const requests = [
      { x: 40, y: 40, radius: 5, width: 70, height: 20 },
      { x: 60, y: 45, radius: 5, width: 70, height: 20 },
    ];
    expect(placeLabels(requests, { bounds })).toEqual(placeLabels(requests, { bounds }));
  });
});

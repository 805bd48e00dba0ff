import { describe, expect, it } from 'vitest';
import { contains, intersection, overlaps, pad, segmentCrosses, union } from '../../../src/lib/charts/boxes.ts';

const box = { x: 0, y: 0, width: 10, height: 10 };

describe('boxes', () => {
  it('overlap, with clearance, and hold each other', () => {
    expect(overlaps(box, { x: 11, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps(box, { x: 11, y: 0, width: 5, height: 5 }, 2)).toBe(true);
    expect(contains(box, { x: 1, y: 1, width: 9, height: 9 })).toBe(true);
    expect(contains(box, { x: 1, y: 1, width: 10, height: 9 })).toBe(false);
  });

  it('join, cut and grow', () => {
    expect(union([box, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    expect(intersection(box, { x: 5, y: 5, width: 10, height: 10 })).toEqual({ x: 5, y: 5, width: 5, height: 5 });
    expect(pad(box, 3)).toEqual({ x: -3, y: -3, width: 16, height: 16 });
  });
});

describe('segmentCrosses', () => {
  it('finds a segment through a box, into it, inside it or along its edge', () => {
    expect(segmentCrosses([-5, 5, 15, 5], box)).toBe(true);
    expect(segmentCrosses([-5, 5, 3, 5], box)).toBe(true);
    expect(segmentCrosses([2, 2, 3, 3], box)).toBe(true);
    expect(segmentCrosses([-5, 0, 15, 0], box)).toBe(true);
    // Across a corner.
    expect(segmentCrosses([-1, 8, 3, 12], box)).toBe(true);
  });

  it('passes a segment beside a box, short of it, or past its corner', () => {
    expect(segmentCrosses([-5, -5, -1, 20], box)).toBe(false);
    expect(segmentCrosses([5, -5, 5, -1], box)).toBe(false);
    expect(segmentCrosses([-5, 0, 0, -5], box)).toBe(false);
    expect(segmentCrosses([-2, 9, 1, 12], box)).toBe(false);
  });
});

import { symbol } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { INVESTMENT_KINDS } from '../../../src/lib/content/schema.ts';
import { KIND_SYMBOLS, SYMBOL_REACH, symbolBox, symbolPath } from '../../../src/lib/charts/kindSymbols.ts';

/** The points a path's commands name (the symbols draw straight lines, rectangles and a circle's arcs). */
const pathPoints = (path: string) =>
  [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])] as const);

describe('kind symbols', () => {
  it('are d3’s shapes, each with the area of a circle of its radius', () => {
    for (const kind of INVESTMENT_KINDS)
      expect(symbolPath(kind, 7)).toBe(symbol(KIND_SYMBOLS[kind], Math.PI * 49).digits(3)());
  });

  it('cover the box symbolBox gives, which holds every point of the path', () => {
    for (const kind of INVESTMENT_KINDS) {
      const box = symbolBox({ kind, x: 100, y: 50, radius: 10 });
      for (const [x, y] of pathPoints(symbolPath(kind, 10))) {
        expect(x + 100).toBeGreaterThanOrEqual(box.x - 0.001);
        expect(x + 100).toBeLessThanOrEqual(box.x + box.width + 0.001);
        expect(y + 50).toBeGreaterThanOrEqual(box.y - 0.001);
        expect(y + 50).toBeLessThanOrEqual(box.y + box.height + 0.001);
      }
    }
    expect(symbolBox({ kind: 'equity', x: 0, y: 0, radius: 10 })).toEqual({ x: -10, y: -10, width: 20, height: 20 });
  });

  it('reach up to a diamond’s tips from their centre, further than their radius', () => {
    const diamond = symbolBox({ kind: 'commitment', x: 0, y: 0, radius: 1 });
    expect(SYMBOL_REACH).toBeCloseTo(-diamond.y, 6);
    expect(SYMBOL_REACH).toBeGreaterThan(1.6);
  });
});

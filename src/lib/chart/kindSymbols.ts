/** The symbols of the investments chart: one shape per kind of investment, so that colour is never the only cue. */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { InvestmentRecord } from '../dataset.ts';
import type { Box } from './boxes.ts';

/** The symbol of each kind of investment. */
export const KIND_SYMBOLS: Readonly<Record<InvestmentRecord['kind'], SymbolType>> = {
  equity: symbolCircle,
  acquisition: symbolSquare,
  commitment: symbolDiamond,
  fund: symbolTriangle,
};

/** The smallest symbol radius, so the smallest investment stays easy to see and to point at (and the legend's). */
export const MIN_SYMBOL_RADIUS = 5;

/** The path of a kind's symbol with the area of a circle of `radius`, centred on (0, 0). */
export function symbolPath(kind: InvestmentRecord['kind'], radius: number): string {
  return symbol(KIND_SYMBOLS[kind], Math.PI * radius ** 2).digits(3)() ?? '';
}

/** The square a symbol of `radius` is placed in, centred on its point. */
export function symbolBox(mark: { x: number; y: number; radius: number }): Box {
  return { x: mark.x - mark.radius, y: mark.y - mark.radius, width: 2 * mark.radius, height: 2 * mark.radius };
}

/** The symbols of the investments chart: one shape per kind of investment, so that colour is never the only cue. */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { InvestmentRecord } from '../chartRecords.ts';
import type { Box } from './boxes.ts';

type Kind = InvestmentRecord['kind'];

/** The symbol of each kind of investment. */
export const KIND_SYMBOLS: Readonly<Record<Kind, SymbolType>> = {
  equity: symbolCircle,
  acquisition: symbolSquare,
  commitment: symbolDiamond,
  fund: symbolTriangle,
};

/** The smallest symbol radius, so the smallest investment stays easy to see and to point at (and the legend's). */
export const MIN_SYMBOL_RADIUS = 5;

/** The path of a kind's symbol with the area of a circle of `radius`, centred on (0, 0). */
export function symbolPath(kind: Kind, radius: number): string {
  return symbol(KIND_SYMBOLS[kind], Math.PI * radius ** 2).digits(3)() ?? '';
}

/**
 * The box each kind's symbol of radius 1 covers around its centre, read from d3's own drawing: a
 * diamond and a triangle of a circle's area reach further than its radius (up to 1.65 times).
 */
const UNIT_EXTENTS: Readonly<Record<Kind, Box>> = Object.fromEntries(
  Object.entries(KIND_SYMBOLS).map(([kind, type]) => [kind, extentOf(type)]),
) as Record<Kind, Box>;

/** How far a symbol reaches from its centre at most, in radii: a diamond's tips. */
export const SYMBOL_REACH = Math.max(
  ...Object.values(UNIT_EXTENTS).flatMap((box) => [-box.x, -box.y, box.x + box.width, box.y + box.height]),
);

/** The box a symbol covers, placed at its centre. */
export function symbolBox(mark: { kind: Kind; x: number; y: number; radius: number }): Box {
  const unit = UNIT_EXTENTS[mark.kind];
  return {
    x: mark.x + unit.x * mark.radius,
    y: mark.y + unit.y * mark.radius,
    width: unit.width * mark.radius,
    height: unit.height * mark.radius,
  };
}

/**
 * The box a symbol type of radius 1 covers: its drawing's points recorded instead of drawn (for a
 * curve, its control points, which hold it; for an arc, its whole circle).
 */
function extentOf(type: SymbolType): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  const point = (x: number, y: number) => void (xs.push(x), ys.push(y));
  const around = (x: number, y: number, rx: number, ry = rx) => (point(x - rx, y - ry), point(x + rx, y + ry));
  type.draw(
    {
      moveTo: point,
      lineTo: point,
      closePath: () => {},
      arc: (x, y, r) => around(x, y, r),
      ellipse: (x, y, rx, ry) => around(x, y, Math.max(rx, ry)),
      arcTo: (x1, y1, x2, y2) => (point(x1, y1), point(x2, y2)),
      bezierCurveTo: (x1, y1, x2, y2, x, y) => (point(x1, y1), point(x2, y2), point(x, y)),
      quadraticCurveTo: (x1, y1, x, y) => (point(x1, y1), point(x, y)),
      rect: (x, y, width, height) => (point(x, y), point(x + width, y + height)),
    },
    // The area of a circle of radius 1.
    Math.PI,
  );
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

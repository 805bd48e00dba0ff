/**
 * How small chart text may render, for the unit and browser tests that hold the charts to it
 * (src/lib/charts/variants.ts chooses its font sizes for it).
 */
import type { ChartVariant } from '../src/lib/charts/variants.ts';

/** The smallest size chart text may render at, in CSS px. */
export const MIN_RENDERED_FONT_SIZE = 12;

/** The smallest size a variant's text renders at: its font size shrunk as far as the drawing shrinks. */
export function smallestRenderedFontSize(variant: ChartVariant): number {
  return (variant.fontSize * Math.min(variant.narrowest, variant.width)) / variant.width;
}

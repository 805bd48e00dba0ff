/**
 * The two drawings a chart can have, and the settings all three charts take from them. A chart in a
 * page's main column has both, and charts.css shows one at a time: the compact one below 48rem, the
 * wide one from there. A chart among cards (the timeline's) has only the compact one. Font sizes are
 * chosen so that text never renders below 12 CSS px where a drawing shows: the compact one shrinks
 * with its column down to 288 px (a 320 px screen less the page's margins), and the wide one only
 * shows where its column is at least its own width, so it never shrinks.
 */

/** The narrowest column a chart is drawn in: a 320 px screen less the page's 1rem margins. */
export const NARROWEST_COLUMN = 288;

/** One drawing's settings, in SVG user units (CSS px at 1:1). */
export interface ChartVariant {
  name: 'compact' | 'wide';
  /** Width of the SVG. */
  width: number;
  /** Font size of every text in the drawing. */
  fontSize: number;
  /** The narrowest width the drawing is shown at (it scales down to it). */
  narrowest: number;
  investments: {
    /** Height of the SVG before it grows to fit labels. */
    height: number;
    /** Radius of the largest symbol. */
    maxRadius: number;
  };
  involvement: {
    /** Height of one company row. */
    rowHeight: number;
  };
  ownership: {
    /** Height of one bar. */
    barHeight: number;
  };
}

/** The compact and the wide drawing. */
export const VARIANTS: Readonly<Record<ChartVariant['name'], ChartVariant>> = {
  compact: {
    name: 'compact',
    width: 300,
    fontSize: 13,
    narrowest: NARROWEST_COLUMN,
    investments: { height: 300, maxRadius: 12 },
    involvement: { rowHeight: 24 },
    ownership: { barHeight: 30 },
  },
  wide: {
    name: 'wide',
    width: 720,
    fontSize: 14,
    narrowest: 720,
    investments: { height: 340, maxRadius: 14 },
    involvement: { rowHeight: 26 },
    ownership: { barHeight: 34 },
  },
};

/** Both drawings, compact first: a chart in a page's main column, anywhere from a phone's width to the page's. */
export const EVERY_VARIANT: readonly ChartVariant[] = [VARIANTS.compact, VARIANTS.wide];

/**
 * The compact drawing alone, for charts laid out as cards no wider than a phone's column (the
 * timeline's charts): drawn once, it shows at every width, and the page carries one drawing, not two.
 */
export const CARD_VARIANTS: readonly ChartVariant[] = [VARIANTS.compact];

/** The size of a chart and its margins, in SVG user units (CSS pixels at 1:1). */
export interface Dimensions {
  /** Width of the whole SVG. */
  width: number;
  /** Height of the whole SVG. */
  height: number;
  /** Space above the plot area (titles, column headers). */
  marginTop: number;
  /** Space right of the plot area (labels that stick out). */
  marginRight: number;
  /** Space below the plot area (the time axis). */
  marginBottom: number;
  /** Space left of the plot area (the value axis or row labels). */
  marginLeft: number;
}

/** The plot area's width: the SVG minus the left and right margins. */
export function innerWidth(d: Dimensions): number {
  return d.width - d.marginLeft - d.marginRight;
}

/** The plot area's height: the SVG minus the top and bottom margins. */
export function innerHeight(d: Dimensions): number {
  return d.height - d.marginTop - d.marginBottom;
}

/** Rounds a coordinate to 3 decimals, so geometry is deterministic and SVG stays short. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

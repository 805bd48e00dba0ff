/**
 * An SVG as a `data:` URL, written out rather than base64-encoded (shorter, and it compresses with
 * the page). Runs of white space become one space, double quotes single ones, and only what a URL
 * or an HTML attribute cannot carry as itself is escaped.
 */
export function svgDataUrl(svg: string): string {
  const escaped = svg
    .trim()
    .replaceAll(/\s+/g, ' ')
    .replaceAll('"', "'")
    .replaceAll(/[%#<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml,${escaped}`;
}

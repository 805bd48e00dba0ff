/**
 * The ARIA graphics role for charts whose marks are links (axe reports links inside role="img" as
 * nested-interactive). TypeScript's list of ARIA roles lacks the graphics module, hence a spread.
 */
export const GRAPHICS_DOCUMENT: Record<string, string> = { role: 'graphics-document' };

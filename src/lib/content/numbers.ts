/**
 * Figures as editors type them. A report says "26.7 billion won" or "30,000,000,000"; the contract
 * wants the whole number. These read what was meant, so a message can say exactly what to write.
 */

/** A figure written as text, read the way the editor meant it, and what to change: "drop the commas". */
export interface MeantNumber {
  value: number;
  fix: string;
}

/**
 * Above this, in US dollars, a figure is larger than any deal on record (the largest are hundreds of
 * billions), so it is worth a second look: most likely zeros too many. A warning, not an error: the
 * site shows any figure, and only the editor can tell.
 */
export const LARGEST_DEAL_USD = 1e12;

const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:k|thousands?)$/i, 1e3],
  [/^만$/, 1e4],
  [/^(?:m|mn|mil|mio|millions?)$/i, 1e6],
  [/^억$/, 1e8],
  [/^(?:b|bn|billions?)$/i, 1e9],
  [/^(?:t|tn|trillions?|조)$/i, 1e12],
];

const CURRENCY_BEFORE = /^(?:US\$|\$|₩|€|¥|£|USD|KRW|EUR|JPY)\s*/i;
const CURRENCY_AFTER = /\s*(?:won|dollars?|USD|KRW|EUR|JPY|원|달러)$/i;

/**
 * What a figure written as text means, when it is a figure at all: "30,000,000,000" (commas),
 * "26.7bn", "30 billion", "267억" (a unit), "15%" (a sign), "$23m". Plain digits in quotes are
 * read too (their fix is to drop the quotes, where the field wants a number).
 */
export function meantNumber(text: string): MeantNumber | undefined {
  const figure = text.trim().replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(figure)) return { value: Number(figure), fix: 'without quotes' };
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(figure)) return { value: Number(figure.replaceAll(',', '')), fix: 'drop the commas' };
  if (/^\d{1,3}(?:[ _'.]\d{3})+$/.test(figure)) {
    return { value: Number(figure.replace(/[ _'.]/g, '')), fix: 'drop the separators' };
  }
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(figure);
  if (percent) return { value: Number(percent[1]), fix: 'drop the % sign' };
  const withUnit = /^(\d+(?:[.,]\d+)*)\s*([^\d\s.,]+)$/.exec(figure);
  if (withUnit) {
    const [, digits = '', unit = ''] = withUnit;
    const multiplier = UNITS.find(([pattern]) => pattern.test(unit))?.[1];
    // "3,500만" groups thousands; "26,7bn" has a decimal comma.
    const number = Number(/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits) ? digits.replaceAll(',', '') : digits.replace(',', '.'));
    if (multiplier !== undefined) return { value: Number((number * multiplier).toPrecision(15)), fix: 'write the whole number' };
  }
  return undefined;
}

/** A figure as YAML wrote it, for a message: `.nan` and `.inf` rather than the "null" JSON would print. */
export function describeNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan, which YAML reads as "not a number"';
  if (!Number.isFinite(value)) return `${value > 0 ? '.inf' : '-.inf'}, which YAML reads as infinity`;
  return String(value);
}

/** A plain decimal number as written in an attribute (`amount="26700000000"`), or undefined for anything else. */
export function plainNumber(text: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** How to write a figure given as text: `(drop the commas: 30000000000)`, or nothing when it is not a figure. */
export function numberHint(text: string, write: (value: string) => string = (value) => value): string {
  const meant = meantNumber(text);
  return meant ? ` (${meant.fix}: ${write(String(meant.value))})` : '';
}

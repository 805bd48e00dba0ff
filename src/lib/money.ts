/** Amounts of money as people read them: "₩26.7 billion (≈ $23 million)". */

const SCALES = [
  { value: 1e12, long: 'trillion', short: 'tn' },
  { value: 1e9, long: 'billion', short: 'bn' },
  { value: 1e6, long: 'million', short: 'm' },
] as const;

/** Currency symbols shown before a number; other currencies are shown by their ISO code. */
const SYMBOLS: Readonly<Record<string, string>> = { KRW: '₩', USD: '$', EUR: '€', JPY: '¥', GBP: '£', CNY: 'CN¥' };

/** How long a written amount is: `long` ("26.7 billion") for prose and tables, `short` ("26.7bn") for chart labels. */
export type MoneyStyle = 'long' | 'short';

/** A number with at most `digits` significant digits and no trailing zeros: 26748875000 → "26.7" at 3 digits. */
function significant(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

/** "₩26.7 billion", "$23 million", "₩3,625": an amount in its own currency, scaled for reading. */
export function formatMoney(amount: number, currency: string, style: MoneyStyle = 'long'): string {
  const symbol = SYMBOLS[currency];
  const number = scaledNumber(amount, style);
  return symbol ? `${symbol}${number}` : `${currency} ${number}`;
}

function scaledNumber(amount: number, style: MoneyStyle): string {
  const scale = SCALES.find((candidate) => Math.abs(amount) >= candidate.value);
  if (!scale) return Math.round(amount).toLocaleString('en-US');
  const number = significant(amount / scale.value, 3);
  return style === 'long' ? `${number} ${scale.long}` : `${number}${scale.short}`;
}

/** "₩26.7 billion (≈ $23 million)"; a converted dollar figure says so: "(≈ $44.4 million, converted)". */
export function formatMoneyWithUsd(
  amount: number,
  currency: string,
  usd: { value: number; converted: boolean } | undefined,
  style: MoneyStyle = 'long',
): string {
  const own = formatMoney(amount, currency, style);
  if (currency === 'USD' || !usd) return own;
  const dollars = formatMoney(usd.value, 'USD', style);
  const mark = usd.converted ? (style === 'long' ? ', converted' : '*') : '';
  return `${own} (≈ ${dollars}${mark})`;
}

/** "15%" or "7.38%": a stake with no needless decimals. */
export function formatPercent(percent: number): string {
  return `${Number(percent.toFixed(2))}%`;
}

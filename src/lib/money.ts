/**
 * Amounts of money as people read them, in either edition: "₩26.7 billion (≈ $23 million)",
 * "267억 원(약 2,300만 달러)". `Intl.NumberFormat` knows every ISO 4217 currency the schema accepts.
 */
import type { RateData } from './content/schema.ts';
import { INTL_LOCALES, type Locale } from './i18n/locales.ts';
import { memoized } from './memoize.ts';

/**
 * How an amount is written: `short` ("₩26.7bn") for chart labels; `long` ("₩26.7 billion"), three
 * significant digits, for sums and converted figures; `exact` for an amount as the editor wrote it,
 * where a reader checks it (tables, lists, the article): the long form when that is the amount
 * itself, else every digit ("₩26,748,875,000"), so a correction of the last digits shows.
 */
export type MoneyStyle = 'long' | 'short' | 'exact';

/** An amount in one currency beside the amount reported: as reported, or converted (then with the rate used). */
export interface MoneyFigure {
  value: number;
  converted: boolean;
  rate?: RateData;
}

/** Below this an amount is written in full ("₩3,625", "3,625원"): a million in English, ten thousand (만) in Korean. */
const COMPACT_FROM: Readonly<Record<Locale, number>> = { en: 1e6, ko: 1e4 };

/** Korean names a currency after the number; these two as every Korean newspaper does, the rest as `Intl` names them. */
const KOREAN_UNITS: Readonly<Record<string, string>> = { KRW: '원', USD: '달러' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One cached `Intl.NumberFormat` per locale and options: a build formats thousands of amounts. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memoized(numberFormats, `${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** "26.7 billion", "26.7bn", "267억", "3,625", "26,748,875,000": the number of an amount, three significant digits when scaled. */
function scaledNumber(amount: number, locale: Locale, style: MoneyStyle): string {
  if (style === 'exact' && !scalesExactly(amount, locale)) return everyDigit(amount, locale);
  if (Math.abs(amount) < COMPACT_FROM[locale]) {
    return numberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 0 }).format(amount);
  }
  return numberFormat(INTL_LOCALES[locale], {
    notation: 'compact',
    compactDisplay: style === 'short' ? 'short' : 'long',
    maximumSignificantDigits: 3,
    // Compact notation groups only from five digits ("2300만"); Korean newspapers write "2,300만".
    useGrouping: true,
  }).format(amount);
}

/** Whether the long form writes the amount itself: a whole number, in full or to three significant digits when scaled. */
function scalesExactly(amount: number, locale: Locale): boolean {
  if (!Number.isInteger(amount)) return false;
  return Math.abs(amount) < COMPACT_FROM[locale] || Number(amount.toPrecision(3)) === amount;
}

/** "26,748,875,000", "1,234.56": an amount with every digit it was written with. */
function everyDigit(amount: number, locale: Locale): string {
  return numberFormat(INTL_LOCALES[locale], { maximumFractionDigits: decimalsOf(amount) }).format(amount);
}

/** How many decimals a number was written with: 2 for 1234.56, 7 for 1e-7, 0 for 26748875000. */
function decimalsOf(value: number): number {
  const [, fraction = '', exponent = '0'] = /(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value)) ?? [];
  // Intl.NumberFormat takes at most 100 fraction digits.
  return Math.min(100, Math.max(0, fraction.length - Number(exponent)));
}

/** The symbol English readers know a currency by ("$", "₩", "CN¥"), or its code where there is none ("CHF"). */
function currencySymbol(currency: string): string {
  const parts = numberFormat('en-US', { style: 'currency', currency }).formatToParts(1);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** The word Korean writes after an amount: "원", "달러", "유로". */
function koreanUnit(currency: string): string {
  return (
    KOREAN_UNITS[currency] ?? new Intl.DisplayNames(INTL_LOCALES.ko, { type: 'currency' }).of(currency) ?? currency
  );
}

/** Amounts already written: a build writes each investment's on many pages, and tries chart labels many times. */
const writtenAmounts = new Map<string, string>();

/** "₩26.7 billion", "$23m", "CHF 5 million", "267억 원", "3,625원": an amount in its own currency, scaled for reading. */
export function formatMoney(amount: number, currency: string, locale: Locale, style: MoneyStyle = 'long'): string {
  return memoized(writtenAmounts, `${amount} ${currency} ${locale} ${style}`, () =>
    writeMoney(amount, currency, locale, style),
  );
}

function writeMoney(amount: number, currency: string, locale: Locale, style: MoneyStyle): string {
  const number = scaledNumber(amount, locale, style);
  if (locale === 'ko')
    return /\d$/.test(number) ? `${number}${koreanUnit(currency)}` : `${number} ${koreanUnit(currency)}`;
  const symbol = currencySymbol(currency);
  return /\p{L}$/u.test(symbol) ? `${symbol} ${number}` : `${symbol}${number}`;
}

/**
 * An amount with its dollar figure: "₩26.7 billion (≈ $23 million)", "267억 원(약 2,300만 달러)"; a
 * converted dollar figure says so: "(≈ $44.4 million, converted)", or "*" in the short form. In the
 * `exact` style a converted figure is written `long`: a conversion has no digits to be exact about.
 */
export function formatMoneyWithUsd(
  amount: number,
  currency: string,
  usd: MoneyFigure | undefined,
  locale: Locale,
  style: MoneyStyle = 'long',
): string {
  const own = formatMoney(amount, currency, locale, style);
  if (currency === 'USD' || !usd) return own;
  const dollars = formatMoney(usd.value, 'USD', locale, usd.converted && style === 'exact' ? 'long' : style);
  const mark = usd.converted ? (style === 'short' ? '*' : CONVERTED[locale]) : '';
  return locale === 'ko' ? `${own}(약 ${dollars}${mark})` : `${own} (≈ ${dollars}${mark})`;
}

const CONVERTED: Readonly<Record<Locale, string>> = { en: ', converted', ko: ', 환산' };

/** "15%", "7.38%", "0.005%": a percentage with no needless decimals, and never rounded to zero. */
export function formatPercent(percent: number, locale: Locale): string {
  const digits: Intl.NumberFormatOptions =
    Math.abs(percent) >= 0.01 || percent === 0 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 2 };
  return `${numberFormat(INTL_LOCALES[locale], digits).format(percent)}%`;
}

/** A count or rate as the edition writes numbers: "1,127", "1,160.87". */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 2 }).format(value);
}

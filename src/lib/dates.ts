/** Calendar dates as `YYYY-MM-DD` strings: no time zone can move them by a day. */
import { INTL_LOCALES, type Locale } from './i18n/locales.ts';
import { memoized } from './memoize.ts';

/** A `YYYY-MM-DD` string that names a real day of the Gregorian calendar. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a `YYYY-MM-DD` string into numbers, or returns undefined when it is not a real day. */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether a string is a `YYYY-MM-DD` date that exists (2023-02-30 does not). */
export function isCalendarDate(value: string): value is CalendarDate {
  return parseCalendarDate(value) !== undefined;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The calendar date a YAML parser made of an unquoted date: its UTC fields, never local time. */
export function calendarDateFromUtc(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** How long a written date is: `long` ("15 March 2017", "2017년 3월 15일") or `short` ("15 Mar 2017"). */
export type DateStyle = 'long' | 'short';

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  long: { dateStyle: 'long', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};

/** Formatters are costly to make and a build formats thousands of dates: one per locale and style. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memoized(
    dateFormats,
    `${locale} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(INTL_LOCALES[locale], options),
  );
}

/** Dates already written: an archive has a few thousand days, and a build writes each on many pages. */
const writtenDates = new Map<string, string>();

/** A calendar date as a reader of `locale` writes it: "15 March 2017", "2017년 3월 15일". */
export function formatDate(value: CalendarDate, locale: Locale, style: DateStyle = 'long'): string {
  return memoized(writtenDates, `${value} ${locale} ${style}`, () =>
    dateFormat(locale, DATE_OPTIONS[style]).format(toUtcDate(value)),
  );
}

/** The month of a calendar date, short: "Mar", "3월". */
export function formatMonth(value: CalendarDate, locale: Locale): string {
  return dateFormat(locale, { month: 'short', timeZone: 'UTC' }).format(toUtcDate(value));
}

/** The year of a calendar date. */
export function yearOf(value: CalendarDate): number {
  return mustParse(value).year;
}

/** Midnight UTC of a calendar date, for UTC time scales (d3 `scaleUtc`): the same instant on every machine. */
export function toUtcDate(value: CalendarDate): Date {
  const { year, month, day } = mustParse(value);
  return utcDate(year, month - 1, day);
}

/** Midnight UTC of a day; unlike `Date.UTC`, which reads years 0–99 as 1900–1999, right for every year. */
export function utcDate(year: number, monthIndex = 0, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** Orders calendar dates oldest first; `YYYY-MM-DD` strings sort as text. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mustParse(value: string) {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parsed;
}

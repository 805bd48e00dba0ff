/** Calendar dates as `YYYY-MM-DD` strings: no time zone can move them by a day. */

/** A `YYYY-MM-DD` string that names a real day of the Gregorian calendar. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

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

/** "15 March 2017" for `2017-03-15`. */
export function formatDateEn(value: CalendarDate): string {
  const { year, month, day } = mustParse(value);
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** "15 Mar 2017": the short form for tight places such as chart labels. */
export function formatDateShortEn(value: CalendarDate): string {
  const { year, month, day } = mustParse(value);
  return `${day} ${MONTHS_EN[month - 1]?.slice(0, 3)} ${year}`;
}

/** "2017년 3월 15일" for `2017-03-15`. */
export function formatDateKo(value: CalendarDate): string {
  const { year, month, day } = mustParse(value);
  return `${year}년 ${month}월 ${day}일`;
}

/** The year of a calendar date. */
export function yearOf(value: CalendarDate): number {
  return mustParse(value).year;
}

/** Midnight UTC of a calendar date, for UTC time scales (d3 `scaleUtc`): the same instant on every machine. */
export function toUtcDate(value: CalendarDate): Date {
  const { year, month, day } = mustParse(value);
  return new Date(Date.UTC(year, month - 1, day));
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

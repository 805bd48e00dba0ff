/**
 * Periods that aggregated charts group by: quarters, years, or runs of 2, 5, 10… years, whichever
 * is the shortest that keeps their number under a limit.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { calendarDateFromUtc, toUtcDate, type CalendarDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MarkTarget } from './markup.ts';
import { niceStep } from './timeAxis.ts';

/** A stretch of time, both days included. */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  start: CalendarDate;
  /** Last day, `YYYY-MM-DD`. */
  end: CalendarDate;
  /** "Q1 2021", "2021", "2015–2019" (and in Korean "2021년 1분기", "2021년", "2015–2019년"). */
  label: string;
}

/** How long each period is, in months: 3 (quarters), 12 (years) or a multiple of 12. */
export type PeriodLength = number;

/** The shortest period length that splits the years `[first, last]` into at most `maxPeriods` periods. */
export function periodLength(first: number, last: number, maxPeriods: number): PeriodLength {
  if ((last - first + 1) * 4 <= maxPeriods) return 3;
  // Runs of years start at multiples of their length (2010–2014, 2015–2019), as `periodOf` cuts them.
  let years = 1;
  while (Math.floor(last / years) - Math.floor(first / years) + 1 > Math.max(maxPeriods, 1))
    years = niceStep(years + 1);
  return 12 * years;
}

/** Up to this many entry ids in all of a drawing's marks, each mark lists its entries; past that, it names its period. */
export const MAX_LISTED_ENTRIES = 400;

/** A mark that stands for some entries in a period, maybe of one company. */
export interface PeriodMark {
  entries: readonly string[];
  period: readonly [CalendarDate, CalendarDate];
  company?: string | undefined;
}

/**
 * The targets of a drawing's aggregated marks: their entries by id while all the lists together stay
 * under {@link MAX_LISTED_ENTRIES} (exact, and small), else their periods (small at any size: the
 * script then matches entries by their dates and companies).
 */
export function markTargets(marks: readonly PeriodMark[]): MarkTarget[] {
  const total = marks.reduce((sum, mark) => sum + mark.entries.length, 0);
  return marks.map((mark) =>
    total <= MAX_LISTED_ENTRIES
      ? { entries: [...new Set(mark.entries)] }
      : { period: mark.period, ...(mark.company ? { company: mark.company } : {}) },
  );
}

/** Quarters start in January, April, July and October. */
const QUARTERS = utcMonth.every(3)!;

/** The last day a period may end on: the calendar dates run to 9999. */
const LAST_DAY = toUtcDate('9999-12-31');

/** The period of a given length that a date falls in: UTC days, so no time zone moves a boundary. */
export function periodOf(date: CalendarDate, months: PeriodLength, locale: Locale): Period {
  const t = dictionary(locale).charts.periods;
  const day = toUtcDate(date);
  // Runs of years start at multiples of their length (2015–2019): d3's `every` counts from year 0.
  const periods = months === 3 ? QUARTERS : utcYear.every(months / 12)!;
  const start = periods.floor(day);
  const end = new Date(Math.min(+utcDay.offset(periods.offset(start, 1), -1), +LAST_DAY));
  const [first, last] = [start.getUTCFullYear(), end.getUTCFullYear()];
  return {
    start: calendarDateFromUtc(start),
    end: calendarDateFromUtc(end),
    label:
      months === 3
        ? t.quarter(start.getUTCMonth() / 3 + 1, first)
        : months === 12
          ? t.year(first)
          : t.years(first, last),
  };
}

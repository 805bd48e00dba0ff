/** Orders articles into the timeline: date order, year groups, and each entry's neighbours. */
import { extent, groups } from 'd3-array';
import { compareCalendarDates, yearOf, type CalendarDate } from './dates.ts';

/** The least an entry needs to be placed on the timeline. */
export interface Dated {
  id: string;
  data: { date: CalendarDate };
}

/** The entries of one year, oldest first. */
export interface YearGroup<T extends Dated> {
  year: number;
  entries: T[];
}

/**
 * The timeline's order of two articles, by their dates and slugs: oldest first, and articles of the
 * same day by slug, so that every build, chart and feed lists them alike.
 */
export function timelineOrder(dateA: CalendarDate, slugA: string, dateB: CalendarDate, slugB: string): number {
  return compareCalendarDates(dateA, dateB) || slugA.localeCompare(slugB);
}

/** Entries in timeline order (`timelineOrder`). */
export function sortByDate<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => timelineOrder(a.data.date, a.id, b.data.date, b.id));
}

/** Groups entries by year, oldest year first, each year's entries oldest first. */
export function groupByYear<T extends Dated>(entries: readonly T[]): YearGroup<T>[] {
  return groups(sortByDate(entries), (entry) => yearOf(entry.data.date)).map(([year, grouped]) => ({
    year,
    entries: grouped,
  }));
}

/** The entries before and after the one at `index` of entries already in timeline order. */
export function neighboursAt<T>(sorted: readonly T[], index: number): { previous?: T; next?: T } {
  const previous = index > 0 ? sorted[index - 1] : undefined;
  const next = index >= 0 ? sorted[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The first and last year the entries cover, e.g. `[2017, 2024]`. */
export function yearSpan(entries: readonly Dated[]): [number, number] | undefined {
  const [first, last] = extent(entries, (entry) => yearOf(entry.data.date));
  return first === undefined || last === undefined ? undefined : [first, last];
}

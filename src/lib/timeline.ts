/** Orders articles into the timeline: date order, year groups, and each entry's neighbours. */
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

/** Entries oldest first; entries of the same day keep a stable order by slug. */
export function sortByDate<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareCalendarDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
}

/** Groups entries by year, oldest year first, each year's entries oldest first. */
export function groupByYear<T extends Dated>(entries: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const entry of sortByDate(entries)) {
    const year = yearOf(entry.data.date);
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups].map(([year, grouped]) => ({ year, entries: grouped }));
}

/** The entries before and after one entry in timeline order. */
export function neighbours<T extends Dated>(entries: readonly T[], id: string): { previous?: T; next?: T } {
  const sorted = sortByDate(entries);
  const index = sorted.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The first and last year the entries cover, e.g. `[2017, 2024]`. */
export function yearSpan(entries: readonly Dated[]): [number, number] | undefined {
  const sorted = sortByDate(entries);
  const first = sorted[0];
  const last = sorted.at(-1);
  return first && last ? [yearOf(first.data.date), yearOf(last.data.date)] : undefined;
}

/**
 * How the timeline and long lists split into pages as the archive grows. A small archive is one
 * page, `/`; past `HOME_ENTRIES` articles each year gets pages of its own (`/years/2020/`,
 * `/years/2020/2/`) that scroll on as one, and `/` keeps the latest entries and a year index.
 */
import type { Dated, YearGroup } from './timeline.ts';
import { timelineEntryPath, yearPath } from './urls.ts';

/**
 * How many entries `/` shows: the whole timeline up to this many articles, else the latest this many.
 * Few enough that `/`, its charts and its CSS inline, is one round trip of a new connection in either
 * edition at any size of the archive, so its first screen is drawn from its first response
 * (docs/performance.md, "The first round trip").
 */
export const HOME_ENTRIES = 8;

/** Entries on one page of a year, a company or a topic: long enough to scroll, under 100 KB of HTML. */
export const PAGE_SIZE = 200;

/** Items cut into pages of `size`; an empty list is one empty page, so every list has a first page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

/** One page of a year's entries. */
export interface YearPage<T> {
  year: number;
  /** 1 for the year's first page. */
  page: number;
  /** How many pages the year has. */
  pages: number;
  entries: T[];
  /** The page's site-relative path, e.g. `years/2020/2/`. */
  path: string;
  /** The page before it in timeline order (the previous year's last page), if any. */
  previous?: string;
  /** The page after it (the next page of the year, or the next year's first page), if any. */
  next?: string;
}

/** Where the timeline's entries are: all on `/`, or each on a page of its year. */
export interface TimelineLayout<T extends Dated> {
  /** Whether the timeline has pages of its own, beyond `/`. */
  split: boolean;
  /** The entries `/` shows: all of them, or the latest ones. */
  home: YearGroup<T>[];
  /** Every year page, in timeline order; none when the timeline is one page. */
  yearPages: YearPage<T>[];
  /** How many entries each year has, for the year index. */
  counts: { year: number; count: number; path: string }[];
  /** Where an entry is on the timeline: `#<id>` on `/`, or `years/<year>/<page>/#<id>`. */
  entryPath(id: string): string;
}

/** Lays the timeline out over pages, from the year groups of every article (oldest first). */
export function layoutTimeline<T extends Dated>(years: readonly YearGroup<T>[]): TimelineLayout<T> {
  const total = years.reduce((sum, group) => sum + group.entries.length, 0);
  if (total <= HOME_ENTRIES) {
    return {
      split: false,
      home: [...years],
      yearPages: [],
      counts: years.map((group) => ({ year: group.year, count: group.entries.length, path: `#year-${group.year}` })),
      entryPath: (id) => timelineEntryPath(id),
    };
  }
  const yearPages: YearPage<T>[] = years.flatMap((group) => {
    const pages = paginate(group.entries);
    return pages.map((entries, index) => ({
      year: group.year,
      page: index + 1,
      pages: pages.length,
      entries,
      path: yearPath(group.year, index + 1),
    }));
  });
  const pageOf = new Map<string, string>();
  for (const [index, page] of yearPages.entries()) {
    const previous = yearPages[index - 1];
    const next = yearPages[index + 1];
    if (previous) page.previous = previous.path;
    if (next) page.next = next.path;
    for (const entry of page.entries) pageOf.set(entry.id, page.path);
  }
  return {
    split: true,
    home: latest(years, HOME_ENTRIES),
    yearPages,
    counts: years.map((group) => ({ year: group.year, count: group.entries.length, path: yearPath(group.year) })),
    entryPath: (id) => timelineEntryPath(id, pageOf.get(id) ?? ''),
  };
}

/** The last `count` entries, still grouped by year and oldest first. */
function latest<T extends Dated>(years: readonly YearGroup<T>[], count: number): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  let left = count;
  for (const group of [...years].reverse()) {
    if (left <= 0) break;
    groups.unshift({ year: group.year, entries: group.entries.slice(-left) });
    left -= group.entries.length;
  }
  return groups;
}

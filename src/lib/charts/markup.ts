/**
 * The contract between the charts' markup, written at build time, and their script
 * (`src/scripts/charts.ts`): every element, attribute and class name both sides use, and how a mark
 * is matched to a timeline entry. The timeline filter's event, which the script listens to, is
 * src/lib/filterEvent.ts's. The script ships this file to the browser, so it imports nothing.
 */

/** The custom element each chart is wrapped in; its script adds the tooltip, highlight and dimming. */
export const CHART_ELEMENT = 'timeline-chart';

/** Classes the script reads or sets (charts.css styles them). */
export const CHART_CLASSES = {
  /** A link in a chart that stands for timeline entries. */
  mark: 'chart-mark',
  /** On marks (and involvement columns) of the entry being read. */
  current: 'is-current',
  /** On marks none of whose entries passes the timeline's filter. */
  dimmed: 'is-dimmed',
  /** The one tooltip of the page. */
  tooltip: 'chart-tooltip',
  /** A drawing's description in words, in its place until it is drawn (see DRAWN_FROM). */
  fallback: 'chart-fallback',
  /** On a fallback that stays, when its drawing could not be had. */
  shown: 'is-shown',
} as const;

/**
 * On an empty drawing drawn on arrival (src/charts/ChartSvg.astro): the page whose drawing of the
 * same id fills it once the page has been drawn.
 */
export const DRAWN_FROM = 'data-drawn-from';

/** A mark's attributes the script reads: its description, and what ties it to timeline entries (ids, or a period of one company). */
export const MARK_ATTRIBUTES = {
  /** The whole story in one sentence: the accessible description, and the tooltip's text. */
  description: 'aria-description',
  /** Space-separated ids of the entries a mark stands for. */
  entries: 'data-entry',
  /** `YYYY-MM-DD/YYYY-MM-DD`, both days included: an aggregated mark stands for every entry in it. */
  period: 'data-period',
  /** With a period: only the entries that name this company (its slug). */
  company: 'data-company',
} as const;

/** The timeline's markup the script reads: where entries are, and what an aggregated mark needs to know of one. */
export const TIMELINE = {
  /** The list entries live in (at any depth); entries added to it later are observed too. */
  list: '.timeline',
  /** One entry; its `id` is the article slug. */
  entry: 'li.entry[id]',
  /** The entry's date, `YYYY-MM-DD`. */
  date: 'data-date',
  /** Space-separated slugs of the companies the entry involves. */
  companies: 'data-companies',
} as const;

/** What a mark stands for: entries by id, or every entry in a period, optionally of one company. */
export type MarkTarget =
  { entries: readonly string[] } | { period: readonly [start: string, end: string]; company?: string | undefined };

/** What the script knows of a timeline entry: its id, and from its attributes its date and companies. */
export interface EntryFacts {
  id: string;
  date?: string | undefined;
  companies?: readonly string[] | undefined;
}

/** The attributes that write a mark's target into the markup. */
export function markAttributes(target: MarkTarget): Record<string, string> {
  if ('entries' in target) return { [MARK_ATTRIBUTES.entries]: target.entries.join(' ') };
  return {
    [MARK_ATTRIBUTES.period]: target.period.join('/'),
    ...(target.company ? { [MARK_ATTRIBUTES.company]: target.company } : {}),
  };
}

/** The attributes a timeline entry carries, so that aggregated marks can tell whether they stand for it. */
export function entryAttributes(date: string, companies: readonly string[]): Record<string, string> {
  return { [TIMELINE.date]: date, [TIMELINE.companies]: companies.join(' ') };
}

/** A mark's target read back from its attributes, or undefined for an element that has none. */
export function readMarkTarget(attribute: (name: string) => string | null): MarkTarget | undefined {
  const entries = attribute(MARK_ATTRIBUTES.entries);
  if (entries !== null) return { entries: entries.split(' ') };
  const [start, end] = attribute(MARK_ATTRIBUTES.period)?.split('/') ?? [];
  if (!start || !end) return undefined;
  return { period: [start, end], company: attribute(MARK_ATTRIBUTES.company) ?? undefined };
}

/** An entry's facts read from its attributes. */
export function readEntry(id: string, attribute: (name: string) => string | null): EntryFacts {
  return { id, date: attribute(TIMELINE.date) ?? undefined, companies: attribute(TIMELINE.companies)?.split(' ') };
}

/** Whether a mark stands for an entry. */
export function markMatches(target: MarkTarget, entry: EntryFacts): boolean {
  if ('entries' in target) return target.entries.includes(entry.id);
  const { date, companies } = entry;
  if (date === undefined || date < target.period[0] || date > target.period[1]) return false;
  return target.company === undefined || (companies?.includes(target.company) ?? false);
}

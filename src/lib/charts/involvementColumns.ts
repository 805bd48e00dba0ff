/**
 * The columns of "Who was involved when": one per event while there are few enough and their headers
 * fit, else one per period (a year, or a run of years) with events, the shortest whose headers fit.
 * Which columns there are follows from the events and the drawing alone, never from an edition's
 * words: they are planned for the narrowest plot any edition can have and the widest headers any
 * edition writes, so both editions draw the same marks. Each edition then writes its own headers.
 */
import { groups } from 'd3-array';
import type { Involvement } from '../chartRecords.ts';
import { formatDate, formatMonth, yearOf, type CalendarDate } from '../dates.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { round } from './dimensions.ts';
import type { MarkTarget } from './markup.ts';
import { memoized } from '../memoize.ts';
import { markTargets, periodLength, periodOf, type Period, type PeriodLength } from './periods.ts';
import { estimateTextWidth } from './text.ts';
import { timelineOrder } from '../timeline.ts';

/** Up to this many events each get a column of their own (if their headers fit); more are grouped by period. */
export const MAX_EVENT_COLUMNS = 12;

/** Space between column headers, in ems. */
const HEADER_GAP = 0.3;

/** The shortest period a column stands for, in months: a year. */
const SHORTEST_PERIOD = 12;

/** The wider line of a run of years' short header ("’10", "–’19"): the least room a period's column needs. */
const NARROWEST_RUN_HEADER = '–’00';

/** The year a chart of no events shows. */
const NO_EVENTS_DATE = '2000-01-01';

/** One column: an event, or a period of events. */
export interface EventColumn {
  /** Article slug, or the period's first day. */
  key: string;
  /** The timeline entries the column stands for. */
  target: MarkTarget;
  /** The article whose timeline entry the mark (or column) leads to. */
  entry: string;
  /** Its full label, for tables: "15 March 2017", "2020", "2015–2019". */
  label: string;
  x: number;
  /** Two-line header: "Mar", "2017" (or "’17" where narrow) for an event; "2020", "" for a period. */
  header: [string, string];
}

/** A column with the days it covers (an event: its own day). */
export type PlacedColumn = EventColumn & { period: [CalendarDate, CalendarDate] };

/** The columns of a plot and the period they stand for, in months (undefined: an event each). */
export interface ColumnLayout {
  columns: PlacedColumn[];
  periodLength?: PeriodLength;
  /** The column an event is in. */
  columnOf(event: Involvement): PlacedColumn;
}

/** What the columns are laid out from. */
export interface ColumnOptions {
  /** Every row's events; an event in several rows counts once. */
  events: readonly Involvement[];
  /** The plot's width in this edition: where the columns go, and whether their headers are written in full. */
  plotWidth: number;
  /** The narrowest the plot can be in any edition, which the columns are planned for. */
  plannedWidth: number;
  fontSize: number;
  locale: Locale;
}

/** Events in timeline order (`timelineOrder`): by date, then by article. */
export function compareEvents(a: Involvement, b: Involvement): number {
  return timelineOrder(a.date, a.articleId, b.date, b.articleId);
}

/** Each event once, in timeline order. */
export function distinctEvents(events: readonly Involvement[]): Involvement[] {
  return [...new Map(events.map((event) => [event.articleId, event])).values()].sort(compareEvents);
}

/** The columns: an event each while few enough fit, else a period each. */
export function layoutColumns(options: ColumnOptions): ColumnLayout {
  const { plotWidth, fontSize, locale } = options;
  const events = distinctEvents(options.events);
  const months = plannedPeriod(events, options.plannedWidth, fontSize);
  const fits = (headers: readonly string[], count: number) =>
    headerWidth(headers, fontSize) <= plotWidth / Math.max(count, 1);
  // The full headers where they fit, else their short forms (which the plan made room for).
  const headersThatFit = (headersOf: (short: boolean) => [string, string][], count: number) => {
    const full = headersOf(false);
    return fits(full.flat(), count) ? full : headersOf(true);
  };
  if (months === undefined) {
    const headers = headersThatFit((short) => events.map((event) => eventHeader(event, locale, short)), events.length);
    return placeColumns(
      events.map((event, index) => ({
        key: event.articleId,
        entry: event.articleId,
        label: formatDate(event.date, locale),
        header: headers[index]!,
        period: [event.date, event.date],
        entries: [event.articleId],
      })),
      plotWidth,
    );
  }
  // Many events share a day: each day's period is worked out once.
  const periodOfDay = new Map<CalendarDate, Period>();
  const periodOfEvent = (event: Involvement) =>
    memoized(periodOfDay, event.date, () => periodOf(event.date, months, locale));
  const periods = groups(events, (event) => periodOfEvent(event).start).map(([, inPeriod]) => ({
    period: periodOfEvent(inPeriod[0]!),
    entries: inPeriod.map((event) => event.articleId),
  }));
  // A run of years: its first year, and its last under it.
  const headers = headersThatFit(
    (short) =>
      periods.map(({ period }): [string, string] => [
        yearHeader(period.start, short),
        months === SHORTEST_PERIOD ? '' : `–${yearHeader(period.end, short)}`,
      ]),
    periods.length,
  );
  return {
    periodLength: months,
    ...placeColumns(
      periods.map(({ period, entries }, index) => ({
        key: period.start,
        entry: entries[0]!,
        label: period.label,
        header: headers[index]!,
        period: [period.start, period.end],
        entries,
      })),
      plotWidth,
    ),
  };
}

/**
 * The period a column stands for, in months, or undefined for a column per event: an event each while
 * there are at most `MAX_EVENT_COLUMNS` and every edition's short headers fit the planned width, else
 * the shortest period whose columns fit it. The same for every edition.
 */
function plannedPeriod(
  events: readonly Involvement[],
  plannedWidth: number,
  fontSize: number,
): PeriodLength | undefined {
  if (events.length <= MAX_EVENT_COLUMNS) {
    const everyHeader = LOCALES.flatMap((locale) => events.flatMap((event) => eventHeader(event, locale, true)));
    if (headerWidth(everyHeader, fontSize) <= plannedWidth / Math.max(events.length, 1)) return undefined;
  }
  const first = yearOf(events[0]?.date ?? NO_EVENTS_DATE);
  const last = yearOf(events.at(-1)?.date ?? NO_EVENTS_DATE);
  const narrowest = headerWidth([NARROWEST_RUN_HEADER], fontSize);
  return Math.max(SHORTEST_PERIOD, periodLength(first, last, Math.floor(plannedWidth / narrowest)));
}

/** The room a column needs for its headers: the widest, and the gap between columns. */
function headerWidth(headers: readonly string[], fontSize: number): number {
  return Math.max(0, ...headers.map((header) => estimateTextWidth(header, fontSize))) + HEADER_GAP * fontSize;
}

/** An event's header in an edition: "Mar", "2017" (or "’17"). */
function eventHeader(event: Involvement, locale: Locale, short: boolean): [string, string] {
  return [formatMonth(event.date, locale), yearHeader(event.date, short)];
}

/** "2017", or "’17" where narrow. */
function yearHeader(date: CalendarDate, short: boolean): string {
  return short ? `’${String(yearOf(date)).slice(-2).padStart(2, '0')}` : String(yearOf(date));
}

/** Columns spread evenly across the plot, each with its target, and the column of each of their events. */
function placeColumns(
  drafts: readonly (Omit<PlacedColumn, 'x' | 'target'> & { entries: string[] })[],
  plotWidth: number,
): Omit<ColumnLayout, 'periodLength'> {
  const step = plotWidth / Math.max(drafts.length, 1);
  const targets = markTargets(drafts);
  const columns = drafts.map(({ entries: _entries, ...draft }, index) => ({
    ...draft,
    target: targets[index]!,
    x: round(step * (index + 0.5)),
  }));
  const byEvent = new Map(drafts.flatMap(({ entries }, index) => entries.map((entry) => [entry, columns[index]!])));
  return { columns, columnOf: (event) => byEvent.get(event.articleId)! };
}

/**
 * Geometry of "Who was involved when": companies as rows grouped by alliance, events as columns in
 * date order, and a dot where a company took part. With more events than fit as columns, a column
 * stands for a period (a year, or several) and its dot, sized by count, for the company's events
 * then; with more companies than rows, the most involved keep theirs and the rest share one.
 */
import type { Involvement, InvolvementGroup } from '../dataset.ts';
import { formatDate, formatMonth, yearOf, type CalendarDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { round, type Dimensions } from './dimensions.ts';
import type { MarkTarget } from './markup.ts';
import { markTargets, periodLength, periodOf, type Period, type PeriodLength } from './periods.ts';
import { CENTRED_BASELINE, estimateTextWidth, fitText, wrapText } from './text.ts';
import type { ChartVariant } from './variants.ts';

/** Up to this many events each get a column of their own (if their headers fit); more are grouped by period. */
export const MAX_EVENT_COLUMNS = 12;

/** Up to this many companies each get a row; with more, the most involved keep theirs and the rest share the last. */
export const MAX_COMPANY_ROWS = 30;

/** The share of the width row labels may take at most; longer names are shortened, in full in the table. */
const MAX_LABEL_SHARE = 0.4;

/** Space between row labels and the plot. */
const GAP = 8;

/** Space between column headers, in ems. */
const HEADER_GAP = 0.3;

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

/** One dot: a company's events in a column. */
export interface InvolvementDot {
  key: string;
  target: MarkTarget;
  /** The article whose timeline entry the mark (or column) leads to. */
  entry: string;
  count: number;
  x: number;
  radius: number;
  /** The accessible name: company and column. */
  name: string;
  /** The sentence for the tooltip and the accessible description. */
  description: string;
}

/** A company row (or the row of the remaining companies) with its dots. */
export interface InvolvementRowGeometry {
  key: string;
  /** The full name, for the table and the dots' names. */
  name: string;
  /** The name as drawn: the short name, in two lines (cut with "…" past them) where the label column is too narrow. */
  lines: string[];
  /** The row's centre line, and the baselines of its label's lines. */
  y: number;
  baselines: number[];
  dots: InvolvementDot[];
  /** The number of its events in each column, in column order, for the table. */
  counts: number[];
}

/** A group of rows under its alliance's heading (none for the row of remaining companies). */
export interface InvolvementGroupGeometry {
  heading?: { name: string; label: string; baseline: number };
  rows: InvolvementRowGeometry[];
}

/** Everything the drawing and its table need. */
export interface InvolvementChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  rowHeight: number;
  /** The period columns stand for, in months; undefined when each is one event. */
  periodLength?: PeriodLength;
  columns: EventColumn[];
  /** Baselines of the headers' two lines. */
  headerBaselines: [number, number];
  groups: InvolvementGroupGeometry[];
  /** Where row labels end (right-aligned), left of the plot. */
  labelX: number;
}

/** The companies shown with a row of their own, and the involvement of the rest in one list. */
export interface InvolvementSelection {
  groups: InvolvementGroup[];
  /** How many companies share the last row, and their events (each once). */
  others?: { companies: number; events: Involvement[] };
}

/** Every company when they fit; else the most involved (ties: in the order given) and the rest as one. */
export function selectInvolvementRows(groups: readonly InvolvementGroup[]): InvolvementSelection {
  const rows = groups.flatMap((group) => group.rows);
  if (rows.length <= MAX_COMPANY_ROWS) return { groups: [...groups] };
  const kept = new Set(
    rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => b.row.events.length - a.row.events.length || a.index - b.index)
      .slice(0, MAX_COMPANY_ROWS - 1)
      .map(({ row }) => row),
  );
  const events = new Map<string, Involvement>();
  for (const row of rows.filter((row) => !kept.has(row))) {
    for (const event of row.events) events.set(event.articleId, event);
  }
  return {
    groups: groups
      .map((group) => ({ ...group, rows: group.rows.filter((row) => kept.has(row)) }))
      .filter((group) => group.rows.length > 0),
    others: {
      companies: rows.length - kept.size,
      events: [...events.values()].sort(
        (a, b) => a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId),
      ),
    },
  };
}

/** A row as the layout needs it: a key, its name, its company and its events. */
interface RowDraft {
  key: string;
  name: string;
  short: string;
  /** The company's slug; none for the shared row. */
  company?: string;
  events: Involvement[];
}

/** Lays out the groups for one drawing; the SVG's height follows from the number of rows. */
export function layoutInvolvementChart(
  groups: readonly InvolvementGroup[],
  options: { variant: ChartVariant; locale: Locale },
): InvolvementChartGeometry {
  const { variant, locale } = options;
  const { width, fontSize } = variant;
  const { rowHeight } = variant.involvement;
  const t = dictionary(locale).charts.involvement;
  const selection = selectInvolvementRows(groups);
  const drafts: { heading?: string; rows: RowDraft[] }[] = selection.groups.map((group) => ({
    heading: group.alliance?.[locale] ?? t.others,
    rows: group.rows.map((row) => ({
      key: row.company.slug,
      name: row.company.name[locale],
      short: row.company.short[locale],
      company: row.company.slug,
      events: row.events,
    })),
  }));
  if (selection.others) {
    const { companies, events } = selection.others;
    const name = t.otherCompanies(companies);
    drafts.push({ rows: [{ key: 'others', name, short: name, events }] });
  }
  const rows = drafts.flatMap((group) => group.rows);

  // Row labels take the room the longest name needs, up to a share of the width.
  const widest = Math.max(0, ...rows.map((row) => estimateTextWidth(row.short, fontSize)));
  const labelWidth = Math.ceil(Math.min(widest + 2 * GAP, width * MAX_LABEL_SHARE));
  const plotWidth = width - labelWidth - GAP;
  const { columns, periodLength: months } = layoutColumns(
    rows.flatMap((row) => row.events),
    plotWidth,
    fontSize,
    locale,
  );
  const columnKey = (event: Involvement) =>
    months === undefined ? event.articleId : periodOf(event.date, months, locale).start;
  const columnOf = new Map(columns.map((column) => [column.key, column]));

  // One cell per row and column where the company took part.
  const cells = rows.flatMap((row) => {
    const byColumn = new Map<string, Involvement[]>();
    for (const event of row.events) {
      const key = columnKey(event);
      const list = byColumn.get(key);
      if (list) list.push(event);
      else byColumn.set(key, [event]);
    }
    return [...byColumn].map(([key, events]) => ({ row, column: columnOf.get(key)!, events }));
  });
  const targets = markTargets(
    cells.map((cell) => ({
      entries: cell.events.map((event) => event.articleId),
      period: cell.column.period,
      company: cell.row.company,
    })),
  );
  const maxCount = Math.max(1, ...cells.map((cell) => cell.events.length));
  const dots = cells.map(({ row, column, events }, index): InvolvementDot & { row: RowDraft } => ({
    row,
    key: column.key,
    target: targets[index]!,
    entry: events[0]!.articleId,
    count: events.length,
    x: column.x,
    // Dots of periods are sized by count, from a small one up to nearly the row's height.
    radius: months === undefined ? 5 : round(4 + (rowHeight / 2 - 6) * Math.sqrt(events.length / maxCount)),
    name: `${row.name}, ${column.label}`,
    description:
      events.length === 1 && events[0]
        ? t.inEvent(row.name, events[0].title[locale], formatDate(events[0].date, locale, 'short'))
        : t.inEvents(row.name, events.length, column.label),
  }));

  const headerHeight = fontSize * 3;
  const lineHeight = fontSize * 1.2;
  const baselineOf = (y: number) => round(y + CENTRED_BASELINE * fontSize);
  // Rows grow to hold a name in two lines; `top` is where the next row or heading starts.
  let top = 0;
  const geometryGroups = drafts.map((group): InvolvementGroupGeometry => {
    const heading = group.heading && {
      name: group.heading,
      label: fitText(group.heading, width, fontSize, 'bold'),
      baseline: baselineOf(top + rowHeight / 2),
    };
    if (heading) top += rowHeight;
    return {
      ...(heading ? { heading } : {}),
      rows: group.rows.map((row): InvolvementRowGeometry => {
        const lines = wrapText(row.short, labelWidth - 2 * GAP, fontSize);
        const height = Math.max(rowHeight, lines.length * lineHeight + 6);
        const y = round(top + height / 2);
        top += height;
        const own = dots.filter((dot) => dot.row === row).map(({ row: _row, ...dot }) => dot);
        return {
          key: row.key,
          name: row.name,
          lines,
          y,
          baselines: lines.map((_, index) => baselineOf(y + (index - (lines.length - 1) / 2) * lineHeight)),
          dots: own,
          counts: columns.map((column) => own.find((dot) => dot.key === column.key)?.count ?? 0),
        };
      }),
    };
  });

  return {
    dimensions: {
      width,
      height: round(headerHeight + top + 4),
      marginTop: headerHeight,
      marginRight: GAP,
      marginBottom: 4,
      marginLeft: labelWidth,
    },
    fontSize,
    rowHeight,
    ...(months === undefined ? {} : { periodLength: months }),
    columns: columns.map(({ period: _period, ...column }) => column),
    headerBaselines: [round(-headerHeight + fontSize * 1.1), round(-headerHeight + fontSize * 2.3)],
    groups: geometryGroups,
    labelX: -GAP,
  };
}

/** The chart in words, for its `<desc>`: each camp's companies with how many events each took part in. */
export function describeInvolvementChart(geometry: InvolvementChartGeometry, locale: Locale): string {
  const summary = geometry.groups
    .map((group) => {
      const rows = group.rows.map((row) => `${row.name} (${row.counts.reduce((sum, count) => sum + count, 0)})`);
      return group.heading ? `${group.heading.name}: ${rows.join(', ')}` : rows.join(', ');
    })
    .join('. ');
  return dictionary(locale).charts.involvement.description(summary);
}

/** A column with the days it covers (an event: its own day). */
type PlacedColumn = EventColumn & { period: [CalendarDate, CalendarDate] };

/**
 * The columns: one per event while there are few enough and their headers fit, else one per
 * period with events, the shortest period whose headers fit.
 */
function layoutColumns(
  involvements: readonly Involvement[],
  plotWidth: number,
  fontSize: number,
  locale: Locale,
): { columns: PlacedColumn[]; periodLength?: PeriodLength } {
  const events = [...new Map(involvements.map((event) => [event.articleId, event])).values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId),
  );
  const fits = (headers: readonly string[], count: number) =>
    Math.max(0, ...headers.map((header) => estimateTextWidth(header, fontSize))) + HEADER_GAP * fontSize <=
    plotWidth / Math.max(count, 1);
  const yearHeader = (date: CalendarDate, short: boolean) =>
    short ? `’${String(yearOf(date)).slice(-2).padStart(2, '0')}` : String(yearOf(date));
  if (events.length <= MAX_EVENT_COLUMNS) {
    const headersOf = (short: boolean) =>
      events.map((event): [string, string] => [formatMonth(event.date, locale), yearHeader(event.date, short)]);
    const full = headersOf(false);
    const headers = fits(full.flat(), events.length) ? full : headersOf(true);
    if (fits(headers.flat(), events.length)) {
      return {
        columns: placeColumns(
          events.map((event, index) => ({
            key: event.articleId,
            entry: event.articleId,
            label: formatDate(event.date, locale),
            header: headers[index]!,
            period: [event.date, event.date],
            entries: [event.articleId],
          })),
          plotWidth,
        ),
      };
    }
  }
  const first = yearOf(events[0]?.date ?? '2000-01-01');
  const last = yearOf(events.at(-1)?.date ?? '2000-01-01');
  const narrowest = estimateTextWidth('–’00', fontSize) + HEADER_GAP * fontSize;
  const months = Math.max(12, periodLength(first, last, Math.floor(plotWidth / narrowest)));
  const byPeriod = new Map<string, { period: Period; entries: string[] }>();
  for (const event of events) {
    const period = periodOf(event.date, months, locale);
    const column = byPeriod.get(period.start) ?? { period, entries: [] };
    column.entries.push(event.articleId);
    byPeriod.set(period.start, column);
  }
  const periods = [...byPeriod.values()];
  // A run of years: its first year, and its last under it.
  const headersOf = (short: boolean) =>
    periods.map(({ period }): [string, string] => [
      yearHeader(period.start, short),
      months === 12 ? '' : `–${yearHeader(period.end, short)}`,
    ]);
  const full = headersOf(false);
  const headers = fits(full.flat(), periods.length) ? full : headersOf(true);
  return {
    periodLength: months,
    columns: placeColumns(
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

/** Columns spread evenly across the plot, each with its target. */
function placeColumns(
  drafts: readonly (Omit<PlacedColumn, 'x' | 'target'> & { entries: string[] })[],
  plotWidth: number,
): PlacedColumn[] {
  const step = plotWidth / Math.max(drafts.length, 1);
  const targets = markTargets(drafts);
  return drafts.map(({ entries: _entries, ...draft }, index) => ({
    ...draft,
    target: targets[index]!,
    x: round(step * (index + 0.5)),
  }));
}

/**
 * Geometry of "Who was involved when": companies as rows grouped by alliance, events as columns in
 * date order, and a dot where a company took part. With more events than fit as columns, a column
 * stands for a period (a year, or several) and its dot, sized by count, for the company's events
 * then; with more companies than rows, the most involved keep theirs and the rest share one.
 */
import { group } from 'd3-array';
import type { InvolvementGroup } from '../chartRecords.ts';
import { formatDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { round, type Dimensions } from './dimensions.ts';
import { layoutColumns, type EventColumn } from './involvementColumns.ts';
import { labelWidthOf, ROW_LABEL_GAP, rowDrafts, selectInvolvementRows, type RowDraft } from './involvementRows.ts';
import type { MarkTarget } from './markup.ts';
import { markTargets, type PeriodLength } from './periods.ts';
import { CENTRED_BASELINE, fitText, wrapText } from './text.ts';
import type { ChartVariant } from './variants.ts';

/** The column headers' height, and their two lines' baselines from its top, in ems. */
const HEADER = { height: 3, baselines: [1.1, 2.3] } as const;

/** The distance between the lines of a row's label, in ems, and the room a row keeps above and below them. */
const ROW_LINE_HEIGHT = 1.2;
const ROW_PADDING = 6;

/** Room below the last row. */
const MARGIN_BOTTOM = 4;

/** The radius of an event's dot; a period's dot grows with its count from the smallest to nearly the row's height. */
const EVENT_DOT_RADIUS = 5;
const PERIOD_DOT = { smallest: 4, roomInRow: 6 } as const;

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
  const drafts = rowDrafts(selection, locale);
  const rows = drafts.flatMap((group) => group.rows);
  const labelWidth = labelWidthOf(rows, variant);
  const plotWidth = width - labelWidth - ROW_LABEL_GAP;
  // The columns are planned for the narrowest plot of any edition, so that every edition draws the same marks.
  const widestLabels = Math.max(
    ...LOCALES.map((edition) =>
      labelWidthOf(
        rowDrafts(selection, edition).flatMap((group) => group.rows),
        variant,
      ),
    ),
  );
  const plannedWidth = width - widestLabels - ROW_LABEL_GAP;
  const {
    columns,
    periodLength: months,
    columnOf,
  } = layoutColumns({
    events: rows.flatMap((row) => row.events),
    plotWidth,
    plannedWidth,
    fontSize,
    locale,
  });

  // One cell per row and column where the company took part.
  const cells = rows.flatMap((row) =>
    [...group(row.events, columnOf)].map(([column, events]) => ({ row, column, events })),
  );
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
    radius:
      months === undefined
        ? EVENT_DOT_RADIUS
        : round(PERIOD_DOT.smallest + (rowHeight / 2 - PERIOD_DOT.roomInRow) * Math.sqrt(events.length / maxCount)),
    name: `${row.name}, ${column.label}`,
    description:
      events.length === 1 && events[0]
        ? t.inEvent(row.name, events[0].title[locale], formatDate(events[0].date, locale, 'short'))
        : t.inEvents(row.name, events.length, column.label),
  }));

  const headerHeight = fontSize * HEADER.height;
  const lineHeight = fontSize * ROW_LINE_HEIGHT;
  const baselineOf = (y: number) => round(y + CENTRED_BASELINE * fontSize);
  const dotsOf = group(dots, (dot) => dot.row);
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
        const lines = wrapText(row.short, labelWidth - 2 * ROW_LABEL_GAP, fontSize);
        const height = Math.max(rowHeight, lines.length * lineHeight + ROW_PADDING);
        const y = round(top + height / 2);
        top += height;
        const own = (dotsOf.get(row) ?? []).map(({ row: _row, ...dot }) => dot);
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
      height: round(headerHeight + top + MARGIN_BOTTOM),
      marginTop: headerHeight,
      marginRight: ROW_LABEL_GAP,
      marginBottom: MARGIN_BOTTOM,
      marginLeft: labelWidth,
    },
    fontSize,
    rowHeight,
    ...(months === undefined ? {} : { periodLength: months }),
    columns: columns.map(({ period: _period, ...column }) => column),
    headerBaselines: [
      round(-headerHeight + fontSize * HEADER.baselines[0]),
      round(-headerHeight + fontSize * HEADER.baselines[1]),
    ],
    groups: geometryGroups,
    labelX: -ROW_LABEL_GAP,
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

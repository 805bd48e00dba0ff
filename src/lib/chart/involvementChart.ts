/**
 * Geometry of "Who was involved when": companies as rows grouped by alliance, events as columns in
 * date order, and a dot where a company took part. With more events than fit as columns, a column
 * stands for a year and its dot counts the company's events that year.
 */
import type { InvolvementGroup } from '../dataset.ts';
import { formatDate, formatMonth, yearOf, type CalendarDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { innerWidth, round, type Dimensions } from './dimensions.ts';
import { estimateTextWidth } from './text.ts';

/** Up to this many events each get a column of their own; more are grouped by year. */
export const MAX_EVENT_COLUMNS = 12;

/** One column: an event, or a year of events. */
export interface EventColumn {
  /** Article slug, or `year-YYYY` for a year column: also the timeline anchor it links to. */
  key: string;
  /** The articles the column stands for. */
  articleIds: string[];
  /** The column's first date, and its full label for tables ("15 March 2017" or "2020"). */
  date: CalendarDate;
  label: string;
  x: number;
  /** Two-line header: "Mar", "2017" for an event; "2020", "" for a year. */
  header: [string, string];
}

/** A company row with its dots. */
export interface InvolvementRowGeometry {
  slug: string;
  name: string;
  y: number;
  dots: { key: string; articleIds: string[]; count: number; x: number; description: string }[];
}

/** A group heading (the alliance) and where it goes. */
export interface GroupHeading {
  label: string;
  y: number;
}

/** Everything the drawing and its table need. */
export interface InvolvementChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  rowHeight: number;
  /** Whether columns are years rather than single events. */
  byYear: boolean;
  columns: EventColumn[];
  headings: GroupHeading[];
  rows: InvolvementRowGeometry[];
}

/** Lays out the groups; the SVG's height follows from the number of rows. */
export function layoutInvolvementChart(
  groups: readonly InvolvementGroup[],
  options: { width: number; labelWidth: number; fontSize: number; rowHeight: number; locale: Locale },
): InvolvementChartGeometry {
  const { width, labelWidth, fontSize, rowHeight, locale } = options;
  const t = dictionary(locale).charts.involvement;
  const tooWide = groups
    .flatMap((group) => group.rows)
    .find((row) => estimateTextWidth(row.company.short[locale], fontSize) > labelWidth - 8);
  if (tooWide) {
    throw new Error(
      `The name "${tooWide.company.short[locale]}" is too long for the chart's row labels: give content/companies/${tooWide.company.slug}.yaml a shortName.`,
    );
  }

  const events = new Map<string, { articleId: string; date: CalendarDate }>();
  for (const group of groups)
    for (const row of group.rows) for (const event of row.events) events.set(event.articleId, event);
  const ordered = [...events.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.articleId.localeCompare(b.articleId),
  );
  const byYear = ordered.length > MAX_EVENT_COLUMNS;
  const columnKey = (event: { articleId: string; date: CalendarDate }) =>
    byYear ? `year-${yearOf(event.date)}` : event.articleId;

  const headerHeight = fontSize * 3;
  const base: Dimensions = {
    width,
    height: 0,
    marginTop: headerHeight,
    marginRight: 8,
    marginBottom: 4,
    marginLeft: labelWidth,
  };
  const drafts = new Map<string, Omit<EventColumn, 'x'>>();
  for (const event of ordered) {
    const key = columnKey(event);
    const existing = drafts.get(key);
    if (existing) existing.articleIds.push(event.articleId);
    else drafts.set(key, { key, articleIds: [event.articleId], date: event.date, label: '', header: ['', ''] });
  }
  const step = innerWidth(base) / Math.max(drafts.size, 1);
  for (const column of drafts.values())
    Object.assign(column, columnLabels(column.date, byYear, step, fontSize, locale));
  const columns = [...drafts.values()].map((column, index) => ({ ...column, x: round(step * (index + 0.5)) }));
  const columnOf = new Map(columns.map((column) => [column.key, column]));

  const headings: GroupHeading[] = [];
  const rows: InvolvementRowGeometry[] = [];
  let line = 0;
  for (const group of groups) {
    headings.push({ label: group.alliance?.[locale] ?? t.others, y: round((line + 0.5) * rowHeight) });
    line += 1;
    for (const row of group.rows) {
      const cells = new Map<string, { articleIds: string[]; titles: string[] }>();
      for (const event of row.events) {
        const cell = cells.get(columnKey(event)) ?? { articleIds: [], titles: [] };
        cell.articleIds.push(event.articleId);
        cell.titles.push(event.title[locale]);
        cells.set(columnKey(event), cell);
      }
      rows.push({
        slug: row.company.slug,
        name: row.company.short[locale],
        y: round((line + 0.5) * rowHeight),
        dots: [...cells].map(([key, cell]) => {
          const column = columnOf.get(key)!;
          const company = row.company.name[locale];
          const description =
            cell.articleIds.length === 1
              ? t.inEvent(
                  company,
                  cell.titles[0] ?? '',
                  byYear ? column.label : formatDate(column.date, locale, 'short'),
                )
              : t.inEvents(company, cell.articleIds.length, column.label);
          return { key, articleIds: cell.articleIds, count: cell.articleIds.length, x: column.x, description };
        }),
      });
      line += 1;
    }
  }
  const dimensions = { ...base, height: round(headerHeight + line * rowHeight + base.marginBottom) };
  return { dimensions, fontSize, rowHeight, byYear, columns, headings, rows };
}

/** Full and header labels; a year header shortens to ’17 where the column is too narrow for 2017. */
function columnLabels(
  date: CalendarDate,
  byYear: boolean,
  step: number,
  fontSize: number,
  locale: Locale,
): Pick<EventColumn, 'label' | 'header'> {
  const year = String(yearOf(date));
  if (byYear) {
    const header = estimateTextWidth(year, fontSize) + 4 <= step ? year : `’${year.slice(2)}`;
    return { label: year, header: [header, ''] };
  }
  return { label: formatDate(date, locale), header: [formatMonth(date, locale), year] };
}

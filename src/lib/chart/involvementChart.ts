/**
 * Geometry of "Who was involved when": companies as rows grouped by alliance, the events as
 * columns in date order, and a dot where a company took part in an event.
 */
import type { InvolvementGroup } from '../dataset.ts';
import { formatDateShortEn, type CalendarDate } from '../dates.ts';
import { innerWidth, round, type Dimensions } from './dimensions.ts';
import { estimateTextWidth } from './text.ts';

/** One event column: its centre and its two-line date header ("Mar", "2017"). */
export interface EventColumn {
  articleId: string;
  date: CalendarDate;
  title: string;
  x: number;
  header: [string, string];
}

/** A company row with its dots. */
export interface InvolvementRowGeometry {
  slug: string;
  name: string;
  y: number;
  dots: { articleId: string; x: number; description: string }[];
}

/** A group heading (the alliance) and where it goes. */
export interface GroupHeading {
  label: string;
  y: number;
}

/** Everything the drawing needs. */
export interface InvolvementChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  rowHeight: number;
  columns: EventColumn[];
  headings: GroupHeading[];
  rows: InvolvementRowGeometry[];
}

/** The label of companies with no alliance. */
export const NO_ALLIANCE = 'Others';

/** Lays out the groups; the SVG's height follows from the number of rows. */
export function layoutInvolvementChart(
  groups: readonly InvolvementGroup[],
  options: { width: number; labelWidth: number; fontSize: number; rowHeight: number },
): InvolvementChartGeometry {
  const { width, labelWidth, fontSize, rowHeight } = options;
  const events = new Map<string, { articleId: string; date: CalendarDate; title: string }>();
  for (const group of groups) for (const row of group.rows) for (const event of row.events) events.set(event.articleId, event);
  const ordered = [...events.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.articleId.localeCompare(b.articleId)));

  const headerHeight = fontSize * 3;
  const rowCount = groups.reduce((sum, group) => sum + group.rows.length + 1, 0);
  const base: Dimensions = { width, height: 0, marginTop: headerHeight, marginRight: 8, marginBottom: 4, marginLeft: labelWidth };
  const step = innerWidth(base) / Math.max(ordered.length, 1);
  const columns = ordered.map((event, index) => {
    const [, month = '', year = ''] = formatDateShortEn(event.date).split(' ');
    return { ...event, x: round(step * (index + 0.5)), header: [month, year] as [string, string] };
  });
  const columnOf = new Map(columns.map((column) => [column.articleId, column]));

  const tooWide = groups.flatMap((group) => group.rows).find((row) => estimateTextWidth(row.company.short, fontSize) > labelWidth - 8);
  if (tooWide) {
    throw new Error(`The name "${tooWide.company.short}" is too long for the chart's row labels: give content/companies/${tooWide.company.slug}.yaml a shortName.`);
  }
  const headings: GroupHeading[] = [];
  const rows: InvolvementRowGeometry[] = [];
  let line = 0;
  for (const group of groups) {
    headings.push({ label: group.alliance ?? NO_ALLIANCE, y: round((line + 0.5) * rowHeight) });
    line += 1;
    for (const row of group.rows) {
      rows.push({
        slug: row.company.slug,
        name: row.company.short,
        y: round((line + 0.5) * rowHeight),
        dots: row.events.map((event) => ({
          articleId: event.articleId,
          x: columnOf.get(event.articleId)?.x ?? 0,
          description: `${row.company.name} in “${event.title}”, ${formatDateShortEn(event.date)}`,
        })),
      });
      line += 1;
    }
  }
  const dimensions = { ...base, height: round(headerHeight + rowCount * rowHeight + base.marginBottom) };
  return { dimensions, fontSize, rowHeight, columns, headings, rows };
}

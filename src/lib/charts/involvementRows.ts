/**
 * The rows of "Who was involved when": a row for each company while they fit, else for the most
 * involved and one shared by the rest; their names in an edition's words, and the room the names take.
 */
import type { Involvement, InvolvementGroup } from '../chartRecords.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { distinctEvents } from './involvementColumns.ts';
import { estimateTextWidth } from './text.ts';
import type { ChartVariant } from './variants.ts';

/** Up to this many companies each get a row; with more, the most involved keep theirs and the rest share the last. */
export const MAX_COMPANY_ROWS = 30;

/** The share of the width row labels may take at most; longer names are shortened, in full in the table. */
const MAX_LABEL_SHARE = 0.4;

/** Space between row labels and the plot, and between the labels and the drawing's edge. */
export const ROW_LABEL_GAP = 8;

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
      events: distinctEvents([...events.values()]),
    },
  };
}

/** A row as the layout needs it: a key, its name, its company and its events. */
export interface RowDraft {
  key: string;
  name: string;
  short: string;
  /** The company's slug; none for the shared row. */
  company?: string;
  events: Involvement[];
}

/** The rows of the selected companies in an edition's words, by group, under their headings. */
export function rowDrafts(selection: InvolvementSelection, locale: Locale): { heading?: string; rows: RowDraft[] }[] {
  const t = dictionary(locale).charts.involvement;
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
  return drafts;
}

/** The row labels' room: what the longest name needs, up to a share of the width. */
export function labelWidthOf(rows: readonly RowDraft[], { width, fontSize }: ChartVariant): number {
  const widest = Math.max(0, ...rows.map((row) => estimateTextWidth(row.short, fontSize)));
  return Math.ceil(Math.min(widest + 2 * ROW_LABEL_GAP, width * MAX_LABEL_SHARE));
}

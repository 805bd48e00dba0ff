import { describe, expect, it } from 'vitest';
import { layoutInvolvementChart } from '../../../src/lib/charts/involvementChart.ts';
import { MAX_COMPANY_ROWS, selectInvolvementRows } from '../../../src/lib/charts/involvementRows.ts';
import { VARIANTS } from '../../../src/lib/charts/variants.ts';
import type { InvolvementGroup, InvolvementRow } from '../../../src/lib/chartRecords.ts';

const compact = (groups: readonly InvolvementGroup[], locale: 'en' | 'ko' = 'en') =>
  layoutInvolvementChart(groups, { variant: VARIANTS.compact, locale });
const rows = (g: ReturnType<typeof compact>) => g.groups.flatMap((group) => group.rows);

/** A company row with `count` events, one a month from January 2017. */
const row = (slug: string, name: string, count: number): InvolvementRow => ({
  company: { slug, name: { en: name, ko: name }, short: { en: name, ko: name } },
  events: Array.from({ length: count }, (_, index) => ({
    articleId: `e${index}`,
    date: `${2017 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
    title: { en: `E${index}`, ko: `E${index}` },
  })),
});

describe('selectInvolvementRows', () => {
  const companies = (count: number): InvolvementGroup[] => [
    { rows: Array.from({ length: count }, (_, index) => row(`c${index}`, `C${index}`, 1 + (index % 5))) },
  ];

  it(`keeps every company up to ${MAX_COMPANY_ROWS}`, () => {
    expect(selectInvolvementRows(companies(MAX_COMPANY_ROWS))).toEqual({ groups: companies(MAX_COMPANY_ROWS) });
  });

  it('past that, keeps the most involved and puts the rest in one row', () => {
    const selection = selectInvolvementRows(companies(MAX_COMPANY_ROWS + 10));
    const kept = selection.groups.flatMap((group) => group.rows);
    expect(kept).toHaveLength(MAX_COMPANY_ROWS - 1);
    const dropped = companies(MAX_COMPANY_ROWS + 10)[0]!.rows.filter(
      (r) => !kept.some((k) => k.company.slug === r.company.slug),
    );
    expect(Math.min(...kept.map((r) => r.events.length))).toBeGreaterThanOrEqual(
      Math.max(...dropped.map((r) => r.events.length)),
    );
    expect(selection.others?.companies).toBe(11);
    const g = compact(companies(MAX_COMPANY_ROWS + 10));
    expect(rows(g)).toHaveLength(MAX_COMPANY_ROWS);
    expect(rows(g).at(-1)!.name).toBe('11 other companies');
    expect(rows(compact(companies(MAX_COMPANY_ROWS + 10), 'ko')).at(-1)!.name).toBe('기타 기업 11곳');
  });
});

import { describe, expect, it } from 'vitest';
import { describeInvolvementChart, layoutInvolvementChart } from '../../../src/lib/charts/involvementChart.ts';
import { MAX_EVENT_COLUMNS } from '../../../src/lib/charts/involvementColumns.ts';
import { VARIANTS } from '../../../src/lib/charts/variants.ts';
import type { InvolvementGroup, InvolvementRow } from '../../../src/lib/chartRecords.ts';
import { drawingBox, drawnInvolvement, outside, overlapping } from './drawn.ts';
import { GROUPS } from './fixtures.ts';

const compact = (groups: readonly InvolvementGroup[], locale: 'en' | 'ko' = 'en') =>
  layoutInvolvementChart(groups, { variant: VARIANTS.compact, locale });
const rows = (g: ReturnType<typeof compact>) => g.groups.flatMap((group) => group.rows);

/** A company row with `count` events, one a month from January 2017. */
const row = (slug: string, name: string, count: number, short = name): InvolvementRow => ({
  company: { slug, name: { en: name, ko: name }, short: { en: short, ko: short } },
  events: Array.from({ length: count }, (_, index) => ({
    articleId: `e${index}`,
    date: `${2017 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
    title: { en: `E${index}`, ko: `E${index}` },
  })),
});

describe('layoutInvolvementChart', () => {
  const geometry = compact(GROUPS);

  it('puts events in date order as evenly spaced columns', () => {
    expect(geometry.periodLength).toBeUndefined();
    expect(geometry.columns.map((c) => [c.key, c.label, c.header, c.entry])).toEqual([
      ['a', '15 March 2017', ['Mar', '2017'], 'a'],
      ['b', '23 March 2021', ['Mar', '2021'], 'b'],
      ['c', '28 February 2024', ['Feb', '2024'], 'c'],
    ]);
    const [a, b, c] = geometry.columns.map((column) => column.x);
    expect(b! - a!).toBeCloseTo(c! - b!, 2);
  });

  it('lays out a heading per group, then its rows, with a dot per appearance', () => {
    expect(geometry.groups.map((group) => group.heading?.label)).toEqual(['KT–LG', 'Others']);
    expect(rows(geometry).map((r) => [r.lines, r.dots.map((d) => d.key)])).toEqual([
      [['KT'], ['a', 'b']],
      [['LG Uplus'], ['a']],
      [['Genie Music'], ['c']],
    ]);
    const kt = rows(geometry)[0]!.dots[0]!;
    expect([kt.name, kt.description, kt.entry, kt.target]).toEqual([
      'KT, 15 March 2017',
      'KT in “A”, 15 Mar 2017',
      'a',
      { entries: ['a'] },
    ]);
    const { rowHeight } = VARIANTS.compact.involvement;
    expect(geometry.dimensions.height).toBe(geometry.dimensions.marginTop + 5 * rowHeight + 4);
  });

  it('describes itself in words: each camp’s companies and their events', () => {
    expect(describeInvolvementChart(geometry, 'en')).toBe(
      'Companies by camp, with the number of events each took part in. KT–LG: KT (2), LG Uplus (1). Others: Genie Music (1).',
    );
  });

  it('groups events by period when there are too many for a column each', () => {
    const crowded = compact([{ rows: [row('kt', 'KT', MAX_EVENT_COLUMNS + 1)] }]);
    expect(crowded.periodLength).toBe(12);
    expect(crowded.columns.map((c) => [c.label, c.header[0], c.target])).toEqual([
      ['2017', '2017', { entries: Array.from({ length: 12 }, (_, i) => `e${i}`) }],
      ['2018', '2018', { entries: ['e12'] }],
    ]);
    const dots = rows(crowded)[0]!.dots;
    expect(dots.map((d) => [d.key, d.count, d.description])).toEqual([
      ['2017-01-01', 12, 'KT in 12 events of 2017'],
      ['2018-01-01', 1, 'KT in “E12”, 1 Jan 2018'],
    ]);
    expect(dots[0]!.radius).toBeGreaterThan(dots[1]!.radius);
    expect(rows(crowded)[0]!.counts).toEqual([12, 1]);
  });

  it('runs periods over several years when single years do not fit', () => {
    const decades = compact([{ rows: [row('kt', 'KT', 12 * 40)] }]);
    expect(decades.periodLength! / 12).toBeGreaterThan(1);
    expect(decades.columns[0]!.header[1]).toMatch(/^–/);
    expect(overlapping(drawnInvolvement(decades).filter((item) => item.kind === 'text'))).toEqual([]);
  });

  it('gives long names a second line, cuts what still does not fit, and keeps full names for the table and dots', () => {
    const long = 'Korea Electronics and Telecommunications Research Institute of Daejeon';
    const g = compact([{ rows: [row('etri', long, 1), row('kt', 'KT', 1)] }]);
    const [first] = rows(g);
    expect(first!.lines).toHaveLength(2);
    expect(first!.lines[1]).toMatch(/…$/);
    expect(first!.name).toBe(long);
    expect(first!.dots[0]!.name).toBe(`${long}, 1 January 2017`);
    // Korean without spaces breaks in the middle of the word.
    const korean = compact([{ rows: [row('etri', '한국전자통신연구원', 1)] }], 'ko');
    expect(rows(korean)[0]!.lines).toEqual(['한국전자통', '신연구원']);
  });

  it('draws the same columns and dots in both editions, however many events there are, days apart', () => {
    // Names of very different widths in each edition: the row labels leave each a plot of its own width.
    const company = (slug: string, en: string, ko: string) => ({ slug, name: { en, ko }, short: { en, ko } });
    const event = (index: number) => ({
      articleId: `e${index}`,
      date: `2024-06-${String(1 + 2 * index).padStart(2, '0')}`,
      title: { en: `E${index}`, ko: `E${index}` },
    });
    const older = { articleId: 'old', date: '2017-03-15', title: { en: 'Old', ko: 'Old' } };
    for (let count = 1; count <= MAX_EVENT_COLUMNS + 2; count += 1) {
      const events = [older, ...Array.from({ length: count }, (_, index) => event(index))];
      const groups: InvolvementGroup[] = [
        {
          rows: [
            { company: company('kt', 'KT', '케이티'), events },
            { company: company('etri', 'ETRI', '한국전자통신연구원'), events: events.slice(0, 2) },
          ],
        },
      ];
      for (const variant of Object.values(VARIANTS)) {
        const marks = (locale: 'en' | 'ko') => {
          const g = layoutInvolvementChart(groups, { variant, locale });
          return [g.periodLength, g.columns.map((c) => c.target), rows(g).map((r) => r.dots.map((d) => d.target))];
        };
        expect(marks('ko'), `${count} events, ${variant.name}`).toEqual(marks('en'));
      }
    }
  });

  it('keeps every mark and label inside the drawing and apart, in both editions', () => {
    for (const locale of ['en', 'ko'] as const) {
      for (const variant of Object.values(VARIANTS)) {
        const g = layoutInvolvementChart(GROUPS, { variant, locale });
        const drawn = drawnInvolvement(g);
        expect(outside(drawn, drawingBox(g.dimensions))).toEqual([]);
        expect(overlapping(drawn.filter((item) => item.kind === 'text'))).toEqual([]);
      }
    }
  });
});

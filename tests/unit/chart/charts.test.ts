import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/chart/boxes.ts';
import { innerHeight, innerWidth, round } from '../../../src/lib/chart/dimensions.ts';
import {
  describeInvestment,
  describeInvestmentsChart,
  layoutInvestmentsChart,
} from '../../../src/lib/chart/investmentsChart.ts';
import { layoutInvolvementChart, MAX_EVENT_COLUMNS } from '../../../src/lib/chart/involvementChart.ts';
import { layoutOwnershipChart } from '../../../src/lib/chart/ownershipChart.ts';
import { estimateTextWidth } from '../../../src/lib/chart/text.ts';
import { xOfDate, yearScale, yearTicks } from '../../../src/lib/chart/timeAxis.ts';
import { GROUPS, OWNERSHIP, RECORDS } from './fixtures.ts';

const dimensions = { width: 340, height: 300, marginTop: 8, marginRight: 8, marginBottom: 26, marginLeft: 48 };
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('dimensions and text', () => {
  it('computes the plot area and rounds to 3 decimals', () => {
    expect(innerWidth(dimensions)).toBe(284);
    expect(innerHeight(dimensions)).toBe(266);
    expect(round(1 / 3)).toBe(0.333);
  });

  it('estimates Hangul wider than Latin text', () => {
    expect(estimateTextWidth('KT', 10)).toBe(15.2);
    expect(estimateTextWidth('il', 10)).toBeCloseTo(7.6, 6);
    expect(estimateTextWidth('지니', 10)).toBe(20);
  });
});

describe('time axis', () => {
  it('spans whole years and places dates by UTC day', () => {
    const scale = yearScale(2017, 2024, 800);
    expect(xOfDate(scale, '2017-01-01')).toBe(0);
    expect(xOfDate(scale, '2025-01-01')).toBe(800);
    const ticks = yearTicks(scale);
    expect(ticks.map((t) => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks[1]?.x).toBe(round((365 / 2922) * 800));
    expect(yearTicks(scale, 2).map((t) => t.label)).toEqual(['2017', '2019', '2021', '2023']);
  });
});

describe('layoutInvestmentsChart', () => {
  const geometry = layoutInvestmentsChart(RECORDS, { dimensions, years: [2017, 2024], fontSize: 11, locale: 'en' });

  it('draws one mark per investment, placed by date and by amount', () => {
    expect(geometry.marks.map((m) => m.record.id)).toEqual(['a-1', 'b-1', 'b-2']);
    const [stake, pledge, plan] = geometry.marks;
    expect(stake!.x).toBeLessThan(pledge!.x);
    expect(pledge!.x).toBe(plan!.x);
    expect(plan!.y).toBeLessThan(pledge!.y);
    expect(plan!.radius).toBeGreaterThan(stake!.radius);
  });

  it('has gridlines at powers of ten and a tick per year', () => {
    expect(geometry.yTicks.map((t) => t.label)).toEqual(['$10m', '$100m', '$1bn']);
    expect(geometry.yTicks.at(-1)?.y).toBe(0);
    expect(geometry.xTicks).toHaveLength(8);
  });

  it('labels each mark investor → target with its amount, converted ones starred', () => {
    expect(geometry.marks.map((m) => m.lines)).toEqual([
      ['LG Uplus → Genie Music', '₩26.7bn (≈ $23m)'],
      ['KT → Original content', '₩50bn (≈ $44.4m*)'],
      ['KT → Content by 2023', '₩400bn (≈ $353m)'],
    ]);
  });

  it('is rounded to 3 decimals and deterministic', () => {
    for (const mark of geometry.marks) {
      for (const value of [mark.x, mark.y, mark.radius, mark.label?.x ?? 0, mark.label?.y ?? 0])
        expect(decimals(value)).toBeLessThanOrEqual(3);
    }
    expect(layoutInvestmentsChart(RECORDS, { dimensions, years: [2017, 2024], fontSize: 11, locale: 'en' })).toEqual(
      geometry,
    );
    // 2017-03-15 is day 73 of 2922 across 284 units; $23m is 0.181 of the way up two decades of 266 units.
    expect(geometry.marks[0]).toMatchObject({
      x: 7.095,
      y: 217.89,
      radius: 5,
      path: 'M5,0A5,5,0,1,1,-5,0A5,5,0,1,1,5,0',
    });
  });

  it('grows taller instead of overlapping when labels crowd', () => {
    const crowd = [20e6, 400e6].map((value, index) => ({
      ...RECORDS[2]!,
      id: `c-${index}`,
      usd: { value, converted: false },
    }));
    const grown = layoutInvestmentsChart(crowd, {
      dimensions: { ...dimensions, height: 80 },
      years: [2017, 2024],
      fontSize: 11,
      locale: 'en',
    });
    expect(grown.dimensions.height).toBeGreaterThan(80);
    expect(grown.marks.every((mark) => mark.label)).toBe(true);
  });

  it('labels the largest investments first when too crowded to label all', () => {
    const crowd = Array.from({ length: 60 }, (_, index) => ({
      ...RECORDS[2]!,
      id: `c-${index}`,
      usd: { value: 20e6 + index * 5e6, converted: false },
    }));
    const geometry = layoutInvestmentsChart(crowd, { dimensions, years: [2017, 2024], fontSize: 11, locale: 'en' });
    const labelled = geometry.marks.filter((mark) => mark.label);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(60);
    expect(geometry.marks.find((mark) => mark.record.id === 'c-59')?.label).toBeDefined();
    for (const [i, a] of labelled.entries())
      for (const b of labelled.slice(i + 1)) expect(overlaps(a.label!, b.label!)).toBe(false);
  });

  it('widens a left margin too narrow for the value axis instead of clipping its labels', () => {
    const narrow = layoutInvestmentsChart(RECORDS, {
      dimensions: { ...dimensions, marginLeft: 20 },
      years: [2017, 2024],
      fontSize: 11,
      locale: 'en',
    });
    expect(narrow.dimensions.marginLeft).toBeGreaterThan(40);
    expect(narrow.dimensions.width).toBe(dimensions.width);
  });

  it('writes each label from the side it sits on, inside an outline that also holds the symbol', () => {
    for (const mark of geometry.marks) {
      const { label, text, outline } = mark;
      expect(label && text).toBeTruthy();
      expect(text!.anchor).toBe({ right: 'start', left: 'end', above: 'middle', below: 'middle' }[label!.side]);
      expect(outline.x).toBeLessThanOrEqual(Math.min(label!.x, mark.x - mark.radius));
      expect(outline.x + outline.width).toBeGreaterThanOrEqual(Math.max(label!.x + label!.width, mark.x + mark.radius));
    }
  });

  it('describes marks and the chart in words', () => {
    expect(describeInvestment(RECORDS[0]!, 'en')).toBe(
      '15 March 2017: LG Uplus → Genie Music, 15% equity, ₩26.7 billion (≈ $23 million)',
    );
    expect(describeInvestmentsChart(RECORDS, [2017, 2024], 'en')).toMatch(
      /^3 investments and pledges between 2017 and 2024\. The largest: .*₩400 billion/,
    );
    expect(describeInvestmentsChart([], [2017, 2024], 'en')).toBe('No investments are reported between 2017 and 2024.');
  });
});

describe('layoutOwnershipChart', () => {
  const geometry = layoutOwnershipChart(OWNERSHIP, {
    dimensions: { width: 300, height: 100, marginTop: 0, marginRight: 0, marginBottom: 0, marginLeft: 0 },
    fontSize: 11,
    barHeight: 30,
    captions: ['Before', 'After'],
    locale: 'en',
  });

  it('gives each holder the same slot in both bars, in the order after the event', () => {
    expect(geometry.legend).toEqual([
      { name: 'KT', slot: 0, before: 49.99, after: 42.49 },
      { name: 'LG Uplus', slot: 1, before: 0, after: 15 },
      { name: 'Others', slot: 2, before: 50.01, after: 42.51 },
    ]);
    expect(geometry.bars[0].segments.map((s) => s.slot)).toEqual([0, 2]);
  });

  it('fills the width with segments in proportion, labelled where the label fits', () => {
    const after = geometry.bars[1].segments;
    expect(after.map((s) => s.width)).toEqual([127.47, 45, 127.53]);
    expect(after[1]!.x).toBe(127.47);
    expect(after.map((s) => s.label)).toEqual(['42.49%', '15%', '42.51%']);
    const narrow = layoutOwnershipChart(OWNERSHIP, {
      ...geometry,
      locale: 'en',
      captions: ['B', 'A'],
      dimensions: { ...geometry.dimensions, width: 100 },
    });
    expect(narrow.bars[1].segments[1]!.label).toBeUndefined();
  });
});

describe('layoutInvolvementChart', () => {
  const geometry = layoutInvolvementChart(GROUPS, {
    width: 340,
    labelWidth: 140,
    fontSize: 11,
    rowHeight: 22,
    locale: 'en',
  });

  it('puts events in date order as evenly spaced columns', () => {
    expect(geometry.byYear).toBe(false);
    expect(geometry.columns.map((c) => [c.key, c.label, c.header])).toEqual([
      ['a', '15 March 2017', ['Mar', '2017']],
      ['b', '23 March 2021', ['Mar', '2021']],
      ['c', '28 February 2024', ['Feb', '2024']],
    ]);
    expect(geometry.columns.map((c) => c.x)).toEqual([32, 96, 160]);
  });

  it('lays out a heading per group, then its rows, with a dot per appearance', () => {
    expect(geometry.headings).toEqual([
      { label: 'KT–LG', y: 11 },
      { label: 'Others', y: 77 },
    ]);
    expect(geometry.rows.map((r) => [r.name, r.y, r.dots.map((d) => d.x)])).toEqual([
      ['KT', 33, [32, 96]],
      ['LG Uplus', 55, [32]],
      ['Genie Music', 99, [160]],
    ]);
    expect(geometry.rows[0]?.dots[0]?.description).toBe('KT in “A”, 15 Mar 2017');
    expect(geometry.dimensions.height).toBe(33 + 5 * 22 + 4);
  });

  it('groups events by year when there are too many for a column each', () => {
    const many = Array.from({ length: MAX_EVENT_COLUMNS + 1 }, (_, index) => ({
      articleId: `e${index}`,
      date: `${2017 + (index % 3)}-0${1 + (index % 9)}-01`,
      title: { en: `E${index}`, ko: `E${index}` },
    }));
    const [kt] = GROUPS[0]!.rows;
    const crowded = layoutInvolvementChart([{ rows: [{ company: kt!.company, events: many }] }], {
      width: 340,
      labelWidth: 140,
      fontSize: 11,
      rowHeight: 22,
      locale: 'en',
    });
    expect(crowded.byYear).toBe(true);
    expect(crowded.columns.map((c) => [c.key, c.header[0], c.articleIds.length])).toEqual([
      ['year-2017', '2017', 5],
      ['year-2018', '2018', 4],
      ['year-2019', '2019', 4],
    ]);
    expect(crowded.rows[0]?.dots.map((d) => [d.key, d.count])).toEqual([
      ['year-2017', 5],
      ['year-2018', 4],
      ['year-2019', 4],
    ]);
    expect(crowded.rows[0]?.dots[0]?.description).toBe('KT in 5 events of 2017');
  });

  it('asks for a shortName when a row label would be clipped', () => {
    expect(() =>
      layoutInvolvementChart(GROUPS, { width: 340, labelWidth: 70, fontSize: 11, rowHeight: 22, locale: 'en' }),
    ).toThrow(/"Genie Music" is too long .* content\/companies\/genie-music\.yaml a shortName/);
  });
});

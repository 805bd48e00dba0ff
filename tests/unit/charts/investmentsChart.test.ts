import { describe, expect, it } from 'vitest';
import {
  binInvestments,
  binLength,
  MAX_BIN_PERIODS,
  MAX_INVESTMENT_MARKS,
} from '../../../src/lib/charts/investmentBins.ts';
import { investmentsChartLayout } from '../../../src/lib/charts/investmentsChart.ts';
import { symbolBox } from '../../../src/lib/charts/kindSymbols.ts';
import { describeInvestment, describeInvestmentsChart } from '../../../src/lib/charts/investmentText.ts';
import { MAX_LISTED_ENTRIES } from '../../../src/lib/charts/periods.ts';
import { AXIS_LIMITS } from '../../../src/lib/charts/valueAxis.ts';
import { VARIANTS } from '../../../src/lib/charts/variants.ts';
import type { InvestmentRecord } from '../../../src/lib/chartRecords.ts';
import { formatMoney } from '../../../src/lib/money.ts';
import { drawingBox, drawnInvestments, leaderCrossings, outside, overlapping } from './drawn.ts';
import { RECORDS } from './fixtures.ts';

const years: [number, number] = [2017, 2024];
const compact = (records: readonly InvestmentRecord[], locale: 'en' | 'ko' = 'en') =>
  investmentsChartLayout(records, { locale, years })(VARIANTS.compact);
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

/** `count` copies of one investment, a month apart from 2017 on, growing in size. */
const many = (count: number): InvestmentRecord[] =>
  Array.from({ length: count }, (_, index) => {
    const date = `${2017 + (Math.floor(index / 12) % 8)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    return {
      ...RECORDS[0]!,
      id: `m-${index}`,
      articleId: `m-${index}`,
      date,
      usd: { value: 1e6 * (index + 1), converted: false },
    };
  });

describe('investmentsChartLayout', () => {
  const geometry = compact(RECORDS);

  it('draws one mark per investment, placed by date and by amount', () => {
    expect(geometry.periodLength).toBeUndefined();
    expect(geometry.marks.map((m) => m.target)).toEqual([{ entries: ['a'] }, { entries: ['b'] }, { entries: ['b'] }]);
    const [stake, pledge, plan] = geometry.marks;
    expect(stake!.x).toBeLessThan(pledge!.x);
    expect(pledge!.x).toBe(plan!.x);
    expect(plan!.y).toBeLessThan(pledge!.y);
    expect(plan!.radius).toBeGreaterThan(stake!.radius);
    expect(stake!.entry).toBe('a');
  });

  it('has gridlines at powers of ten and year labels as often as they fit', () => {
    expect(geometry.yTicks.map((t) => t.label)).toEqual(['$10m', '$100m', '$1bn']);
    expect(compact(RECORDS, 'ko').yTicks.map((t) => t.label)).toEqual(['1,000만 달러', '1억 달러', '10억 달러']);
    const labels = geometry.xTicks.map((t) => t.label);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(8);
    const wide = investmentsChartLayout(RECORDS, { locale: 'en', years })(VARIANTS.wide);
    expect(wide.xTicks.map((t) => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('labels each mark investor → target with its amount, and names it by those words first', () => {
    const labelled = geometry.marks.filter((mark) => mark.text);
    expect(labelled.length).toBe(3);
    expect(geometry.marks.map((m) => m.lines.join(' '))).toEqual([
      'LG Uplus → Genie Music ₩26.7bn (≈ $23m)',
      'KT → Original content ₩50bn (≈ $44.4m*)',
      'KT → Content by 2023 ₩400bn (≈ $353m)',
    ]);
    expect(geometry.marks[0]!.name).toBe('LG Uplus → Genie Music, ₩26.7bn (≈ $23m), 15 Mar 2017');
    expect(geometry.marks[0]!.description).toBe(describeInvestment(RECORDS[0]!, 'en'));
  });

  it('keeps every mark and label inside the drawing and apart', () => {
    for (const locale of ['en', 'ko'] as const) {
      for (const variant of Object.values(VARIANTS)) {
        const g = investmentsChartLayout(RECORDS, { locale, years })(variant);
        const drawn = drawnInvestments(g);
        expect(outside(drawn, drawingBox(g.dimensions))).toEqual([]);
        const texts = drawn.filter((item) => item.kind === 'text');
        expect(overlapping(texts)).toEqual([]);
      }
    }
  });

  it('joins a label that had to move away to its symbol with a leader line, and only then', () => {
    const crowd = compact(many(12));
    const withLeader = crowd.marks.filter((mark) => mark.leader);
    expect(withLeader.length).toBeGreaterThan(0);
    for (const mark of crowd.marks.filter((m) => m.label)) {
      const { label } = mark;
      const symbol = symbolBox(mark);
      const apart = Math.hypot(
        Math.max(0, label!.x - (symbol.x + symbol.width), symbol.x - (label!.x + label!.width)),
        Math.max(0, label!.y - (symbol.y + symbol.height), symbol.y - (label!.y + label!.height)),
      );
      if (!mark.leader) {
        expect(apart).toBeLessThanOrEqual(12);
        continue;
      }
      expect(apart).toBeGreaterThan(12);
      const [x1, y1, x2, y2] = mark.leader;
      expect(Math.hypot(x1 - mark.x, y1 - mark.y)).toBeCloseTo(mark.radius, 2);
      expect(x2 >= label!.x - 0.001 && x2 <= label!.x + label!.width + 0.001).toBe(true);
      expect(y2 >= label!.y - 0.001 && y2 <= label!.y + label!.height + 0.001).toBe(true);
    }
    expect(leaderCrossings(crowd)).toEqual([]);
  });

  it('is rounded to 3 decimals and deterministic', () => {
    for (const mark of geometry.marks) {
      for (const value of [mark.x, mark.y, mark.radius, mark.label?.x ?? 0, mark.label?.y ?? 0, mark.outline.height])
        expect(decimals(value)).toBeLessThanOrEqual(3);
    }
    expect(compact(RECORDS)).toEqual(geometry);
  });

  it('grows taller, then breaks labels into three lines, rather than leave the largest unlabelled', () => {
    const long = [
      { ...RECORDS[2]!, target: { name: { en: 'A', ko: 'A' }, short: { en: 'Content investment by 2023', ko: 'x' } } },
    ];
    const g = compact(long);
    expect(g.marks[0]!.text).toBeDefined();
    expect(g.marks[0]!.lines).toEqual(['KT →', 'Content investment by 2023', '₩400bn (≈ $353m)']);
  });

  it('labels the largest investments first when too crowded to label all', () => {
    const crowd = many(MAX_INVESTMENT_MARKS);
    const g = compact(crowd);
    expect(g.marks).toHaveLength(MAX_INVESTMENT_MARKS);
    expect(g.dimensions.height).toBeGreaterThan(VARIANTS.compact.investments.height);
    const labelled = g.marks.filter((mark) => mark.text);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(MAX_INVESTMENT_MARKS);
    expect(g.marks.at(-1)?.text).toBeDefined();
    expect(overlapping(drawnInvestments(g).filter((item) => item.kind === 'text'))).toEqual([]);
  });

  it('draws amounts beyond $1 quadrillion or below $1 at the axis’s ends, with their real amounts in words', () => {
    const { krw: _krw, stake: _stake, ...reported } = RECORDS[0]!;
    const extremes: InvestmentRecord[] = [1e-3, 1e21].map((value, index) => ({
      ...reported,
      id: `x-${index}`,
      amount: value,
      currency: 'USD',
      usd: { value, converted: false },
    }));
    const g = compact(extremes);
    const axisLabel = (value: number) => formatMoney(value, 'USD', 'en', 'short');
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(AXIS_LIMITS.map(axisLabel));
    // At the gridlines of the axis's ends.
    expect(g.marks.map((mark) => mark.y)).toEqual([g.yTicks[0]!.y, g.yTicks.at(-1)!.y]);
    extremes.forEach((record, index) => {
      const mark = g.marks[index]!;
      expect(mark.lines.at(-1)).toBe(axisLabel(record.amount));
      expect(mark.description).toContain(formatMoney(record.amount, 'USD', 'en'));
    });
  });

  it('widens the time axis to investments dated outside the timeline', () => {
    const g = compact([{ ...RECORDS[0]!, date: '1999-06-30' }]);
    expect(g.xTicks[0]!.label).toBe('2000');
    expect(g.marks[0]!.x).toBeGreaterThanOrEqual(0);
  });

  it('describes marks and the chart in words', () => {
    expect(describeInvestment(RECORDS[0]!, 'en')).toBe(
      '15 March 2017: LG Uplus → Genie Music, 15% equity, ₩26.7 billion (≈ $23 million)',
    );
    expect(describeInvestment(RECORDS[0]!, 'ko')).toBe(
      '2017년 3월 15일: LG Uplus → Genie Music, 15% 지분 투자, 267억 원(약 2,300만 달러)',
    );
    expect(describeInvestmentsChart(RECORDS, years, 'en')).toMatch(
      /^3 investments and pledges between 2017 and 2024\. The largest: .*₩400 billion/,
    );
    expect(describeInvestmentsChart([], years, 'en')).toBe('No investments are reported between 2017 and 2024.');
  });
});

describe('aggregation', () => {
  it(`switches from one mark per investment to bins past ${MAX_INVESTMENT_MARKS} investments`, () => {
    expect(binLength(many(MAX_INVESTMENT_MARKS), years, VARIANTS.compact)).toBeUndefined();
    expect(compact(many(MAX_INVESTMENT_MARKS)).marks).toHaveLength(MAX_INVESTMENT_MARKS);
    const binned = compact(many(MAX_INVESTMENT_MARKS + 1));
    expect(binned.periodLength).toBe(12);
    // Eight years of one kind: one bin a year.
    expect(binned.marks).toHaveLength(5);
    const wide = investmentsChartLayout(many(MAX_INVESTMENT_MARKS + 1), { locale: 'en', years })(VARIANTS.wide);
    // However wide the drawing, at most MAX_BIN_PERIODS periods: eight years are years, not 32 quarters.
    expect(wide.periodLength).toBe(12);
    expect(new Set(wide.marks.map((mark) => mark.entry)).size).toBeLessThanOrEqual(MAX_BIN_PERIODS * 4);
  });

  it('counts and totals each bin, names it, and links to its first entry', () => {
    const records = many(MAX_INVESTMENT_MARKS + 1);
    const bins = binInvestments(records, 12, 'en');
    expect(bins.map((bin) => [bin.period.label, bin.records.length])).toEqual([
      ['2017', 12],
      ['2018', 12],
      ['2019', 12],
      ['2020', 12],
      ['2021', 3],
    ]);
    expect(bins[0]!.usd).toBe(78e6);
    const mark = compact(records).marks[0]!;
    expect(mark.lines).toEqual(['2017: 12 investments', '$78m']);
    expect(mark.name).toBe('2017: 12 investments, $78m, equity');
    expect(mark.entry).toBe('m-0');
    expect(mark.target).toEqual({ entries: records.slice(0, 12).map((record) => record.articleId) });
    expect(binInvestments(records, 3, 'ko')[0]!.period.label).toBe('2017년 1분기');
  });

  it(`names periods instead of listing entries past ${MAX_LISTED_ENTRIES} of them`, () => {
    const g = compact(many(MAX_LISTED_ENTRIES + 1));
    expect(g.marks[0]!.target).toEqual({ period: ['2017-01-01', '2017-12-31'] });
  });
});

import { describe, expect, it } from 'vitest';
import { markTargets, MAX_LISTED_ENTRIES, periodLength, periodOf } from '../../../src/lib/charts/periods.ts';

describe('periodLength', () => {
  it('is a quarter while quarters fit, else whole years, then runs of 2, 5, 10… years', () => {
    expect(periodLength(2017, 2024, 32)).toBe(3);
    expect(periodLength(2017, 2024, 31)).toBe(12);
    expect(periodLength(2017, 2024, 8)).toBe(12);
    // 2016–17, 2018–19 … 2024–25: five runs of two years.
    expect(periodLength(2017, 2024, 5)).toBe(24);
    expect(periodLength(2017, 2024, 4)).toBe(60);
    expect(periodLength(0, 9999, 10)).toBe(12 * 1000);
    expect(periodLength(2017, 2017, 0)).toBe(3 * 4);
  });
});

describe('periodOf', () => {
  it('cuts quarters, years and runs of years, named in each edition', () => {
    expect(periodOf('2024-02-29', 3, 'en')).toEqual({ start: '2024-01-01', end: '2024-03-31', label: 'Q1 2024' });
    expect(periodOf('2023-11-30', 3, 'ko')).toEqual({ start: '2023-10-01', end: '2023-12-31', label: '2023년 4분기' });
    expect(periodOf('2021-06-01', 12, 'ko').label).toBe('2021년');
    expect(periodOf('2017-03-15', 60, 'en')).toEqual({ start: '2015-01-01', end: '2019-12-31', label: '2015–2019' });
    expect(periodOf('9999-12-31', 120, 'en').end).toBe('9999-12-31');
    expect(periodOf('0005-01-01', 12, 'en').start).toBe('0005-01-01');
  });
});

describe('markTargets', () => {
  const mark = (count: number, company?: string) => ({
    entries: Array.from({ length: count }, (_, index) => `e${index}`),
    period: ['2020-01-01', '2020-12-31'] as const,
    company,
  });

  it(`lists entries while ${MAX_LISTED_ENTRIES} ids at most are listed in all, once each`, () => {
    expect(markTargets([mark(2), { ...mark(1), entries: ['e0', 'e0'] }])).toEqual([
      { entries: ['e0', 'e1'] },
      { entries: ['e0'] },
    ]);
  });

  it('names periods, and companies, past that', () => {
    expect(markTargets([mark(MAX_LISTED_ENTRIES), mark(1, 'kt')])).toEqual([
      { period: ['2020-01-01', '2020-12-31'] },
      { period: ['2020-01-01', '2020-12-31'], company: 'kt' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  calendarDateFromUtc,
  compareCalendarDates,
  formatDate,
  formatMonth,
  isCalendarDate,
  parseCalendarDate,
  toUtcDate,
  yearOf,
} from '../../src/lib/dates.ts';

describe('the test time zone', () => {
  it('is pinned west of UTC, so a local-midnight bug would show the day before', () => {
    expect(new Date(2017, 2, 15).getTimezoneOffset()).toBeGreaterThan(0);
  });
});

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD without any time zone', () => {
    expect(parseCalendarDate('2017-03-15')).toEqual({ year: 2017, month: 3, day: 15 });
  });

  it('refuses days that do not exist and other formats', () => {
    for (const value of [
      '2023-02-30',
      '2021-02-29',
      '2017-13-01',
      '2017-00-10',
      '2017-3-15',
      '15/03/2017',
      '2017-03-15T00:00',
      '',
    ]) {
      expect(parseCalendarDate(value), value).toBeUndefined();
    }
  });

  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });
});

describe('formatting', () => {
  it('shows 15 March 2017 for 2017-03-15 whatever the local time zone, in both editions', () => {
    expect(formatDate('2017-03-15', 'en')).toBe('15 March 2017');
    expect(formatDate('2024-02-28', 'en', 'short')).toBe('28 Feb 2024');
    expect(formatDate('2020-05-26', 'ko')).toBe('2020년 5월 26일');
    expect(formatDate('2020-05-26', 'ko', 'short')).toBe('2020년 5월 26일');
  });

  it('gives the first and last day of a year as that day, not its neighbour', () => {
    expect(formatDate('2020-01-01', 'en')).toBe('1 January 2020');
    expect(formatDate('2020-12-31', 'ko')).toBe('2020년 12월 31일');
  });

  it('names a month in short', () => {
    expect(formatMonth('2017-03-15', 'en')).toBe('Mar');
    expect(formatMonth('2017-03-15', 'ko')).toBe('3월');
  });

  it('throws on a string that is not a calendar date', () => {
    expect(() => formatDate('2023-02-30', 'en')).toThrow(/Not a calendar date/);
  });
});

describe('conversions', () => {
  it('takes a YAML timestamp back to the date the editor wrote', () => {
    expect(calendarDateFromUtc(new Date(Date.UTC(2017, 2, 15)))).toBe('2017-03-15');
  });

  it('places a date at midnight UTC', () => {
    expect(toUtcDate('2017-03-15').toISOString()).toBe('2017-03-15T00:00:00.000Z');
    // Date.UTC would put years 0–99 in the 1900s.
    expect(toUtcDate('0050-02-28').getUTCFullYear()).toBe(50);
    expect(toUtcDate('0000-02-29').toISOString()).toBe('0000-02-29T00:00:00.000Z');
  });

  it('orders and splits dates', () => {
    expect(['2024-02-28', '2017-03-15', '2020-06-03'].sort(compareCalendarDates)).toEqual([
      '2017-03-15',
      '2020-06-03',
      '2024-02-28',
    ]);
    expect(yearOf('2021-03-23')).toBe(2021);
  });
});

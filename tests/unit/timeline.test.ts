import { describe, expect, it } from 'vitest';
import { groupByYear, neighboursAt, sortByDate, yearSpan } from '../../src/lib/timeline.ts';

const entry = (id: string, date: string) => ({ id, data: { date } });
const entries = [
  entry('c', '2020-06-03'),
  entry('a', '2017-03-15'),
  entry('b2', '2020-05-26'),
  entry('b1', '2020-05-26'),
  entry('d', '2024-02-28'),
];

describe('sortByDate', () => {
  it('orders oldest first, and entries of one day by slug', () => {
    expect(sortByDate(entries).map((e) => e.id)).toEqual(['a', 'b1', 'b2', 'c', 'd']);
  });

  it('does not change its input', () => {
    const copy = [...entries];
    sortByDate(entries);
    expect(entries).toEqual(copy);
  });
});

describe('groupByYear', () => {
  it('groups by year, years and entries oldest first', () => {
    expect(groupByYear(entries).map((g) => [g.year, g.entries.map((e) => e.id)])).toEqual([
      [2017, ['a']],
      [2020, ['b1', 'b2', 'c']],
      [2024, ['d']],
    ]);
  });

  it('gives no groups for no entries', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('neighboursAt', () => {
  const sorted = sortByDate(entries);

  it('finds the entries before and after', () => {
    const { previous, next } = neighboursAt(sorted, 2);
    expect(previous?.id).toBe('b1');
    expect(next?.id).toBe('c');
  });

  it('has no previous for the first and no next for the last', () => {
    expect(neighboursAt(sorted, 0).previous).toBeUndefined();
    expect(neighboursAt(sorted, sorted.length - 1).next).toBeUndefined();
    expect(neighboursAt(sorted, -1)).toEqual({});
  });
});

describe('yearSpan', () => {
  it('spans the first to the last year', () => {
    expect(yearSpan(entries)).toEqual([2017, 2024]);
    expect(yearSpan([])).toBeUndefined();
    expect(yearSpan(Array.from({ length: 200_000 }, (_, i) => entry(String(i), '2020-01-01')))).toEqual([2020, 2020]);
  });
});

import { describe, expect, it } from 'vitest';
import { HOME_ENTRIES, PAGE_SIZE, layoutTimeline, paginate } from '../../src/lib/paging.ts';
import { groupByYear } from '../../src/lib/timeline.ts';

/** `count` entries per year, dated in order through the year. */
function archive(perYear: Record<number, number>) {
  const entries = Object.entries(perYear).flatMap(([year, count]) =>
    Array.from({ length: count }, (_, index) => ({
      id: `${year}-${String(index).padStart(4, '0')}`,
      data: { date: `${year}-01-01` },
    })),
  );
  return groupByYear(entries);
}

describe('paginate', () => {
  it('cuts a list into pages, the last one shorter; an empty list is one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
    expect(paginate(Array.from({ length: PAGE_SIZE }, (_, i) => i))).toHaveLength(1);
  });
});

describe('layoutTimeline', () => {
  it(`keeps a timeline of up to ${HOME_ENTRIES} entries on one page, each entry at #<id>`, () => {
    const first = Math.ceil(HOME_ENTRIES / 2);
    const layout = layoutTimeline(archive({ 2017: first, 2020: HOME_ENTRIES - first }));
    expect(layout.split).toBe(false);
    expect(layout.yearPages).toEqual([]);
    expect(layout.home.flatMap((group) => group.entries)).toHaveLength(HOME_ENTRIES);
    expect(layout.entryPath('2017-0000')).toBe('#2017-0000');
    expect(layout.counts).toEqual([
      { year: 2017, count: first, path: '#year-2017' },
      { year: 2020, count: HOME_ENTRIES - first, path: '#year-2020' },
    ]);
  });

  it(`splits a timeline of ${HOME_ENTRIES + 1} entries`, () => {
    const layout = layoutTimeline(archive({ 2017: 1, 2020: HOME_ENTRIES }));
    expect(layout.split).toBe(true);
    expect(layout.entryPath('2017-0000')).toBe('years/2017/#2017-0000');
  });

  it('gives each year pages of its own beyond that, linked in timeline order', () => {
    const layout = layoutTimeline(archive({ 2017: 10, 2020: PAGE_SIZE * 2 + 1, 2024: 5 }));
    expect(layout.split).toBe(true);
    expect(layout.yearPages.map((page) => [page.path, page.page, page.pages, page.entries.length])).toEqual([
      ['years/2017/', 1, 1, 10],
      ['years/2020/', 1, 3, PAGE_SIZE],
      ['years/2020/2/', 2, 3, PAGE_SIZE],
      ['years/2020/3/', 3, 3, 1],
      ['years/2024/', 1, 1, 5],
    ]);
    expect(layout.yearPages.map((page) => [page.previous, page.next])).toEqual([
      [undefined, 'years/2020/'],
      ['years/2017/', 'years/2020/2/'],
      ['years/2020/', 'years/2020/3/'],
      ['years/2020/2/', 'years/2024/'],
      ['years/2020/3/', undefined],
    ]);
    expect(layout.entryPath(`2020-${String(PAGE_SIZE + 3).padStart(4, '0')}`)).toBe(
      `years/2020/2/#2020-${String(PAGE_SIZE + 3).padStart(4, '0')}`,
    );
    expect(layout.counts.map((count) => count.path)).toEqual(['years/2017/', 'years/2020/', 'years/2024/']);
  });

  it(`shows the latest ${HOME_ENTRIES} entries on /, oldest first, across years`, () => {
    const last = Math.ceil(HOME_ENTRIES / 2);
    const layout = layoutTimeline(archive({ 2020: HOME_ENTRIES * 3, 2024: last }));
    expect(layout.home.map((group) => [group.year, group.entries.length])).toEqual([
      [2020, HOME_ENTRIES - last],
      [2024, last],
    ]);
    expect(layout.home.at(-1)?.entries.at(-1)?.id).toBe(`2024-${String(last - 1).padStart(4, '0')}`);
  });

  it('puts every entry on exactly one year page', () => {
    const layout = layoutTimeline(archive({ 2018: 333, 2019: 0, 2021: 401 }));
    const ids = layout.yearPages.flatMap((page) => page.entries.map((entry) => entry.id));
    expect(ids).toHaveLength(734);
    expect(new Set(ids).size).toBe(734);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkBudgets,
  COST_BUDGETS_FROM,
  distSizes,
  formatReport,
  missedBudgets,
  medianCost,
  searchIndexTime,
  timeRatio,
  type BenchRow,
} from '../../tools/lib/buildReport.ts';

/** A row that meets every budget at 10,000 synthetic articles; each test changes what it is about. */
function row(changes: Partial<BenchRow> = {}): BenchRow {
  const file = (path: string, gzipKb: number) => ({ path, gzipKb });
  return {
    synthetic: COST_BUDGETS_FROM,
    articles: COST_BUDGETS_FROM + 5,
    site: { seconds: 120, cpuSeconds: 150, peakMemoryMb: 2600, pages: 20_400 },
    bare: { seconds: 100, cpuSeconds: 120, peakMemoryMb: 2000, pages: 20_011 },
    sizes: {
      home: file('/', 30),
      pages: [file('/ko/', 90), file('/', 30), file('/articles/a/', 10)],
      largestFile: file('/data/events.json', 900),
    },
    checkContentSeconds: 3,
    ...changes,
  };
}

describe('distSizes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dist-sizes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, Buffer> = {
    'index.html': Buffer.from('<p>timeline</p>'.repeat(2000)),
    'ko/index.html': Buffer.from('<p>연표</p>'.repeat(100)),
    // Random bytes do not compress: the largest page once gzipped, though not the longest text.
    'articles/big/index.html': randomBytes(20_000),
    '404.html': Buffer.from('<p>not found</p>'),
    'data/events.json': randomBytes(50_000),
  };
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const kb = (path: string) => gzipSync(files[path]!).length / 1024;

  it('gives the gzip size of /, of the largest page and of the largest file, by the path they are served at', () => {
    const sized = (path: string, file: string) => ({ path, gzipKb: kb(file) });
    expect(distSizes(dir)).toEqual({
      home: sized('/', 'index.html'),
      pages: [
        sized('/articles/big/', 'articles/big/index.html'),
        sized('/ko/', 'ko/index.html'),
        sized('/', 'index.html'),
        sized('/404.html', '404.html'),
      ].sort((a, b) => b.gzipKb - a.gzipKb),
      largestFile: sized('/data/events.json', 'data/events.json'),
    });
  });

  it('refuses a folder without index.html', () => {
    expect(() => distSizes(join(dir, 'data'))).toThrow(/has no index\.html/);
  });
});

describe('medianCost', () => {
  it('takes the median of each figure on its own', () => {
    const cost = (seconds: number, cpuSeconds: number, peakMemoryMb: number) => ({
      seconds,
      cpuSeconds,
      peakMemoryMb,
      pages: 7,
    });
    expect(medianCost([cost(120, 100, 3000), cost(100, 130, 3100), cost(140, 110, 2900)])).toEqual(
      cost(120, 110, 3000),
    );
    expect(medianCost([cost(90, 80, 1000)])).toEqual(cost(90, 80, 1000));
  });
});

describe('searchIndexTime', () => {
  it('reads the line the search index logs during the build', () => {
    const output = '12:00:01 [build] 20400 page(s) built\n12:00:09 [search] Search index: 10005 articles in 14.25 s\n';
    expect(searchIndexTime(output)).toEqual({ articles: 10005, seconds: 14.25 });
    expect(searchIndexTime('Search index: 12 articles in 3 s')).toEqual({ articles: 12, seconds: 3 });
  });

  it('is undefined when the build wrote no search index', () => {
    expect(searchIndexTime('12:00:01 [build] Complete!')).toBeUndefined();
  });
});

describe('checkBudgets', () => {
  const missed = (changes: Partial<BenchRow>) =>
    checkBudgets(row(changes))
      .filter((budget) => !budget.met)
      .map((budget) => budget.name);

  it('passes a site within every budget, a limit itself included', () => {
    expect(missed({})).toEqual([]);
    expect(
      missed({ site: { seconds: 130, cpuSeconds: 150, peakMemoryMb: 2600, pages: 1 }, checkContentSeconds: 5 }),
    ).toEqual([]);
  });

  it('holds the build to 1.3× bare Astro in time and in memory', () => {
    expect(missed({ site: { seconds: 131, cpuSeconds: 150, peakMemoryMb: 2600, pages: 1 } })).toEqual([
      "build time ≤ 1.3× bare Astro's",
    ]);
    expect(missed({ site: { seconds: 120, cpuSeconds: 150, peakMemoryMb: 2700, pages: 1 } })).toEqual([
      "peak memory ≤ 1.3× bare Astro's",
    ]);
  });

  it('holds the cost ratios only from 10,000 synthetic articles, as the issue sets them', () => {
    const small = {
      synthetic: 1000,
      articles: 1005,
      site: { seconds: 500, cpuSeconds: 150, peakMemoryMb: 9000, pages: 1 },
    };
    expect(missed(small)).toEqual([]);
    expect(checkBudgets(row(small)).map((budget) => budget.name)).toHaveLength(3);
  });

  it('counts the search index apart: 0.2× the bare build on top of the 1.3×', () => {
    const site = { seconds: 150, cpuSeconds: 150, peakMemoryMb: 2600, pages: 1 };
    expect(timeRatio(row({ site, searchIndex: { articles: 10_005, seconds: 20 } }))).toBe(1.3);
    expect(missed({ site, searchIndex: { articles: 10_005, seconds: 20 } })).toEqual([]);
    expect(missed({ site: { ...site, seconds: 155 }, searchIndex: { articles: 10_005, seconds: 25 } })).toEqual([
      "search index ≤ 0.2× bare Astro's build time",
    ]);
  });

  it('holds / to 40 KB, every page to 100 KB and check:content to 5 s', () => {
    const sizes = row().sizes;
    expect(missed({ sizes: { ...sizes, home: { path: '/', gzipKb: 40.1 } } })).toEqual(['`/` ≤ 40 KB gzip']);
    const pages = [
      { path: '/ko/', gzipKb: 300 },
      { path: '/companies/kt/', gzipKb: 100.1 },
      { path: '/articles/a/', gzipKb: 100 },
    ];
    expect(missed({ sizes: { ...sizes, pages } })).toEqual(['no page over 100 KB gzip']);
    expect(checkBudgets(row({ sizes: { ...sizes, pages } }))[1]?.found).toBe(
      '2 of 3 pages over it: /ko/ 300.0 KB, /companies/kt/ 100.1 KB',
    );
    expect(checkBudgets(row())[1]?.found).toBe('the largest 90.0 KB at /ko/');
    expect(missed({ checkContentSeconds: 5.1 })).toEqual(['check:content ≤ 5 s']);
  });
});

describe('formatReport and missedBudgets', () => {
  const rows = [
    row({ synthetic: 1000, articles: 1005 }),
    row({ site: { seconds: 150, cpuSeconds: 150, peakMemoryMb: 2600, pages: 20_400 } }),
  ];

  it('prints the cost table, the sizes table and every budget, with a line per budget missed', () => {
    const report = formatReport(rows);
    expect(report).toContain(
      '| 10,005 | 20400 / 20011 | 150.0 s / 100.0 s | 1.50× | 150.0 s / 120.0 s | 1.25× | 2,600 MB / 2,000 MB | 1.30× |',
    );
    expect(report).toContain('| 10,005 | 30.0 KB | 90.0 KB `/ko/` | 900.0 KB `/data/events.json` | 3.0 s |');
    expect(report).toContain("  MISSED build time ≤ 1.3× bare Astro's: 1.50×");
    expect(report).toContain('  met    `/` ≤ 40 KB gzip: 30.0 KB');
    expect(report).toContain('Search index, 1,005 articles: none in the build');
    expect(missedBudgets(rows)).toEqual([
      "Budget missed at 10,005 articles: build time ≤ 1.3× bare Astro's (found 1.50×).",
    ]);
  });
});

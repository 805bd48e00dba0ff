/**
 * What `npm run bench:build` measures, the budgets it holds the site to (from the issue "An archive
 * that grows to 10,000 articles"), and how it prints them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from 'd3-array';
import type { Usage } from './peakMemory.ts';

/** One build's cost: wall time, CPU time and peak memory, and the HTML pages it wrote. */
export interface BuildCost extends Usage {
  seconds: number;
  pages: number;
}

/** A file in `dist/` and its gzip size. */
export interface SizedFile {
  /** The URL path it is served at, e.g. `/companies/kt/` for `companies/kt/index.html`. */
  path: string;
  gzipKb: number;
}

/** The sizes that matter in a built site, all gzip-compressed. */
export interface DistSizes {
  home: SizedFile;
  /** Every HTML page, the largest first. */
  pages: SizedFile[];
  largestFile: SizedFile;
}

/** What the site's build logged about its search index (`Search index: <articles> articles in <seconds> s`). */
export interface SearchIndexTime {
  articles: number;
  seconds: number;
}

/** Everything measured for one number of synthetic articles. */
export interface BenchRow {
  synthetic: number;
  /** Every article in the content folder: the synthetic ones and those already there. */
  articles: number;
  site: BuildCost;
  bare: BuildCost;
  sizes: DistSizes;
  checkContentSeconds: number;
  searchIndex?: SearchIndexTime | undefined;
}

/** One budget checked against one row. */
export interface BudgetResult {
  name: string;
  /** The measured value, as printed. */
  found: string;
  met: boolean;
}

/** From this many synthetic articles on, the cost budgets apply: the issue sets them "at +10,000 articles". */
export const COST_BUDGETS_FROM = 10_000;

/** The site's build time and peak memory, at most this many times bare Astro's. */
export const COST_RATIO_LIMIT = 1.3;
/** The search index's time, at most this share of the bare build's time, on top of the site's. */
export const SEARCH_INDEX_RATIO_LIMIT = 0.2;
/** `/`, gzip, in KB. */
export const HOME_LIMIT_KB = 40;
/** Any HTML page, gzip, in KB. */
export const PAGE_LIMIT_KB = 100;
/** `npm run check:content`, in seconds. */
export const CHECK_CONTENT_LIMIT_SECONDS = 5;

/** The gzip sizes of `/`, of every HTML page and of the largest file of any kind in a built site. */
export function distSizes(dir: string): DistSizes {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = `/${relative(dir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
      return { path, gzipKb: gzipSync(readFileSync(file)).length / 1024 };
    });
  const home = files.find((file) => file.path === '/');
  if (!home) throw new Error(`${dir} has no index.html.`);
  const largestFirst = files.toSorted((a, b) => b.gzipKb - a.gzipKb);
  return {
    home,
    pages: largestFirst.filter((file) => file.path.endsWith('/') || file.path.endsWith('.html')),
    largestFile: largestFirst[0] ?? home,
  };
}

/** Several runs' costs of one build as one: each figure the median of its own. */
export function medianCost(costs: readonly BuildCost[]): BuildCost {
  const of = (figure: (cost: BuildCost) => number) => median(costs, figure) ?? Number.NaN;
  return {
    seconds: of((cost) => cost.seconds),
    cpuSeconds: of((cost) => cost.cpuSeconds),
    peakMemoryMb: of((cost) => cost.peakMemoryMb),
    pages: of((cost) => cost.pages),
  };
}

/** The search index line of a build's output, if the build wrote one. */
export function searchIndexTime(output: string): SearchIndexTime | undefined {
  const match = /Search index: (\d+) articles in (\d+(?:\.\d+)?) s/.exec(output);
  return match ? { articles: Number(match[1]), seconds: Number(match[2]) } : undefined;
}

/** The site's build time without its search index, as a multiple of bare Astro's. */
export function timeRatio(row: BenchRow): number {
  return (row.site.seconds - (row.searchIndex?.seconds ?? 0)) / row.bare.seconds;
}

/** The site's peak memory as a multiple of bare Astro's. */
export function memoryRatio(row: BenchRow): number {
  return row.site.peakMemoryMb / row.bare.peakMemoryMb;
}

/** Every budget that applies to a row, met or not. */
export function checkBudgets(row: BenchRow): BudgetResult[] {
  const results: BudgetResult[] = [
    {
      name: `\`/\` ≤ ${HOME_LIMIT_KB} KB gzip`,
      found: kb(row.sizes.home.gzipKb),
      met: row.sizes.home.gzipKb <= HOME_LIMIT_KB,
    },
    {
      name: `no page over ${PAGE_LIMIT_KB} KB gzip`,
      found: oversizedPages(row.sizes.pages),
      met: (row.sizes.pages[0]?.gzipKb ?? 0) <= PAGE_LIMIT_KB,
    },
    {
      name: `check:content ≤ ${CHECK_CONTENT_LIMIT_SECONDS} s`,
      found: seconds(row.checkContentSeconds),
      met: row.checkContentSeconds <= CHECK_CONTENT_LIMIT_SECONDS,
    },
  ];
  if (row.synthetic < COST_BUDGETS_FROM) return results;
  results.push(
    {
      name: `build time ≤ ${COST_RATIO_LIMIT}× bare Astro's${row.searchIndex ? ' (without the search index)' : ''}`,
      found: ratio(timeRatio(row)),
      met: timeRatio(row) <= COST_RATIO_LIMIT,
    },
    {
      name: `peak memory ≤ ${COST_RATIO_LIMIT}× bare Astro's`,
      found: ratio(memoryRatio(row)),
      met: memoryRatio(row) <= COST_RATIO_LIMIT,
    },
  );
  if (row.searchIndex) {
    const share = row.searchIndex.seconds / row.bare.seconds;
    results.push({
      name: `search index ≤ ${SEARCH_INDEX_RATIO_LIMIT}× bare Astro's build time`,
      found: ratio(share),
      met: share <= SEARCH_INDEX_RATIO_LIMIT,
    });
  }
  return results;
}

/** The benchmark's report: two Markdown tables (cost, then sizes), the search index lines and the budgets. */
export function formatReport(rows: readonly BenchRow[]): string {
  const lines = [
    '| articles | pages, site / bare | wall time, site / bare | ratio | CPU time, site / bare | ratio | peak memory, site / bare | ratio |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) =>
      cells([
        articles(row),
        `${row.site.pages} / ${row.bare.pages}`,
        `${seconds(row.site.seconds)} / ${seconds(row.bare.seconds)}`,
        ratio(timeRatio(row)),
        `${seconds(row.site.cpuSeconds)} / ${seconds(row.bare.cpuSeconds)}`,
        ratio(row.site.cpuSeconds / row.bare.cpuSeconds),
        `${megabytes(row.site.peakMemoryMb)} / ${megabytes(row.bare.peakMemoryMb)}`,
        ratio(memoryRatio(row)),
      ]),
    ),
    '',
    '| articles | `/` (gzip) | largest page (gzip) | largest file (gzip) | check:content |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map((row) =>
      cells([
        articles(row),
        kb(row.sizes.home.gzipKb),
        sizedFile(row.sizes.pages[0] ?? row.sizes.home),
        sizedFile(row.sizes.largestFile),
        seconds(row.checkContentSeconds),
      ]),
    ),
    '',
    ...rows.map((row) =>
      row.searchIndex
        ? `Search index, ${articles(row)} articles: ${row.searchIndex.articles.toLocaleString('en')} indexed (each once for both editions) in ${seconds(row.searchIndex.seconds)}, ${ratio(row.searchIndex.seconds / row.bare.seconds)} the bare build's time (budget ≤ ${SEARCH_INDEX_RATIO_LIMIT}×), included in the site's build time.`
        : `Search index, ${articles(row)} articles: none in the build's output (no "Search index: … articles in … s" line).`,
    ),
    '',
    ...rows.flatMap((row) => [
      `Budgets at ${articles(row)} articles${row.synthetic < COST_BUDGETS_FROM ? ` (the time and memory ratios apply from ${COST_BUDGETS_FROM.toLocaleString('en')} synthetic articles)` : ''}:`,
      ...checkBudgets(row).map((budget) => `  ${budget.met ? 'met   ' : 'MISSED'} ${budget.name}: ${budget.found}`),
    ]),
  ];
  return lines.join('\n');
}

/** One line per budget missed, naming the size of the archive; empty when every budget is met. */
export function missedBudgets(rows: readonly BenchRow[]): string[] {
  return rows.flatMap((row) =>
    checkBudgets(row)
      .filter((budget) => !budget.met)
      .map((budget) => `Budget missed at ${articles(row)} articles: ${budget.name} (found ${budget.found}).`),
  );
}

/** How many pages are over the limit, and which: the largest few. */
function oversizedPages(pages: readonly SizedFile[]): string {
  const over = pages.filter((page) => page.gzipKb > PAGE_LIMIT_KB);
  const largest = pages[0];
  if (!largest) return 'no pages';
  if (over.length === 0) return `the largest ${kb(largest.gzipKb)} at ${largest.path}`;
  const named = over.slice(0, 5).map((page) => `${page.path} ${kb(page.gzipKb)}`);
  return `${over.length} of ${pages.length} pages over it: ${named.join(', ')}${over.length > 5 ? ', …' : ''}`;
}

function sizedFile(file: SizedFile): string {
  return `${kb(file.gzipKb)} \`${file.path}\``;
}

function articles(row: BenchRow): string {
  return `${row.articles.toLocaleString('en')}`;
}

function cells(values: readonly string[]): string {
  return `| ${values.join(' | ')} |`;
}

function seconds(value: number): string {
  return `${value.toFixed(1)} s`;
}

function megabytes(value: number): string {
  return `${Math.round(value).toLocaleString('en')} MB`;
}

function kb(value: number): string {
  return `${value.toFixed(1)} KB`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/**
 * `npm run bench:build [-- 1000 10000] [--runs=3] [--cpu-prof]`: for each number of synthetic
 * articles, builds a copy of the site with them added to its content, and a bare Astro + MDX project
 * over the same article files (tools/lib/bareAstro.ts), one after the other (with `--runs=N`, N times
 * each, alternately, and takes the median of each figure); times `npm run check:content` on the same
 * folder; and prints wall time, CPU time, peak memory and their ratios, the gzip sizes that have
 * budgets, and every budget, met or missed. Exits 1 when a budget is missed. Never touches the real content/
 * or dist/. With `--cpu-prof`, every Node process of both builds writes a CPU profile to
 * bench-results/cpu-prof/<articles>/{site,bare}/ (open it in Chrome's DevTools); times are then longer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from 'd3-array';
import { createBareAstro } from './lib/bareAstro.ts';
import {
  distSizes,
  formatReport,
  medianCost,
  missedBudgets,
  searchIndexTime,
  type BenchRow,
  type BuildCost,
} from './lib/buildReport.ts';
import { peakMemoryEnv, readUsage } from './lib/peakMemory.ts';
import { copyProject, runNodeIn, type CopyBuild } from './lib/projectCopy.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

const DEFAULT_SIZES = [1000, 10_000];
const projectRoot = resolve(import.meta.dirname, '..');
const profile = process.argv.includes('--cpu-prof');
/** How many times each build runs: on a shared machine one run of each moves the ratio by 5-10%. */
const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 1);

async function benchmark(count: number): Promise<BenchRow> {
  const site = copyProject(projectRoot);
  writeSyntheticContent(site.contentDir, count);
  const bare = createBareAstro(projectRoot, join(site.contentDir, 'articles'));
  try {
    const articles = readdirSync(join(site.contentDir, 'articles'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.mdx'),
    ).length;
    progress(`${count} synthetic articles (${articles} in all): npm run check:content`);
    const check = await timed(() => runNodeIn(site.root, ['tools/checkContent.ts'], { CONTENT_DIR: 'content' }));
    if (check.result.code !== 0) throw new Error(`The synthetic content failed its check:\n${check.result.output}`);

    const siteBuilds = [];
    const bareBuilds = [];
    for (let run = 1; run <= runs; run += 1) {
      const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
      // Each run starts as the first did, with no dist/ to replace.
      for (const root of [site.root, bare.root]) rmSync(join(root, 'dist'), { recursive: true, force: true });
      progress(`${count} synthetic articles: building the site${of}`);
      siteBuilds.push(await measuredBuild('the site', site.build, profileDir(count, 'site')));
      progress(`${count} synthetic articles: building bare Astro${of}`);
      bareBuilds.push(await measuredBuild('bare Astro', bare.build, profileDir(count, 'bare')));
    }
    const searchTimes = siteBuilds.map((build) => searchIndexTime(build.output));
    const searchSeconds = searchTimes.map((time) => time?.seconds ?? Number.NaN);
    return {
      synthetic: count,
      articles,
      site: medianCost(siteBuilds.map((build) => build.cost)),
      bare: medianCost(bareBuilds.map((build) => build.cost)),
      sizes: distSizes(siteBuilds.at(-1)!.outDir),
      checkContentSeconds: check.seconds,
      searchIndex: searchTimes[0] && { ...searchTimes[0], seconds: median(searchSeconds)! },
    };
  } finally {
    site.remove();
    bare.remove();
  }
}

function profileDir(count: number, name: string): string | undefined {
  return profile ? join(projectRoot, 'bench-results', 'cpu-prof', String(count), name) : undefined;
}

/** Runs one build with its usage recorded (and CPU profiles written to `cpuProfileDir`), and fails loudly if the build does. */
async function measuredBuild(
  name: string,
  build: (env: Record<string, string>) => Promise<CopyBuild>,
  cpuProfileDir?: string,
): Promise<{ cost: BuildCost; outDir: string; output: string }> {
  const usageDir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  try {
    const usageFile = join(usageDir, 'usage');
    const profiling = cpuProfileDir ? `--cpu-prof --cpu-prof-dir=${cpuProfileDir}` : undefined;
    const { result, seconds } = await timed(() => build(peakMemoryEnv(usageFile, profiling)));
    if (result.code !== 0) {
      throw new Error(`The build of ${name} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
    }
    const pages = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    ).length;
    return { cost: { seconds, pages, ...readUsage(usageFile) }, ...result };
  } finally {
    rmSync(usageDir, { recursive: true, force: true });
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** A progress line, with the load average: other work on the machine makes wall times longer (CPU times hardly). */
function progress(message: string): void {
  console.error(`${message}… (load average ${loadavg()[0]?.toFixed(1)})`);
}

function machine(): string {
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(0)} GiB`;
  return [
    `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${gib(totalmem())} (${gib(freemem())} free)`,
    `Node ${process.version}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}`,
    `load average ${loadavg()[0]?.toFixed(1)} at the start`,
  ].join('; ');
}

const args = process.argv.slice(2).filter((arg) => arg !== '--cpu-prof' && !/^--runs=\d+$/.test(arg));
const sizes = args.map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(
    `Usage: npm run bench:build [-- 1000 10000] [--runs=3] [--cpu-prof] (numbers of articles), not: ${args.join(' ')}`,
  );
  process.exit(2);
}
console.log(`Machine: ${machine()}.`);
if (runs > 1)
  console.log(`Each build runs ${runs} times, site and bare Astro alternately; every figure is the median.`);
const rows: BenchRow[] = [];
for (const count of sizes.length > 0 ? sizes : DEFAULT_SIZES) rows.push(await benchmark(count));
console.log(`\n${formatReport(rows)}`);
const missed = missedBudgets(rows);
if (missed.length > 0) {
  console.error(`\n${missed.join('\n')}`);
  process.exitCode = 1;
}

/**
 * `npm run bench:build [-- 100 1000 5000]`: builds copies of the site with N synthetic articles each
 * (never touching the real content/) and reports wall time and peak memory per N.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticArticles } from './lib/synthetic.ts';
import { copyProject } from './lib/projectCopy.ts';

const DEFAULT_SIZES = [100, 1000, 5000];
const projectRoot = resolve(import.meta.dirname, '..');

/** One build's measurements. */
interface BuildResult {
  articles: number;
  seconds: number;
  peakMemoryMb: number;
  pages: number;
  /** The timeline page, gzip-compressed, in kilobytes. */
  timelineKb: number;
}

async function benchmark(count: number): Promise<BuildResult> {
  const copy = copyProject(projectRoot);
  const memoryDir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
  try {
    const companies = readdirSync(join(copy.contentDir, 'companies')).map((name) => name.replace(/\.ya?ml$/, ''));
    for (const article of syntheticArticles(count, { firstYear: 2017, lastYear: 2024, companies })) {
      writeFileSync(join(copy.contentDir, 'articles', article.fileName), article.text);
    }
    const memoryFile = join(memoryDir, 'rss');
    const started = performance.now();
    const code = await run(copy.root, memoryFile);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`The build of ${count} articles failed (exit ${code}).`);
    const pages = readdirSync(join(copy.root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    ).length;
    const timelineKb = gzipSync(readFileSync(join(copy.root, 'dist', 'index.html'))).length / 1024;
    return {
      articles: count,
      seconds,
      peakMemoryMb: Number(readFileSync(memoryFile, 'utf8')) / 1024,
      pages,
      timelineKb,
    };
  } finally {
    copy.remove();
    rmSync(memoryDir, { recursive: true, force: true });
  }
}

function run(root: string, memoryFile: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(
      join(root, 'node_modules', '.bin', 'node'),
      [
        '--import',
        join(projectRoot, 'tools/lib/peakMemory.ts'),
        join(root, 'node_modules/astro/bin/astro.mjs'),
        'build',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, PEAK_MEMORY_FILE: memoryFile, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const results: BuildResult[] = [];
for (const count of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
  console.log(`Building ${count} synthetic articles (plus the real ones)…`);
  results.push(await benchmark(count));
}
console.log('\n| articles | pages | wall time | peak memory | time per article | `/` (gzip) |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const perArticle = ((r.seconds / r.articles) * 1000).toFixed(1);
  console.log(
    `| ${r.articles} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.peakMemoryMb.toFixed(0)} MB | ${perArticle} ms | ${r.timelineKb.toFixed(1)} KB |`,
  );
}

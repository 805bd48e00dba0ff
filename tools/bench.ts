/**
 * `npm run bench`: builds the site, serves `dist/` compressed on 127.0.0.1 beside the one-request
 * limit page (tools/lib/limitPage.ts), and runs Lighthouse on the limit page, the timeline (both editions), one
 * article, one company page, a second page view (the article after the timeline, with the
 * browser's cache warm) and the embeds of the timeline (both editions) and of a chart, mobile and
 * desktop, three rounds of every page. Prints the medians and every page's LCP as a ratio to the
 * limit page's (the median of the round-by-round ratios); writes every run to
 * bench-results/lighthouse.json. `-- --only=embed` measures only the pages whose name has that word
 * (and the limit page, which the ratios need). `-- --archive=10000` also builds a copy of the site
 * with that many more synthetic articles (tools/lib/synthetic.ts), served under `/archive/`, and
 * measures its timeline in both editions: the first screen must stay one round trip at any size.
 * `-- --runs=5` measures five rounds instead of three.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import {
  medianFigures,
  pairedRatio,
  summarize,
  type LighthouseResult,
  type PageFigures,
} from './lib/lighthouseSummary.ts';
import { slugFromPath } from '../src/lib/content/validate.ts';
import { EMBED_PATH, articlePath, companyPath, embedChartPath, localizedPath } from '../src/lib/urls.ts';
import { headersFromFile, serveStatic } from './lib/staticServer.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { contentRoot, readContent } from '../src/node/contentDir.ts';
import { LIMIT_PAGE_PATH, limitPage } from './lib/limitPage.ts';
import { copyProject } from './lib/projectCopy.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

const projectRoot = resolve(import.meta.dirname, '..');

const content = readContent(contentRoot(projectRoot), projectRoot);
const firstArticle = content.articles[0];
const firstArticlePath = firstArticle && articlePath(slugFromPath(firstArticle.path));
/** The pages measured; `after` is a page Lighthouse loads first, so the page is measured as a second view with a warm cache. */
const allPages: { name: string; path: string; after?: string }[] = [
  { name: 'limit', path: LIMIT_PAGE_PATH },
  { name: 'timeline', path: '' },
  { name: 'timeline (ko)', path: 'ko/' },
  ...(firstArticlePath ? [{ name: 'article', path: firstArticlePath }] : []),
  ...(firstArticlePath ? [{ name: 'article (ko)', path: localizedPath(firstArticlePath, 'ko') }] : []),
  { name: 'company', path: companyPath('kt') },
  ...(firstArticlePath ? [{ name: 'article after /', path: firstArticlePath, after: '' }] : []),
  { name: 'embed', path: EMBED_PATH },
  { name: 'embed (ko)', path: localizedPath(EMBED_PATH, 'ko') },
  { name: 'embed chart', path: embedChartPath('investments') },
];
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const archiveSize = Number(option('archive') ?? 0);
/** Rounds of every page: three by default; more narrow the spread of a median on a noisy machine. */
const RUNS = Number(option('runs') ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs must be a whole number of rounds, 1 or more: got ${option('runs')}`);
/** Where the grown copy of the site is served, beside the real one. */
const ARCHIVE_BASE = 'archive/';
if (archiveSize > 0) {
  allPages.push(
    { name: `timeline, ${archiveSize} more articles`, path: ARCHIVE_BASE },
    { name: `timeline (ko), ${archiveSize} more articles`, path: `${ARCHIVE_BASE}ko/` },
  );
}
const only = option('only');
const pages = allPages.filter((page) => page.name === 'limit' || !only || page.name.includes(only));
const presets = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
] as const;

console.log('Building the site…');
execSync('npm run build', { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
const chromePath = ensureChromium();

// The built site and, beside it, the limit page made from its home page.
const siteDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
cpSync(resolve(projectRoot, 'dist'), siteDir, { recursive: true });
if (archiveSize > 0) {
  console.log(`Building a copy with ${archiveSize} more articles…`);
  const copy = copyProject(projectRoot);
  try {
    writeSyntheticContent(copy.contentDir, archiveSize);
    const build = await copy.build({ BASE_PATH: `/${ARCHIVE_BASE}` });
    if (build.code !== 0) throw new Error(`The copy with ${archiveSize} more articles did not build:\n${build.output}`);
    cpSync(build.outDir, join(siteDir, ARCHIVE_BASE), { recursive: true });
  } finally {
    copy.remove();
  }
}
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
try {
  const limit = await limitPage(siteDir, '/', await browser.newPage());
  mkdirSync(join(siteDir, LIMIT_PAGE_PATH));
  writeFileSync(join(siteDir, LIMIT_PAGE_PATH, 'index.html'), limit);
} finally {
  await browser.close();
}

// Compressed, with the site's own _headers (long caching for hashed assets), as a production host serves it.
const server = await serveStatic(siteDir, '/', headersFromFile(resolve(projectRoot, 'public/_headers')), {
  compress: true,
});
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
/** One Lighthouse run; `keepCache` measures a later view: storage and the HTTP cache stay as the previous run left them. */
const runLighthouse = async (path: string, preset: (typeof presets)[number], keepCache = false) => {
  const result = await lighthouse(
    `${server.url}${path}`,
    { port: chrome.port, logLevel: 'error', output: 'json', disableStorageReset: keepCache },
    preset.config,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  return summarize(result.lhr as unknown as LighthouseResult);
};

// Run by run, every page of a preset one after another, so a slow spell of the machine falls on all
// of them alike, and each page's run can be compared with the limit page's run beside it.
const runsOf = new Map(
  pages.flatMap((page) => presets.map((preset) => [`${page.name} ${preset.name}`, [] as PageFigures[]])),
);
try {
  for (let run = 1; run <= RUNS; run += 1) {
    for (const preset of presets) {
      for (const page of pages) {
        process.stdout.write(`Lighthouse run ${run}/${RUNS}: ${page.name} (${preset.name})          \r`);
        if (page.after !== undefined) await runLighthouse(page.after, preset);
        runsOf
          .get(`${page.name} ${preset.name}`)!
          .push(await runLighthouse(page.path, preset, page.after !== undefined));
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(siteDir, { recursive: true, force: true });
}

const results = pages.flatMap((page) =>
  presets.map((preset) => {
    const runs = runsOf.get(`${page.name} ${preset.name}`)!;
    const limitRuns = runsOf.get(`limit ${preset.name}`)!;
    const lcpRatio = pairedRatio(
      runs.map((figures) => figures.lcp),
      limitRuns.map((figures) => figures.lcp),
    );
    return { page: page.name, preset: preset.name, runs, median: medianFigures(runs), lcpRatio };
  }),
);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `\nMedians of ${RUNS} runs, served gzip-compressed from 127.0.0.1; LCP ÷ limit: the median of the run-by-run ratios:\n`,
);
console.log(
  '| page | preset | perf | a11y | best pr. | SEO | LCP | LCP ÷ limit | FCP | TBT | CLS | Speed Index | HTML KB | CSS KB | JS KB | fonts KB | images KB | total KB | requests | render-blocking |',
);
console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const { page, preset, median: m, lcpRatio } of results) {
  console.log(
    `| ${page} | ${preset} | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${Math.round(m.lcp)} ms | ${lcpRatio.toFixed(2)}× | ${Math.round(m.fcp)} ms | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${Math.round(m.speedIndex)} ms | ${kb(m.bytes.html)} | ${kb(m.bytes.css)} | ${kb(m.bytes.js)} | ${kb(m.bytes.fonts)} | ${kb(m.bytes.images)} | ${kb(m.bytes.total)} | ${m.requests} | ${m.renderBlocking} |`,
  );
}
mkdirSync(resolve(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(
  resolve(projectRoot, 'bench-results/lighthouse.json'),
  `${JSON.stringify({ runs: RUNS, results }, null, 2)}\n`,
);
console.log('\nEvery run: bench-results/lighthouse.json');

/**
 * `npm run bench`: builds the site, serves `dist/` compressed on 127.0.0.1, and runs Lighthouse on
 * the timeline, one article and one company page, mobile and desktop, three runs each. Prints the
 * medians; writes every run to bench-results/lighthouse.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { medianFigures, summarize, type LighthouseResult, type PageFigures } from './lib/lighthouseSummary.ts';
import { slugFromPath } from '../src/lib/content/validate.ts';
import { articlePath, companyPath } from '../src/lib/urls.ts';
import { headersFromFile, serveStatic } from './lib/staticServer.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { contentRoot, readContent } from '../src/node/contentDir.ts';

const RUNS = 3;
const projectRoot = resolve(import.meta.dirname, '..');

const content = readContent(contentRoot(projectRoot), projectRoot);
const firstArticle = content.articles[0];
const pages = [
  { name: 'timeline', path: '' },
  ...(firstArticle ? [{ name: 'article', path: articlePath(slugFromPath(firstArticle.path)) }] : []),
  { name: 'company', path: companyPath('kt') },
];
const presets = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
] as const;

console.log('Building the site…');
execSync('npm run build', { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
// Compressed, with the site's own _headers (long caching for hashed assets), as a production host serves it.
const server = await serveStatic(
  resolve(projectRoot, 'dist'),
  '/',
  headersFromFile(resolve(projectRoot, 'public/_headers')),
  {
    compress: true,
  },
);
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const results: { page: string; preset: string; runs: PageFigures[]; median: PageFigures }[] = [];
try {
  for (const page of pages) {
    for (const preset of presets) {
      const runs: PageFigures[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        process.stdout.write(`Lighthouse ${page.name} (${preset.name}) run ${run}/${RUNS}\r`);
        const result = await lighthouse(
          `${server.url}${page.path}`,
          { port: chrome.port, logLevel: 'error', output: 'json' },
          preset.config,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.name}`);
        runs.push(summarize(result.lhr as unknown as LighthouseResult));
      }
      results.push({ page: page.name, preset: preset.name, runs, median: medianFigures(runs) });
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`\nMedians of ${RUNS} runs, served gzip-compressed from 127.0.0.1:\n`);
console.log(
  '| page | preset | perf | a11y | best pr. | SEO | LCP | FCP | TBT | CLS | Speed Index | HTML KB | CSS KB | JS KB | fonts KB | images KB | total KB | requests | render-blocking |',
);
console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const { page, preset, median: m } of results) {
  console.log(
    `| ${page} | ${preset} | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${Math.round(m.lcp)} ms | ${Math.round(m.fcp)} ms | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${Math.round(m.speedIndex)} ms | ${kb(m.bytes.html)} | ${kb(m.bytes.css)} | ${kb(m.bytes.js)} | ${kb(m.bytes.fonts)} | ${kb(m.bytes.images)} | ${kb(m.bytes.total)} | ${m.requests} | ${m.renderBlocking} |`,
  );
}
mkdirSync(resolve(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(
  resolve(projectRoot, 'bench-results/lighthouse.json'),
  `${JSON.stringify({ runs: RUNS, results }, null, 2)}\n`,
);
console.log('\nEvery run: bench-results/lighthouse.json');

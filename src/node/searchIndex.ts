/**
 * An Astro integration that writes the Pagefind search index once the site is built: one index for
 * every edition, holding each article once (src/node/searchRecord.ts), read from its page in every
 * edition as the page was finished, into `pagefind/` beside the pages. Nothing of it loads until a
 * reader uses the search box (src/scripts/siteSearch.ts).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articlePath } from '../lib/urls.ts';
import { articleRecords } from './searchRecord.ts';

/** The folder of the index under the site root; the search box loads `pagefind/pagefind.js` from it. */
export const SEARCH_FOLDER = 'pagefind';

/** The default edition's article pages: the only pages with text to find (`data-pagefind-body`). */
const ARTICLE_PAGES = `${articlePath('*')}index.html`;

/** Indexes the built site; the build fails if Pagefind reports a problem, so no site ships without search. */
export function searchIndex(): AstroIntegration {
  /** Where the build notes where each article page's part for the index is, as the page is finished (src/middleware.ts). */
  let notes = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        notes = fileURLToPath(new URL('search-notes/', config.cacheDir));
        rmSync(notes, { recursive: true, force: true });
        mkdirSync(notes, { recursive: true });
        updateConfig({ vite: { define: { 'import.meta.env.SEARCH_NOTES': JSON.stringify(notes) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // The records are written to a folder for Pagefind to read as it reads a site: handed over one
        // by one through its Node API, the same records cost it far more (docs/performance.md).
        const records = mkdtempSync(join(tmpdir(), 'search-records-'));
        try {
          let count = 0;
          for (const { path, record } of articleRecords(notes, site)) {
            writeFileSync(join(records, `${basename(path)}.html`), record);
            count += 1;
          }
          const pages = globSync(ARTICLE_PAGES, { cwd: site }).length;
          if (count !== pages) throw new Error(`The search index has ${count} of the ${pages} articles' pages`);
          const indexed = await runPagefind(records, join(site, SEARCH_FOLDER));
          if (indexed !== count) throw new Error(`Pagefind indexed ${indexed} of the ${count} articles`);
          removeReadyMadeInterfaces(join(site, SEARCH_FOLDER));
          // The build benchmark reads this line (tools/benchBuild.ts).
          logger.info(`Search index: ${count} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          rmSync(records, { recursive: true, force: true });
          rmSync(notes, { recursive: true, force: true });
        }
      },
    },
  };
}

/**
 * Runs Pagefind's command line (the package's `bin`) over a folder of pages and says how many it
 * indexed; throws with Pagefind's own words when it fails. Its command line writes the same index as
 * its Node API's service, sooner (docs/performance.md).
 */
function runPagefind(site: string, outputPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindBin(), '--site', site, '--output-path', outputPath]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const indexed = /Indexed (\d+) pages?/.exec(output);
      if (code === 0 && indexed) resolve(Number(indexed[1]));
      else reject(new Error(`Pagefind could not index the site (exit code ${code}):\n${output}`));
    });
  });
}

/** Where the `pagefind` package's command line is: its `bin`, found as Node finds the package. */
function pagefindBin(): string {
  const require = createRequire(import.meta.url);
  const folder = require.resolve
    .paths('pagefind')
    ?.map((modules) => join(modules, 'pagefind'))
    .find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!folder) throw new Error('The search index needs the `pagefind` package: run `npm ci`.');
  const { bin } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    bin: string | Record<string, string>;
  };
  return join(folder, typeof bin === 'string' ? bin : (bin['pagefind'] ?? ''));
}

/** Pagefind writes its own search interfaces too; the site has its own box, so they would only be dead weight in dist/. */
function removeReadyMadeInterfaces(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(folder, name));
  }
}

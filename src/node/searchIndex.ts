/**
 * An Astro integration that writes the Pagefind search index once the site is built: every page
 * that marks its text with `data-pagefind-body` (the article pages), one index per language from
 * each page's `<html lang>`, into `pagefind/` beside the pages. Nothing of it loads until a reader
 * uses the search box (src/scripts/siteSearch.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/i18n/locales.ts';
import { articlePath, localizedPath } from '../lib/urls.ts';

/** The folder of the index under the site root; the search box loads `pagefind/pagefind.js` from it. */
export const SEARCH_FOLDER = 'pagefind';

/**
 * The pages with text to find: every edition's article pages, the only ones that mark their text
 * with `data-pagefind-body`. Pagefind would read every other page only to leave it out.
 */
const ARTICLE_PAGES = `{${LOCALES.map((locale) => localizedPath(articlePath('*'), locale)).join(',')}}index.html`;

/** Indexes the built site; the build fails if Pagefind reports a problem, so no site ships without search. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: ARTICLE_PAGES });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_FOLDER) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          removeReadyMadeInterfaces(join(site, SEARCH_FOLDER));
          sortLanguages(join(site, SEARCH_FOLDER, 'pagefind-entry.json'));
          // The build benchmark reads this line (tools/benchBuild.ts).
          logger.info(
            `Search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind writes its own search interfaces too; the site has its own box, so they would only be dead weight in dist/. */
function removeReadyMadeInterfaces(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(folder, name));
  }
}

/**
 * Pagefind lists the languages of its entry file in whatever order its hash map gives, which changes
 * from one run to the next; sorted, two builds of the same sources write the same bytes.
 */
function sortLanguages(entryFile: string): void {
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, unknown> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(entryFile, JSON.stringify(entry));
}

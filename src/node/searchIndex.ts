/**
 * An Astro integration that writes the Pagefind search index once the site is built: one index for
 * every edition, holding each article once (src/lib/search/editions.ts), read from its page in
 * every edition, into `pagefind/` beside the pages. Nothing of it loads until a reader uses the
 * search box (src/scripts/siteSearch.ts).
 */
import { globSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/i18n/locales.ts';
import { articleRecord } from '../lib/search/editions.ts';
import { articlePath, localizedPath } from '../lib/urls.ts';

/** The folder of the index under the site root; the search box loads `pagefind/pagefind.js` from it. */
export const SEARCH_FOLDER = 'pagefind';

/** The default edition's article pages: the only pages with text to find (`data-pagefind-body`). */
const ARTICLE_PAGES = `${articlePath('*')}index.html`;

/** Indexes the built site; the build fails if Pagefind reports a problem, so no site ships without search. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // The records are written to a folder for Pagefind to read as it reads a site: handed over one
        // by one, the same records take it twice as long.
        const records = mkdtempSync(join(tmpdir(), 'search-records-'));
        let removing: Promise<void> | undefined;
        try {
          const paths = globSync(ARTICLE_PAGES, { cwd: site });
          for (const path of paths) {
            const pages = LOCALES.map((locale) => {
              const file = join(site, localizedPath(path, locale));
              return { file, html: readFileSync(file) };
            });
            const folder = dirname(path);
            writeFileSync(join(records, `${basename(folder)}.html`), articleRecord(`${folder}/`, pages));
          }
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: records });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count !== paths.length) {
            throw new Error(`Pagefind indexed ${added.page_count} of the ${paths.length} articles`);
          }
          // Read: the records go while Pagefind writes the index.
          removing = rm(records, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_FOLDER) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          removeReadyMadeInterfaces(join(site, SEARCH_FOLDER));
          await removing;
          // The build benchmark reads this line (tools/benchBuild.ts).
          logger.info(
            `Search index: ${paths.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } finally {
          await removing;
          rmSync(records, { recursive: true, force: true });
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

/**
 * An Astro integration that writes the Pagefind search index once the site is built: every page
 * that marks its text with `data-pagefind-body` (the article pages), one index per language from
 * each page's `<html lang>`, into `pagefind/` beside the pages. Nothing of it loads until a reader
 * uses the search box (src/scripts/siteSearch.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder of the index under the site root; the search box loads `pagefind/pagefind.js` from it. */
export const SEARCH_FOLDER = 'pagefind';

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
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_FOLDER) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          removeReadyMadeInterfaces(join(site, SEARCH_FOLDER));
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

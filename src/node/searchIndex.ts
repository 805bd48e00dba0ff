/**
 * An Astro integration that writes the Pagefind search index as the site is built: every page that
 * marks its text with `data-pagefind-body` (the article pages) goes to Pagefind as it is rendered
 * (src/lib/search/indexHook.ts), and once the build is done Pagefind writes one index per language,
 * from each page's `<html lang>`, into `pagefind/` beside the pages. Nothing of it loads until a
 * reader uses the search box (src/scripts/siteSearch.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_HOOK, type IndexPage } from '../lib/search/indexHook.ts';

/** The folder of the index under the site root; the search box loads `pagefind/pagefind.js` from it. */
export const SEARCH_FOLDER = 'pagefind';

/** The file a page is built to, relative to the site root, from its path as requested under `base`. */
export function builtFile(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return `${path.replace(/^\/+/, '')}${path.endsWith('/') || path === '' ? 'index.html' : ''}`;
}

/** Indexes the built site; the build fails if Pagefind reports a problem, so no site ships without search. */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let index: pagefind.PagefindIndex | undefined;
  const added: Promise<pagefind.NewFileResponse>[] = [];
  /** Time the rendering spent handing pages over, in ms. */
  let handing = 0;
  const indexPage: IndexPage = (pathname, html) => {
    const started = performance.now();
    added.push(index!.addHTMLFile({ sourcePath: builtFile(pathname, base), content: html }));
    handing += performance.now() - started;
  };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        (globalThis as Record<symbol, IndexPage | undefined>)[SEARCH_INDEX_HOOK] = indexPage;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          delete (globalThis as Record<symbol, IndexPage | undefined>)[SEARCH_INDEX_HOOK];
          if (!index) throw new Error('Pagefind was not started with the build');
          const pages = await Promise.all(added);
          const errors = pages.flatMap((page) => page.errors);
          if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
          if (pages.length === 0) throw new Error('no page was marked for the search (data-pagefind-body)');
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_FOLDER) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          removeReadyMadeInterfaces(join(site, SEARCH_FOLDER));
          sortLanguages(join(site, SEARCH_FOLDER, 'pagefind-entry.json'));
          // The build benchmark reads this line (tools/benchBuild.ts): the time the index took, that
          // of handing the pages over as they rendered included.
          const seconds = (ms: number) => (ms / 1000).toFixed(1);
          const after = performance.now() - started;
          logger.info(
            `Search index: ${pages.length} pages in ${seconds(handing + after)} s (${seconds(handing)} s handing pages over as they rendered, ${seconds(after)} s after the build)`,
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

/**
 * What the search index reads of each article: one record for both editions. As each article page
 * is finished, read as HTML once (src/node/finishPage.ts), its `<article data-pagefind-body>` is kept
 * in a folder (`keepForSearch`); once the site is built, the index joins each article's editions into
 * its record (`articleRecords`, src/node/searchIndex.ts). So no page is read twice, and no text in a
 * page, however it mentions `<article>` or `data-pagefind-body`, is taken for the part to index.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales.ts';
import { PATH_FIELD } from '../lib/search/editions.ts';
import { localizedPath, normalizeBase, unlocalizedPath } from '../lib/urls.ts';
import type { HtmlVisitor, StartTag } from './readHtml.ts';

/** The attribute that marks the part of a page the index reads (Pagefind's). */
const BODY = 'data-pagefind-body';

/** Finds, as a page is read (src/node/readHtml.ts), its first `<article data-pagefind-body>` with what nests in it. */
export class IndexedArticleFinder implements HtmlVisitor {
  /** Where the article starts and ends in the page's bytes, once read. */
  found: { start: number; end: number } | undefined;
  #start = 0;
  #depth = 0;

  startTag(tag: StartTag): void {
    if (tag.name !== 'article' || this.found) return;
    if (this.#depth > 0) this.#depth += 1;
    else if (tag.attribute(BODY) !== undefined) {
      this.#start = tag.start;
      this.#depth = 1;
    }
  }

  endTag(name: string, _start: number, end: number): void {
    if (name !== 'article' || this.#depth === 0) return;
    this.#depth -= 1;
    if (this.#depth === 0) this.found = { start: this.#start, end };
  }
}

/**
 * Keeps `article`, the indexed article of the page at `pathname` (as the build serves it, under
 * `base`), in `folder` for the index: one file per article and edition.
 */
export function keepForSearch(folder: string, pathname: string, base: string, article: Uint8Array): void {
  const root = normalizeBase(base);
  if (!pathname.startsWith(root)) throw new Error(`${pathname}: a page outside the site's base path ${root}`);
  const { path, locale } = unlocalizedPath(pathname.slice(root.length));
  writeFileSync(join(folder, `${encodeURIComponent(path)}.${locale}.html`), article);
}

/**
 * The record of each article whose pages `folder` keeps, with its path (`articles/x/`). Throws,
 * naming the page, when an edition's page of an article was not kept.
 */
export function* articleRecords(folder: string): Generator<{ path: string; record: string }> {
  const paths = new Set(readdirSync(folder).map((name) => decodeURIComponent(name.replace(/\.[^.]+\.html$/, ''))));
  for (const path of [...paths].sort()) {
    const articles = LOCALES.map((locale) => {
      try {
        return readFileSync(join(folder, `${encodeURIComponent(path)}.${locale}.html`), 'utf8');
      } catch {
        throw new Error(
          `${localizedPath(path, locale)}: the search index reads each edition’s page of an article, and this one has no <article ${BODY}>`,
        );
      }
    });
    yield { path, record: articleRecord(path, articles) };
  }
}

/**
 * The record of the article at `path` (`articles/x/`) from its `<article data-pagefind-body>` in
 * each edition, the default edition's first: one document in the default language that gives its
 * path as `PATH_FIELD`. Each edition's page names its own fields (`searchField`); the text all
 * editions share is marked `data-pagefind-ignore` on all but the default edition's page, so it is
 * read once.
 */
export function articleRecord(path: string, articles: readonly string[]): string {
  const attribute = path.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html><html lang="${DEFAULT_LOCALE}"><body data-pagefind-meta="${PATH_FIELD}[data-path]" data-path="${attribute}">${articles.join('')}</body></html>`;
}

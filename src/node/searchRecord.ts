/**
 * What the search index reads of each article: one record for both editions. As each article page
 * is finished, read as HTML once (src/node/finishPage.ts), where its `<article data-pagefind-body>` is
 * in the finished page is noted (`noteForSearch`); once the site is built, the index takes each
 * article's part from its page in every edition, at that place, and joins them into its record
 * (`articleRecords`, src/node/searchIndex.ts). So no page is parsed twice, and no text in a page,
 * however it mentions `<article>` or `data-pagefind-body`, is taken for the part to index.
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales.ts';
import { memoized } from '../lib/memoize.ts';
import { PATH_FIELD } from '../lib/search/indexFields.ts';
import { localizedPath, normalizeBase, unlocalizedPath } from '../lib/urls.ts';
import type { Range } from './finishPage.ts';
import type { HtmlVisitor, StartTag } from './readHtml.ts';

/** The attribute that marks the part of a page the index reads (Pagefind's). */
const BODY = 'data-pagefind-body';

/** Finds, as a page is read (src/node/readHtml.ts), its first `<article data-pagefind-body>` with what nests in it. */
export class IndexedArticleFinder implements HtmlVisitor {
  /** Where the article starts and ends in the page's bytes, once read. */
  found: Range | undefined;
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

/** The file in the build's folder for the index that notes where each article page's part is. */
const NOTES = 'articles.tsv';

/** The notes file of each folder, open for appending: opened once, not once a page. */
const openNotes = new Map<string, number>();

/**
 * Notes, in `folder`, where the indexed article of the page at `pathname` (as the build serves it,
 * under `base`) is in the finished page: one line per page, its path, edition and byte range.
 * The file stays open for the rest of the process (a build's, whose folder lives as long); each
 * line is written at once, unbuffered, so the index reads every line noted before it.
 */
export function noteForSearch(folder: string, pathname: string, base: string, article: Range): void {
  const root = normalizeBase(base);
  if (!pathname.startsWith(root)) throw new Error(`${pathname}: a page outside the site's base path ${root}`);
  const { path, locale } = unlocalizedPath(pathname.slice(root.length));
  const notes = memoized(openNotes, folder, () => openSync(join(folder, NOTES), 'a'));
  writeSync(notes, `${path}\t${locale}\t${article.start}\t${article.end}\n`);
}

/**
 * The record of each article noted in `folder`, with its path (`articles/x/`), read from its pages
 * in the built `site`. Throws, naming the page, when an edition's page of an article was not noted,
 * or its part is not an article.
 */
export function* articleRecords(folder: string, site: string): Generator<{ path: string; record: string }> {
  const notes = new Map<string, Map<string, Range>>();
  for (const line of readFileSync(join(folder, NOTES), 'utf8').split('\n')) {
    const [path, locale, start, end] = line.split('\t');
    if (path === undefined || locale === undefined) continue;
    notes.set(path, (notes.get(path) ?? new Map()).set(locale, { start: Number(start), end: Number(end) }));
  }
  for (const [path, editions] of [...notes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const articles = LOCALES.map((locale) => {
      const page = `${localizedPath(path, locale)}index.html`;
      const range = editions.get(locale);
      const article = range && readRange(join(site, page), range);
      if (!article?.startsWith('<article') || !/<\/article[^>]*>$/i.test(article)) {
        throw new Error(
          `${page}: the search index reads each edition’s page of an article, and found no <article ${BODY}> where it was noted`,
        );
      }
      return article;
    });
    yield { path, record: articleRecord(path, articles) };
  }
}

/** The bytes of `file` in `range`, as text: only the article, not the page around it, is read from the disk. */
function readRange(file: string, range: Range): string {
  const bytes = Buffer.allocUnsafe(Math.max(0, range.end - range.start));
  const descriptor = openSync(file, 'r');
  try {
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(descriptor, bytes, read, bytes.length - read, range.start + read);
      if (got === 0) break;
      read += got;
    }
    return bytes.subarray(0, read).toString('utf8');
  } finally {
    closeSync(descriptor);
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

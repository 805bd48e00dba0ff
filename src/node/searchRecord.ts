/**
 * What the search index reads of each article (src/node/searchIndex.ts): one record for both
 * editions, read from the article's built page in each as HTML (src/node/readHtml.ts), so no text in
 * the page, however it mentions `<article>` or `data-pagefind-body`, is taken for the part to index.
 */
import { DEFAULT_LOCALE } from '../lib/i18n/locales.ts';
import { PATH_FIELD } from '../lib/search/editions.ts';
import { readHtml } from './readHtml.ts';

/** A built page: where it is, for errors, and its bytes as written. */
export interface BuiltPage {
  file: string;
  html: Uint8Array;
}

/** The attribute that marks the part of a page the index reads (Pagefind's). */
const BODY = 'data-pagefind-body';

/**
 * The record of the article at `path` (`articles/x/`): the `<article data-pagefind-body>` of its page
 * in each edition, the default edition's first, as one document in the default language that gives
 * its path as `PATH_FIELD`. Each edition's page names its own fields (`searchField`); the text all
 * editions share is marked `data-pagefind-ignore` on all but the default edition's page, so it is read
 * once. Throws, naming the file, when a page has no such article.
 */
export function articleRecord(path: string, pages: readonly BuiltPage[]): string {
  const articles = pages.map(({ file, html }) => {
    const { start, end } = indexedArticle(html, file);
    return Buffer.from(html.buffer, html.byteOffset + start, end - start).toString('utf8');
  });
  const attribute = path.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html><html lang="${DEFAULT_LOCALE}"><body data-pagefind-meta="${PATH_FIELD}[data-path]" data-path="${attribute}">${articles.join('')}</body></html>`;
}

/** Where the page's first `<article data-pagefind-body>` starts and ends, articles nested in it included. */
function indexedArticle(html: Uint8Array, file: string): { start: number; end: number } {
  let start: number | undefined;
  let end: number | undefined;
  let depth = 0;
  readHtml(html, file, {
    startTag(tag) {
      if (tag.name !== 'article' || end !== undefined) return;
      if (depth > 0) depth += 1;
      else if (tag.attribute(BODY) !== undefined) {
        start = tag.start;
        depth = 1;
      }
    },
    endTag(name, _start, tagEnd) {
      if (name !== 'article' || depth === 0) return;
      depth -= 1;
      if (depth === 0) end = tagEnd;
    },
  });
  if (start === undefined || end === undefined) {
    throw new Error(`${file}: the search index reads an article page’s <article ${BODY}>, and this page has none`);
  }
  return { start, end };
}

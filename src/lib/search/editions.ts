/**
 * One search index for every edition. An article's text is the same in each edition; only its
 * headline, date and summary are the edition's own. So the index holds each article once, with its
 * address and each edition's headline and date as fields of their own, and a reader of either
 * edition searches the same index: writing it costs half as much as an index per edition
 * (docs/performance.md).
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { localizedPath, pathWithBase } from '../urls.ts';

/** A field a search result shows. */
export type SearchField = 'title' | 'date';

/** A result field's name in the index for an edition: `title` in the default edition, `title_ko` in the Korean one. */
export function searchField(field: SearchField, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? field : `${field}_${locale}`;
}

/** The field that holds a result's page, relative to the site root in the default edition (`articles/x/`). */
export const PATH_FIELD = 'url';

/** A result's address in the reader's edition, from its `PATH_FIELD`: `articles/x/` → `/timeline/ko/articles/x/`. */
export function resultUrl(path: string, base: string, locale: Locale): string {
  return pathWithBase(localizedPath(path, locale), base);
}

/** A built page: where it is, for errors, and its bytes as written. */
export interface BuiltPage {
  file: string;
  html: Buffer;
}

const BODY = ' data-pagefind-body';
const ARTICLE_END = '</article>';

/**
 * What the index reads of one article at `path` (`articles/x/`): the `<article data-pagefind-body>`
 * of its page in each edition, the default edition's first, as one document in the default language
 * that gives its path as `PATH_FIELD`. Each edition's page names its own fields (`searchField`); the
 * text all editions share is marked `data-pagefind-ignore` on all but the default edition's page, so
 * it is read once. Only the article is decoded, not the head and styles around it. Throws, naming the
 * file, when a page has no such article.
 */
export function articleRecord(path: string, pages: readonly BuiltPage[]): string {
  const articles = pages.map(({ file, html }) => {
    const marker = html.indexOf(BODY);
    const start = html.lastIndexOf('<article', marker);
    const end = html.lastIndexOf(ARTICLE_END);
    if (marker === -1 || start === -1 || end < marker) {
      throw new Error(`${file}: the search index reads an article page's <article${BODY}>, and this page has none`);
    }
    return html.toString('utf8', start, end + ARTICLE_END.length);
  });
  const attribute = path.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html><html lang="${DEFAULT_LOCALE}"><body data-pagefind-meta="${PATH_FIELD}[data-path]" data-path="${attribute}">${articles.join('')}</body></html>`;
}

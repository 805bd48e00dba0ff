/**
 * The search index's field names and its results' addresses: what the article pages, each article's
 * record (src/node/searchRecord.ts) and the search box (src/scripts/searchBox.ts) share. One index
 * serves every edition. An article's text is the same in each edition; only its headline, date and
 * summary are the edition's own. So the index holds each article once, with its address and each
 * edition's headline and date as fields of their own, and a reader of either edition searches the
 * same index, which costs the build far less to write than an index per edition (docs/performance.md).
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

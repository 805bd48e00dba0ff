/**
 * The timeline filter's index for an archive too long for one page: one small file per company and
 * per topic and edition, listing the matching entries, fetched only when a reader filters.
 */
import { headline } from './i18n/articleText.ts';
import { langAttribute, type Locale } from './i18n/locales.ts';
import { formatDate } from './dates.ts';
import type { ArticleData } from './content/schema.ts';

/** What the timeline can be filtered by, and the query parameter of each (`?company=kt&tag=ai`). */
export const FILTER_FACETS = ['company', 'tag'] as const;

/** A facet of the filter: `company` or `tag`. */
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** Where a facet value's index is, relative to the site root: `filters/company/kt.json`. */
export function filterIndexPath(facet: FilterFacet, value: string): string {
  return `filters/${facet}/${value}.json`;
}

/** One entry as the filtered list shows it: everything needed to draw and link it, already in the edition's words. */
export interface FilterEntry {
  id: string;
  /** The date as the edition writes it. */
  date: string;
  title: string;
  /** The headline's language, where it is not the edition's. */
  lang?: string;
  /** The article's page. */
  href: string;
  /** The entry on the timeline. */
  at: string;
}

/** The entries of one facet value, in timeline order, as written to its index file. */
export function filterEntries(
  articles: readonly { id: string; data: ArticleData }[],
  locale: Locale,
  links: { article(id: string): string; entry(id: string): string },
): FilterEntry[] {
  return articles.map((article) => {
    const title = headline(article.data, locale);
    const lang = langAttribute(title.lang, locale);
    return {
      id: article.id,
      date: formatDate(article.data.date, locale),
      title: title.text,
      ...(lang ? { lang } : {}),
      href: links.article(article.id),
      at: links.entry(article.id),
    };
  });
}

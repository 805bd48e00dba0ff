/**
 * The timeline filter's index for an archive too long for one page: one small file per company and
 * per topic and edition, listing the matching entries, fetched only when a reader filters.
 */
import { companiesInvolved } from './companies.ts';
import { headline } from './i18n/articleText.ts';
import { langAttribute, type Locale } from './i18n/locales.ts';
import { formatDate } from './dates.ts';
import type { ArticleData } from './content/schema.ts';

/** One entry as the filtered list shows it: everything needed to draw and link it, already in the edition's words. */
export interface FilterEntry {
  id: string;
  /** The day, `YYYY-MM-DD`, and the companies it involves: what the charts match their marks by. */
  day: string;
  companies: string[];
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
      day: article.data.date,
      companies: companiesInvolved(article),
      date: formatDate(article.data.date, locale),
      title: title.text,
      ...(lang ? { lang } : {}),
      href: links.article(article.id),
      at: links.entry(article.id),
    };
  });
}

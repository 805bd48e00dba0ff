/** Every page of the built site that the cross-cutting checks visit, in both editions, worked out from the content. */
import { articlesByCompany } from '../../src/lib/companies.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { layoutTimeline, paginate } from '../../src/lib/paging.ts';
import { groupByYear } from '../../src/lib/timeline.ts';
import { COMPANIES_PATH, articlePath, companyPath, localizedPath, tagPath } from '../../src/lib/urls.ts';
import { contentRoot } from '../../src/node/contentDir.ts';
import { sourceArticles, sourceCompanies } from './content.ts';

/**
 * Site-relative paths (`./`, `./ko/articles/x/`) of the timeline and its year pages, every article,
 * the company list, every company's and every topic's pages, in each edition.
 */
export function allPages(dir = contentRoot()): string[] {
  const articles = sourceArticles(dir);
  const byCompany = articlesByCompany(articles);
  const tags = [...new Set(articles.flatMap((article) => article.data.tags ?? []))].sort();
  const byTag = (tag: string) => articles.filter((article) => article.data.tags?.includes(tag));
  const paths = [
    '',
    ...layoutTimeline(groupByYear(articles)).yearPages.map((page) => page.path),
    ...articles.map((article) => articlePath(article.id)),
    COMPANIES_PATH,
    ...[...sourceCompanies(dir).keys()].flatMap((slug) =>
      paginate(byCompany.get(slug) ?? []).map((_, index) => companyPath(slug, index + 1)),
    ),
    ...tags.flatMap((tag) => paginate(byTag(tag)).map((_, index) => tagPath(tag, index + 1))),
  ];
  return LOCALES.flatMap((locale) => paths.map((path) => `./${localizedPath(path, locale)}`));
}

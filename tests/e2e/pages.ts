/** Every page of the built site that the cross-cutting checks visit, in both editions. */
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { COMPANIES_PATH, articlePath, companyPath, localizedPath } from '../../src/lib/urls.ts';
import { contentRoot } from '../../src/node/contentDir.ts';
import { sourceArticles, sourceCompanies } from './content.ts';

/** Site-relative paths (`./`, `./ko/articles/x/`) of the timeline, every article, the company list and every company, in each edition. */
export function allPages(dir = contentRoot()): string[] {
  const paths = [
    '',
    ...sourceArticles(dir).map((article) => articlePath(article.id)),
    COMPANIES_PATH,
    ...[...sourceCompanies(dir).keys()].map((slug) => companyPath(slug)),
  ];
  return LOCALES.flatMap((locale) => paths.map((path) => `./${localizedPath(path, locale)}`));
}

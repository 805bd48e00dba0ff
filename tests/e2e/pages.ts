/** Every page of the built site that the cross-cutting checks visit, in both editions, worked out from the content. */
import { articlesByCompany } from '../../src/lib/companies.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { layoutTimeline, paginate } from '../../src/lib/paging.ts';
import { groupByYear } from '../../src/lib/timeline.ts';
import {
  CHARTS,
  CHARTS_PATH,
  COMPANIES_PATH,
  EMBED_PATH,
  articlePath,
  chartPath,
  companyPath,
  embedChartPath,
  localizedPath,
  tagPath,
} from '../../src/lib/urls.ts';
import { contentRoot } from '../../src/node/contentDir.ts';
import { sourceArticles, sourceCompanies, type SourceArticle } from './content.ts';

/** The embeds, the pages other sites may frame: the timeline and each chart (site-relative: `./ko/embed/`), in each edition given. */
export function embedPages(locales: readonly Locale[] = LOCALES): string[] {
  const paths = [EMBED_PATH, ...CHARTS.map((chart) => embedChartPath(chart))];
  return locales.flatMap((locale) => paths.map((path) => `./${localizedPath(path, locale)}`));
}

/** The page of every chart and each chart's own page. */
const chartPages = () => [CHARTS_PATH, ...CHARTS.map((chart) => chartPath(chart))];

/**
 * Site-relative paths (`./`, `./ko/articles/x/`) of the timeline and its year pages, every article,
 * the company list, the charts' pages, every company's and every topic's pages, and the embeds, in
 * each edition.
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
    ...chartPages(),
    ...[...sourceCompanies(dir).keys()].flatMap((slug) =>
      paginate(byCompany.get(slug) ?? []).map((_, index) => companyPath(slug, index + 1)),
    ),
    ...tags.flatMap((tag) => paginate(byTag(tag)).map((_, index) => tagPath(tag, index + 1))),
  ];
  return [...LOCALES.flatMap((locale) => paths.map((path) => `./${localizedPath(path, locale)}`)), ...embedPages()];
}

/**
 * The pages the per-page browser checks (axe, requests, the policy, the twins) visit: every kind of
 * page in each edition, and within each kind the ones that show the most and the least, so the
 * checks cost the same for five articles as for ten thousand; and every embed. The link crawl and
 * the servers' checks still visit every page of `allPages`.
 */
export function checkedPages(dir = contentRoot()): string[] {
  const articles = sourceArticles(dir);
  const byCompany = articlesByCompany(articles);
  const companies = [...sourceCompanies(dir).keys()].sort();
  const tags = [...new Set(articles.flatMap((article) => article.data.tags ?? []))].sort();
  const byTag = (tag: string) => articles.filter((article) => article.data.tags?.includes(tag));
  const size = (article: SourceArticle) =>
    (article.data.investments?.length ?? 0) + (article.data.ownership ? 1 : 0) + article.data.companies.length;
  const yearPages = layoutTimeline(groupByYear(articles)).yearPages.map((page) => page.path);
  const companyPages = (slug: string | undefined) =>
    slug === undefined ? [] : paginate(byCompany.get(slug) ?? []).map((_, index) => companyPath(slug, index + 1));
  const tagPages = (tag: string | undefined) =>
    tag === undefined ? [] : paginate(byTag(tag)).map((_, index) => tagPath(tag, index + 1));
  const paths = [
    '',
    ...extremes(yearPages, (path) => yearPages.indexOf(path)),
    ...extremes(articles, size).map((article) => articlePath(article.id)),
    ...LOCALES.flatMap((language) => articles.find((article) => article.data.language === language) ?? []).map(
      (article) => articlePath(article.id),
    ),
    ...[articles[0], articles.at(-1)].flatMap((article) => (article ? [articlePath(article.id)] : [])),
    COMPANIES_PATH,
    ...chartPages(),
    ...extremes(companies, (slug) => byCompany.get(slug)?.length ?? 0).flatMap((slug) =>
      extremes(companyPages(slug), (_, index) => index),
    ),
    ...extremes(tags, (tag) => byTag(tag).length).flatMap((tag) => extremes(tagPages(tag), (_, index) => index)),
  ];
  return [
    ...LOCALES.flatMap((locale) => [...new Set(paths)].map((path) => `./${localizedPath(path, locale)}`)),
    ...embedPages(),
  ];
}

/**
 * The articles whose pages the article checks read in each edition: the first and the last (the
 * pager's ends) and one between them, and the first of each kind that the page shows differently
 * (each language; a headline translated or not, either way; with and without an author, with and
 * without a link to the original). A dozen at most, whatever the size of the archive.
 */
export function checkedArticles(articles: readonly SourceArticle[]): SourceArticle[] {
  const kinds: ((article: SourceArticle) => boolean)[] = [
    ...LOCALES.map((language) => (article: SourceArticle) => article.data.language === language),
    (article) => article.data.titleKo !== undefined,
    (article) => article.data.titleEn !== undefined,
    (article) => article.data.language === 'en' && article.data.titleKo === undefined,
    (article) => article.data.language === 'ko' && article.data.titleEn === undefined,
    (article) => article.data.source.author !== undefined,
    (article) => article.data.source.author === undefined,
    (article) => article.data.source.url !== undefined,
    (article) => article.data.source.url === undefined,
  ];
  const chosen = new Set([
    articles[0],
    articles[Math.floor(articles.length / 2)],
    articles.at(-1),
    ...kinds.map((kind) => articles.find(kind)),
  ]);
  return articles.filter((article) => chosen.has(article));
}

/** The first item with the least and the first with the most of a measure (one item when they are the same). */
function extremes<T>(items: readonly T[], measure: (item: T, index: number) => number): T[] {
  if (items.length === 0) return [];
  const measured = items.map((item, index) => ({ item, value: measure(item, index) }));
  const least = measured.reduce((a, b) => (b.value < a.value ? b : a));
  const most = measured.reduce((a, b) => (b.value > a.value ? b : a));
  return least === most ? [least.item] : [least.item, most.item];
}

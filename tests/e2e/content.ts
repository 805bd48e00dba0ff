/** What a content folder holds, read straight from the files, so tests compare the site with its source. */
import { rollup } from 'd3-array';
import { companiesInvolved } from '../../src/lib/companies.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import {
  articleSchema,
  companySchema,
  siteSchema,
  type ArticleData,
  type CompanyData,
  type SiteData,
} from '../../src/lib/content/schema.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { stripParticles } from '../../src/lib/search/koreanQuery.ts';
import { layoutTimeline } from '../../src/lib/paging.ts';
import { groupByYear, sortByDate } from '../../src/lib/timeline.ts';
import { contentRoot, readContent } from '../../src/node/contentDir.ts';

/** An article as its file says: slug, frontmatter and the plain text of its first paragraph. */
export interface SourceArticle {
  id: string;
  data: ArticleData;
  firstParagraph: string;
}

/** Every article in the content folder, oldest first. */
export function sourceArticles(dir = contentRoot()): SourceArticle[] {
  const articles = readContent(dir).articles.map((file) => {
    const split = splitFrontmatter(file.text);
    if (!split) throw new Error(`${file.path} has no frontmatter`);
    return {
      id: slugFromPath(file.path),
      data: articleSchema.parse(yamlData(split.frontmatter, file.path)),
      firstParagraph: firstParagraph(split.body),
    };
  });
  return sortByDate(articles);
}

/** How the timeline of these articles is laid out: all on `/`, or the latest there and the rest on year pages. */
export function timelineLayout(articles: readonly SourceArticle[]) {
  return layoutTimeline(groupByYear(articles));
}

/** The articles `/` shows, oldest first: all of them, or the latest of a timeline split into year pages. */
export function homeArticles(articles: readonly SourceArticle[]): SourceArticle[] {
  return timelineLayout(articles).home.flatMap((group) => group.entries);
}

/** The page of the timeline that shows an article (`''` for `/`, else its year page's path), and the articles on it. */
export function timelinePageOf(
  articles: readonly SourceArticle[],
  id: string,
): { path: string; articles: SourceArticle[] } {
  const layout = timelineLayout(articles);
  const yearPage = layout.yearPages.find((page) => page.entries.some((article) => article.id === id));
  if (yearPage) return { path: yearPage.path, articles: yearPage.entries };
  return { path: '', articles: homeArticles(articles) };
}

/** A word of the article's first paragraph that no other article's first paragraph has: searching it must find the article. */
export function distinctiveWord(article: SourceArticle, articles: readonly SourceArticle[]): string {
  const word = paragraphWord(article, articles);
  if (!word) throw new Error(`${article.id} has no word of its own in its first paragraph`);
  return word;
}

/**
 * A word to search an article by, which must find it: one of its first paragraph that no other
 * article's first paragraph has, else one of its headline that begins no word of any other article's
 * headlines, summaries, first paragraph, source or date (the search also finds words by their start),
 * such as the number a synthetic headline carries. `undefined` when it has neither, as an article
 * whose text is all a template's may not.
 */
export function searchWord(article: SourceArticle, articles: readonly SourceArticle[]): string | undefined {
  const fromParagraph = paragraphWord(article, articles);
  if (fromParagraph) return fromParagraph;
  const elsewhere = articles.filter((other) => other !== article).flatMap((other) => searchedWords(other));
  return words(article.data.title).find((candidate) => {
    const start = candidate.toLowerCase();
    return !elsewhere.some((word) => word.startsWith(start));
  });
}

/** Runs of letters and digits, as the search splits text into words. */
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

function paragraphWord(article: SourceArticle, articles: readonly SourceArticle[]): string | undefined {
  const long = (text: string) => words(text).filter((word) => word.length >= 6);
  const elsewhere = new Set(
    articles.filter((other) => other !== article).flatMap((other) => long(other.firstParagraph)),
  );
  return long(article.firstParagraph).find((candidate) => !elsewhere.has(candidate));
}

/** The words of an article the search finds it by, as far as its file tells without its pages, in lower case. */
function searchedWords({ data, firstParagraph }: SourceArticle): string[] {
  const texts = [
    data.title,
    data.titleEn,
    data.titleKo,
    data.summary,
    data.summaryKo,
    ...(data.deck ?? []),
    firstParagraph,
    data.source.name,
    data.source.author,
    ...LOCALES.map((locale) => formatDate(data.date, locale)),
  ];
  return words(texts.filter((text) => text !== undefined).join(' ')).map((word) => word.toLowerCase());
}

/** Particles a Korean noun may take, for spelling it with one its text never gave it. */
const PARTICLES = ['을', '를', '은', '는', '이', '가', '에서', '으로', '로', '와', '과', '도', '만', '까지'];

/**
 * Three ways to search a noun a Korean article only ever writes with a particle attached: alone, as
 * the text has it, and with another particle. Each must find the article.
 */
export function particleQueries(article: SourceArticle): [string, string, string] {
  const words = article.firstParagraph.split(/[^\p{L}\p{N}]+/u);
  const attached = words.find((word) => stripParticles(word) !== word && !words.includes(stripParticles(word)));
  if (!attached) throw new Error(`${article.id} has no noun with a particle in its first paragraph`);
  const stem = stripParticles(attached);
  const other = PARTICLES.find(
    (particle) =>
      stripParticles(`${stem}${particle}`) === stem && !article.firstParagraph.includes(`${stem}${particle}`),
  );
  if (!other) throw new Error(`${article.id}: no other particle for "${stem}"`);
  return [stem, attached, `${stem}${other}`];
}

/**
 * The company in the most articles but not in all of them, so that filtering by it hides some, and
 * its articles in timeline order. It is one of an entry `/` shows, so its chip is there to click.
 */
export function filteringCompany(articles: readonly SourceArticle[]): {
  company: string;
  withCompany: SourceArticle[];
} {
  const onHome = new Set(homeArticles(articles).flatMap((article) => companiesInvolved(article)));
  const counts = rollup(
    articles.flatMap((article) => companiesInvolved(article)),
    (slugs) => slugs.length,
    (slug) => slug,
  );
  const [company] =
    [...counts].filter(([slug, count]) => count < articles.length && onHome.has(slug)).sort((a, b) => b[1] - a[1])[0] ??
    [];
  if (company === undefined)
    throw new Error('no company on / is in some articles but not in all: the filter has nothing to hide');
  return { company, withCompany: articles.filter((article) => companiesInvolved(article).includes(company)) };
}

/** Every company in the content folder, by slug. */
export function sourceCompanies(dir = contentRoot()): Map<string, CompanyData> {
  return new Map(
    readContent(dir).companies.map((file) => [
      slugFromPath(file.path),
      companySchema.parse(yamlData(file.text, file.path)),
    ]),
  );
}

/** The site's own text, `site.yaml`. */
export function sourceSite(dir = contentRoot()): SiteData {
  const file = readContent(dir).site;
  if (!file) throw new Error(`${dir} has no site.yaml`);
  return siteSchema.parse(yamlData(file.text, file.path));
}

function yamlData(text: string, path: string): unknown {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.reason}`);
  return parsed.data;
}

/** The first paragraph of an MDX body that is plain prose (no component tags), without Markdown marks. */
function firstParagraph(body: string): string {
  const paragraph = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !block.startsWith('<') && !block.startsWith('{'));
  if (!paragraph) throw new Error('article body has no prose paragraph');
  return paragraph.replace(/[*_`]/g, '').replace(/\s+/g, ' ');
}

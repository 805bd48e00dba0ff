/**
 * A content folder whose text fields carry markup, script and redirects as text: every text field of
 * one article, of one company it names and of `site.yaml` (both languages, the alliances' and the
 * topics' names). Each text starts with a word of its own (its marker, `markerOf`), so a test can
 * find where it shows, and holds as much of `NASTY` as its field's length limit allows. The schema takes all of it:
 * text is text, whatever it says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { SUMMARY_MAX_LENGTH } from '../../src/lib/content/schema.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { readContent } from '../../src/node/contentDir.ts';
import { sourceArticles } from './content.ts';

/** What an attacker would try, written as text. */
export const NASTY = [
  '<script>alert(1)</script>',
  '<style>body{display:none}</style>',
  '</head>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '<meta http-equiv="refresh" content="0;url=https://example.org/">',
  '<base href="https://example.org/">',
  '<link rel="stylesheet" href="https://example.org/x.css">',
  '<iframe src="https://example.org/"></iframe>',
  '<!-- ]]> --> </script> </title> </textarea>',
  '&amp; &lt;b&gt; 가 𝒳',
];

/** Elements any of `NASTY` would make if it were read as markup. */
export const INJECTED = [
  'img[src="x"]',
  '[onerror]',
  '[onload]',
  'meta[http-equiv="refresh"]',
  // The embeds write a <base target="_top"> of their own, with no address.
  'base[href]',
  'link[href^="https://example.org"]',
  'iframe[src^="https://example.org"]',
].join(', ');

/** Text fields by their limits: a field not listed here has none. */
const MAX_LENGTH: Record<string, number> = {
  summary: SUMMARY_MAX_LENGTH,
  summaryKo: SUMMARY_MAX_LENGTH,
  description: 300,
  target: 60,
};

/** The keys of an article's frontmatter whose string values are text to a reader. */
const ARTICLE_TEXT = new Set([
  ...['title', 'titleKo', 'titleEn', 'summary', 'summaryKo', 'deck'],
  // The source's publisher, author and note; an investment's note; a holding's source.
  ...['name', 'author', 'note', 'source', 'targetKo', 'holderKo'],
]);
/** Keys that hold a company slug or, when they are not one, a label to show. */
const SLUG_OR_LABEL = new Set(['target', 'holder']);

/** What the hostile copy holds: the article and company made hostile, and every text written, by marker. */
export interface HostileContent {
  article: string;
  company: string;
  texts: Map<string, string>;
}

/** The article made hostile, the one with the most to say (the most text fields), and the company it names first. */
export function hostileTargets(dir: string): { article: string; company: string } {
  const article = sourceArticles(dir).reduce((most, next) =>
    textCount(next.data) > textCount(most.data) ? next : most,
  );
  return { article: article.id, company: article.data.companies[0]! };
}

/** Makes the content folder at `dir` hostile, and says what it wrote. */
export function makeHostile(dir: string): HostileContent {
  const texts = new Map<string, string>();
  const hostile = (name: string, field: string) => {
    const max = MAX_LENGTH[field] ?? Number.POSITIVE_INFINITY;
    const marker = markerOf(name);
    let text = marker;
    for (const nasty of NASTY) if ([...`${text} ${nasty}`].length <= max) text = `${text} ${nasty}`;
    texts.set(marker, text);
    return text;
  };
  const content = readContent(dir);
  const companies = new Set(content.companies.map((file) => slugFromPath(file.path)));

  const { article, company } = hostileTargets(dir);
  const articleFile = content.articles.find((file) => slugFromPath(file.path) === article)!.path;
  const split = splitFrontmatter(readFileSync(articleFile, 'utf8'))!;
  let count = 0;
  const frontmatter = rewrite(yaml(split.frontmatter), (key, value) =>
    ARTICLE_TEXT.has(key) || (SLUG_OR_LABEL.has(key) && !companies.has(value))
      ? hostile(`article${key}${(count += 1)}`, key)
      : value,
  );
  writeFileSync(articleFile, `---\n${dump(frontmatter, { lineWidth: -1 })}---\n${split.body}`);

  const companyFile = join(dir, 'companies', `${company}.yaml`);
  const companyData = yaml(readFileSync(companyFile, 'utf8')) as Record<string, unknown>;
  for (const field of ['name', 'nameKo', 'shortName']) companyData[field] = hostile(`company${field}`, field);
  writeFileSync(companyFile, dump(companyData, { lineWidth: -1 }));

  const siteFile = join(dir, 'site.yaml');
  const site = yaml(readFileSync(siteFile, 'utf8')) as Record<
    string,
    Record<string, unknown> | Record<string, unknown>[]
  >;
  for (const locale of ['en', 'ko']) {
    const copy = site[locale] as Record<string, unknown>;
    for (const field of Object.keys(copy)) copy[field] = hostile(`${locale}${field}`, field);
  }
  for (const list of ['alliances', 'tags']) {
    for (const [index, item] of ((site[list] ?? []) as Record<string, unknown>[]).entries()) {
      for (const locale of ['en', 'ko']) item[locale] = hostile(`${list}${index}${locale}`, locale);
    }
  }
  writeFileSync(siteFile, dump(site, { lineWidth: -1 }));
  return { article, company, texts };
}

/**
 * The word a text starts with, from what it is (`entitle`: the English site name): one word to a
 * search, and no marker is part of another.
 */
export function markerOf(name: string): string {
  return `qx${name.toLowerCase()}qx`;
}

function yaml(text: string): unknown {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

/** A copy of `data` with each string `change` gives a new value for (by its key; an item of a list by the list's). */
function rewrite(data: unknown, change: (key: string, value: string) => string, key = ''): unknown {
  if (typeof data === 'string') return change(key, data);
  if (Array.isArray(data)) return data.map((item) => rewrite(item, change, key));
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([name, value]) => [name, rewrite(value, change, name)]));
  }
  return data;
}

function textCount(data: unknown): number {
  let count = 0;
  rewrite(data, (key, value) => {
    if (ARTICLE_TEXT.has(key) || SLUG_OR_LABEL.has(key)) count += 1;
    return value;
  });
  return count;
}

/** What a content folder holds, read straight from the files, so tests compare the site with its source. */
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
import { sortByDate } from '../../src/lib/timeline.ts';
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

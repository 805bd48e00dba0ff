/**
 * The addresses in the content that lead off the site, each with the file and field it is written in:
 * what `npm run check:links` checks. Files are read as the editor wrote them, like `npm run check:content`
 * reads them; a value that is not an http(s) URL is that check's to report, so it is left out here.
 */
import { parseYaml, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { httpUrl } from '../../src/lib/content/schema.ts';
import type { ContentFile, ContentInput } from '../../src/lib/content/validate.ts';

/** One address as written in the content. */
export interface ContentLink {
  /** The file, relative to the project root, e.g. `content/articles/2017-03-15-x.mdx`. */
  file: string;
  /** The field, as `npm run check:content` names it: `source.url`, `source.archived`, `url`. */
  field: string;
  url: string;
}

/** The fields that hold an outside address: the original and its archived copy for articles, the website for companies. */
const ARTICLE_FIELDS = ['source.url', 'source.archived'] as const;
const COMPANY_FIELDS = ['url'] as const;

/** Every outside address of every article and company, in file order, the article's fields in contract order. */
export function contentLinks(content: Pick<ContentInput, 'articles' | 'companies'>): ContentLink[] {
  return [
    ...content.articles.flatMap((file) => linksIn(file, frontmatterOf(file.text), ARTICLE_FIELDS)),
    ...content.companies.flatMap((file) => linksIn(file, parsed(file.text), COMPANY_FIELDS)),
  ];
}

function linksIn(file: ContentFile, data: unknown, fields: readonly string[]): ContentLink[] {
  return fields.flatMap((field) => {
    const value = field.split('.').reduce<unknown>((object, key) => (isRecord(object) ? object[key] : undefined), data);
    return typeof value === 'string' && httpUrl.safeParse(value).success
      ? [{ file: file.path, field, url: value }]
      : [];
  });
}

function frontmatterOf(text: string): unknown {
  const split = splitFrontmatter(text);
  return split ? parsed(split.frontmatter) : undefined;
}

function parsed(text: string): unknown {
  const result = parseYaml(text);
  return result.ok ? result.data : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** JSON-LD (schema.org) for search engines: the site on its home page, a NewsArticle on each article page. */
import type { ArticleData } from './content/schema.ts';
import type { CalendarDate } from './dates.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** What the home page's WebSite object says. */
export interface WebSiteInput {
  name: string;
  description: string;
  /** The home page, absolute. */
  url: string;
  language: string;
}

/** The site as a schema.org WebSite. */
export function webSiteJsonLd({ name, description, url, language }: WebSiteInput): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, description, url, inLanguage: language };
}

/** What an article page's NewsArticle object says. */
export interface NewsArticleInput {
  data: Pick<ArticleData, 'title' | 'summary' | 'language' | 'source' | 'tags'>;
  /** The headline as this page shows it (a translation on the other edition's page); the original's by default. */
  headline?: string;
  /** When the original was published (`publishedDate`). */
  published: CalendarDate;
  /** When the site last corrected the article (`lastCorrected`), if it ever did. */
  modified?: CalendarDate | undefined;
  /** This page, absolute. */
  url: string;
  /** The social image, absolute. */
  image: string;
  /** The publisher's own website, where the content knows it. */
  publisherUrl?: string | undefined;
  /** Names of the companies the article is about. */
  about: readonly string[];
}

/**
 * The article as a schema.org NewsArticle. The original publisher is the publisher (this site
 * reproduces its report), and the original's URL, where known, is what the page `isBasedOn`.
 */
export function newsArticleJsonLd({
  data,
  headline,
  published,
  modified,
  url,
  image,
  publisherUrl,
  about,
}: NewsArticleInput): JsonLd {
  const { title, summary, language, source, tags } = data;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline ?? title,
    description: summary,
    inLanguage: language,
    datePublished: published,
    ...(modified ? { dateModified: modified } : {}),
    url,
    mainEntityOfPage: url,
    image: [image],
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    publisher: { '@type': 'Organization', name: source.name, ...(publisherUrl ? { url: publisherUrl } : {}) },
    ...(source.url ? { isBasedOn: source.url } : {}),
    about: about.map((name) => ({ '@type': 'Organization', name })),
    ...(tags && tags.length > 0 ? { keywords: tags.join(', ') } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped, so no text in the
 * content can close the script element early (JSON parsers read the escapes back as the same characters).
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

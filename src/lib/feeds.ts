/**
 * The articles as feed entries, and the JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).
 * The RSS feed is written by @astrojs/rss from the same entries, so both feeds always agree.
 */
import type { ArticleData } from './content/schema.ts';
import { lastCorrected } from './corrections.ts';
import { toUtcDate, type CalendarDate } from './dates.ts';
import { headline, summary, type ArticleTexts } from './i18n/articleText.ts';
import type { Locale } from './i18n/locales.ts';
import { articlePath } from './urls.ts';

/** How many of the newest articles a feed carries: readers poll feeds, and a feed of the whole archive would grow without end. */
export const FEED_LIMIT = 50;

/** An article as the feeds need it. */
export interface FeedArticle {
  id: string;
  data: ArticleTexts & Pick<ArticleData, 'date' | 'source' | 'tags' | 'corrections'>;
}

/** One article in a feed, every URL absolute. */
export interface FeedEntry {
  /** The article page on this site: the entry's link and its permanent id. */
  url: string;
  title: string;
  summary: string;
  /** When the original was published. */
  published: CalendarDate;
  /** When the site last corrected the article, if it ever did. */
  updated?: CalendarDate;
  /** The original article, where it is known. */
  originalUrl?: string;
  publisher: string;
  author?: string;
  tags: string[];
}

/** Turns a site-relative path into an absolute URL on the deployed site (`absoluteHref` on the site). */
export type AbsoluteUrl = (path: string) => string;

/** The day the original report came out: `source.published`, else the event's own date. */
export function publishedDate(article: FeedArticle): CalendarDate {
  return article.data.source.published ?? article.data.date;
}

/**
 * The newest articles (at most `FEED_LIMIT`) as feed entries in an edition's language, newest first
 * as feed readers expect. `articles` are in timeline order, oldest first.
 */
export function feedEntries(articles: readonly FeedArticle[], url: AbsoluteUrl, locale: Locale): FeedEntry[] {
  return articles
    .slice(-FEED_LIMIT)
    .reverse()
    .map((article) => {
      const { source, tags } = article.data;
      const updated = lastCorrected(article.data);
      return {
        url: url(articlePath(article.id)),
        title: headline(article.data, locale).text,
        summary: summary(article.data, locale).text,
        published: publishedDate(article),
        ...(updated ? { updated } : {}),
        ...(source.url ? { originalUrl: source.url } : {}),
        publisher: source.name,
        ...(source.author ? { author: source.author } : {}),
        tags: tags ?? [],
      };
    });
}

/** A calendar date as an RFC 3339 instant: midnight UTC, the same on every machine. */
export function rfc3339(date: CalendarDate): string {
  return toUtcDate(date).toISOString().replace('.000Z', 'Z');
}

/** What a feed says about itself. */
export interface FeedMeta {
  title: string;
  description: string;
  /** The site's home page, absolute. */
  homePageUrl: string;
  /** Where this feed itself is published, absolute. */
  feedUrl: string;
  /** The site's icon, absolute. */
  iconUrl?: string;
  language: string;
  /** "Source", in the feed's language, before the publisher in each item's text. */
  sourceLabel: string;
}

/** A JSON Feed 1.1 document of the entries: every item has its summary as `summary` and `content_text`. */
export function jsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    ...(meta.iconUrl ? { favicon: meta.iconUrl } : {}),
    language: meta.language,
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      ...(entry.originalUrl ? { external_url: entry.originalUrl } : {}),
      title: entry.title,
      summary: entry.summary,
      content_text: `${entry.summary}\n\n${meta.sourceLabel}: ${entry.publisher}`,
      date_published: rfc3339(entry.published),
      ...(entry.updated ? { date_modified: rfc3339(entry.updated) } : {}),
      ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
    })),
  };
}

/**
 * The fields @astrojs/rss takes for one item (its `RSSFeedItem`), from a feed entry. RSS 2.0 has no
 * date of change, so a corrected article's is Atom's `<atom:updated>` (the feed declares the namespace).
 */
export function rssItem(entry: FeedEntry) {
  return {
    title: entry.title,
    link: entry.url,
    description: entry.summary,
    pubDate: toUtcDate(entry.published),
    categories: entry.tags,
    ...(entry.updated ? { customData: `<atom:updated>${rfc3339(entry.updated)}</atom:updated>` } : {}),
  };
}

/** Escapes text for an XML attribute or element, for the bits of RSS written by hand. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

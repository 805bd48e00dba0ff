/**
 * The articles as feed entries, and the JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).
 * The RSS feed is written by @astrojs/rss from the same entries, so both feeds always agree.
 */
import type { ArticleData } from './content/schema.ts';
import { toUtcDate, type CalendarDate } from './dates.ts';
import { sortByDate } from './timeline.ts';
import { articlePath } from './urls.ts';

/** An article as the feeds need it. */
export interface FeedArticle {
  id: string;
  data: Pick<ArticleData, 'title' | 'date' | 'summary' | 'source' | 'tags'>;
}

/** One article in a feed, every URL absolute. */
export interface FeedEntry {
  /** The article page on this site: the entry's link and its permanent id. */
  url: string;
  title: string;
  summary: string;
  /** When the original was published. */
  published: CalendarDate;
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

/** Every article as a feed entry, newest first (as feed readers expect). */
export function feedEntries(articles: readonly FeedArticle[], url: AbsoluteUrl): FeedEntry[] {
  return sortByDate(articles)
    .reverse()
    .map((article) => {
      const { title, summary, source, tags } = article.data;
      return {
        url: url(articlePath(article.id)),
        title,
        summary,
        published: publishedDate(article),
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
      content_text: `${entry.summary}\n\nSource: ${entry.publisher}`,
      date_published: rfc3339(entry.published),
      ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
    })),
  };
}

/** The fields @astrojs/rss takes for one item (its `RSSFeedItem`), from a feed entry. */
export function rssItem(entry: FeedEntry) {
  return {
    title: entry.title,
    link: entry.url,
    description: entry.summary,
    pubDate: toUtcDate(entry.published),
    categories: entry.tags,
  };
}

/** Escapes text for an XML attribute or element, for the bits of RSS written by hand. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

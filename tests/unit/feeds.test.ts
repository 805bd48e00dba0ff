import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/content/schema.ts';
import { FEED_LIMIT, escapeXml, feedEntries, jsonFeed, publishedDate, rfc3339, rssItem } from '../../src/lib/feeds.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

const url = (path: string) => absoluteUrl(path, 'https://example.org', '/timeline/');
const article = (id: string, date: string, source: ArticleData['source'], extra: Partial<ArticleData> = {}) => ({
  id,
  data: { title: `Title ${id}`, date, summary: `Summary of ${id}`, language: 'en' as const, source, ...extra },
});
/** In timeline order, oldest first, as the archive gives them. */
const articles = [
  article(
    '2017-03-15-a',
    '2017-03-15',
    { name: 'Maeil Ilbo', author: 'Kim', published: '2017-03-16' },
    {
      corrections: [
        { date: '2026-12-01', text: 'The amount is 26,748,875,000 won.' },
        { date: '2026-11-02', text: 'The stake is 15%.' },
      ],
    },
  ),
  article(
    '2020-06-03-b',
    '2020-06-03',
    { name: 'The Korea Herald', url: 'https://example.com/b' },
    { tags: ['ai'], titleKo: '제목 b', summaryKo: 'b 요약' },
  ),
];

describe('publishedDate', () => {
  it('is the source’s publication date, else the event date', () => {
    expect(publishedDate(articles[0]!)).toBe('2017-03-16');
    expect(publishedDate(articles[1]!)).toBe('2020-06-03');
  });
});

describe('feedEntries', () => {
  const entries = feedEntries(articles, url, 'en');

  it('lists every article newest first, with its summary and an absolute URL under the base', () => {
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://example.org/timeline/articles/2020-06-03-b/',
      'https://example.org/timeline/articles/2017-03-15-a/',
    ]);
    expect(entries.map((entry) => entry.summary)).toEqual(['Summary of 2020-06-03-b', 'Summary of 2017-03-15-a']);
  });

  it('keeps the original’s URL, publisher and author where known', () => {
    expect(entries[0]).toMatchObject({
      originalUrl: 'https://example.com/b',
      publisher: 'The Korea Herald',
      tags: ['ai'],
    });
    expect(entries[0]).not.toHaveProperty('author');
    expect(entries[1]).toMatchObject({ author: 'Kim', published: '2017-03-16', tags: [] });
    expect(entries[1]).not.toHaveProperty('originalUrl');
  });

  it('gives the Korean edition its headlines and summaries, English where none was written', () => {
    const korean = feedEntries(articles, url, 'ko');
    expect(korean.map((entry) => [entry.title, entry.summary])).toEqual([
      ['제목 b', 'b 요약'],
      ['Title 2017-03-15-a', 'Summary of 2017-03-15-a'],
    ]);
  });

  it('carries only the newest articles of a large archive', () => {
    const many = Array.from({ length: FEED_LIMIT + 7 }, (_, index) =>
      article(`a-${String(index).padStart(3, '0')}`, '2020-01-01', { name: 'P' }),
    );
    const newest = feedEntries(many, url, 'en');
    expect(newest).toHaveLength(FEED_LIMIT);
    expect(newest[0]?.url).toContain(`a-${String(FEED_LIMIT + 6).padStart(3, '0')}`);
  });
});

describe('rfc3339', () => {
  it('is midnight UTC of the calendar date, whatever the local time zone', () => {
    expect(rfc3339('2017-03-15')).toBe('2017-03-15T00:00:00Z');
  });
});

describe('jsonFeed', () => {
  const meta = {
    title: 'T',
    description: 'D',
    homePageUrl: url(''),
    feedUrl: url('feed.json'),
    language: 'en',
    sourceLabel: 'Source',
  };
  const feed = jsonFeed(meta, feedEntries(articles, url, 'en'));

  it('is a JSON Feed 1.1 with its own and its home page’s URLs', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://example.org/timeline/',
      feed_url: 'https://example.org/timeline/feed.json',
    });
    expect(feed).not.toHaveProperty('favicon');
  });

  it('gives every item an id, a URL, its summary as summary and content, and a date', () => {
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.content_text).toMatch(new RegExp(`^${item.summary}\\n\\nSource: `));
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
    expect(feed.items[0]).toMatchObject({ external_url: 'https://example.com/b', tags: ['ai'] });
    expect(feed.items[1]).toMatchObject({ authors: [{ name: 'Kim' }], date_published: '2017-03-16T00:00:00Z' });
    expect(feed.items[1]).not.toHaveProperty('tags');
  });

  it('gives a corrected article the day of its latest correction as its date of change, and no other article one', () => {
    expect(feed.items[1]).toMatchObject({ date_modified: '2026-12-01T00:00:00Z' });
    expect(feed.items[0]).not.toHaveProperty('date_modified');
  });
});

describe('rssItem', () => {
  it('gives @astrojs/rss the link, summary and publication day', () => {
    const [entry] = feedEntries(articles, url, 'en');
    expect(rssItem(entry!)).toEqual({
      title: 'Title 2020-06-03-b',
      link: 'https://example.org/timeline/articles/2020-06-03-b/',
      description: 'Summary of 2020-06-03-b',
      pubDate: new Date(Date.UTC(2020, 5, 3)),
      categories: ['ai'],
    });
  });

  it('gives a corrected article Atom’s <atom:updated>, which RSS 2.0 has no element of its own for', () => {
    const [, corrected] = feedEntries(articles, url, 'en');
    expect(rssItem(corrected!).customData).toBe('<atom:updated>2026-12-01T00:00:00Z</atom:updated>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&#60;b&#62;&#38;&#34;&#39;');
    expect(escapeXml('https://example.org/rss.xml')).toBe('https://example.org/rss.xml');
  });
});

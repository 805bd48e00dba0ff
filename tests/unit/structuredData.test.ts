import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd, webSiteJsonLd } from '../../src/lib/structuredData.ts';

const input = {
  data: {
    title: 'KT, LG Uplus join hands',
    summary: 'A summary.',
    language: 'en' as const,
    source: { name: 'The Korea Herald', url: 'https://example.com/original', author: 'Song Su-hyun' },
    tags: ['music', 'ai'],
  },
  published: '2017-03-15',
  url: 'https://example.org/timeline/articles/x/',
  image: 'https://example.org/timeline/social-image.png',
  publisherUrl: 'https://www.koreaherald.com',
  about: ['KT', 'LG Uplus'],
};

describe('newsArticleJsonLd', () => {
  it('names the original publisher and the original it is based on', () => {
    const data = newsArticleJsonLd(input);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'KT, LG Uplus join hands',
      datePublished: '2017-03-15',
      url: 'https://example.org/timeline/articles/x/',
      image: ['https://example.org/timeline/social-image.png'],
      author: { '@type': 'Person', name: 'Song Su-hyun' },
      publisher: { '@type': 'Organization', name: 'The Korea Herald', url: 'https://www.koreaherald.com' },
      isBasedOn: 'https://example.com/original',
      keywords: 'music, ai',
    });
    expect(data['about']).toEqual([
      { '@type': 'Organization', name: 'KT' },
      { '@type': 'Organization', name: 'LG Uplus' },
    ]);
  });

  it('leaves out what the source does not say', () => {
    const data = newsArticleJsonLd({
      ...input,
      publisherUrl: undefined,
      data: { ...input.data, source: { name: 'Maeil Ilbo' }, tags: [] },
    });
    expect(data['publisher']).toEqual({ '@type': 'Organization', name: 'Maeil Ilbo' });
    for (const key of ['author', 'isBasedOn', 'keywords', 'dateModified']) expect(data).not.toHaveProperty(key);
  });

  it('gives the day of the latest correction as the day the article was modified', () => {
    expect(newsArticleJsonLd({ ...input, modified: '2026-12-01' })).toMatchObject({
      datePublished: '2017-03-15',
      dateModified: '2026-12-01',
    });
  });
});

describe('webSiteJsonLd', () => {
  it('describes the site at its home page', () => {
    expect(
      webSiteJsonLd({ name: 'N', description: 'D', url: 'https://example.org/timeline/', language: 'en' }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'N',
      description: 'D',
      url: 'https://example.org/timeline/',
      inLanguage: 'en',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & more\u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

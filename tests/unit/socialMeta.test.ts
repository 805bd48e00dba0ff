import { describe, expect, it } from 'vitest';
import { SOCIAL_IMAGE_SIZE, socialMetaTags, type MetaTag } from '../../src/lib/socialMeta.ts';

const base = {
  siteName: 'Site',
  title: 'A title',
  description: 'A description',
  url: 'https://example.org/timeline/articles/x/',
  image: { url: 'https://example.org/timeline/social-image.png', alt: 'Alt', ...SOCIAL_IMAGE_SIZE },
  type: 'article' as const,
  publishedTime: '2017-03-15',
  locale: 'en_GB',
};
const asRecord = (tags: MetaTag[]) => Object.fromEntries(tags.map((tag) => [tag.key, tag.content]));

describe('socialMetaTags', () => {
  it('gives Open Graph (property=) and Twitter (name=) tags with the absolute image', () => {
    const tags = socialMetaTags(base);
    expect(asRecord(tags)).toMatchObject({
      'og:type': 'article',
      'og:title': 'A title',
      'og:url': 'https://example.org/timeline/articles/x/',
      'og:image': 'https://example.org/timeline/social-image.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'article:published_time': '2017-03-15',
      'twitter:card': 'summary_large_image',
      'twitter:image': 'https://example.org/timeline/social-image.png',
    });
    for (const tag of tags) expect(tag.attribute).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
  });

  it('has no URL for a page without one, and no publication time on a website page', () => {
    const record = asRecord(socialMetaTags({ ...base, url: undefined, type: 'website' }));
    expect(record).not.toHaveProperty('og:url');
    expect(record).not.toHaveProperty('article:published_time');
    expect(record['og:type']).toBe('website');
  });
});

/** Open Graph and Twitter card `<meta>` tags, so a shared link shows a title, a summary and an image. */
import type { CalendarDate } from './dates.ts';

/** The size social sites expect of a shared link's large image (1.91:1). */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The image shown with a shared link; its URL must be absolute, as the crawlers of social sites require. */
export interface SocialImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** What one page tells social sites about itself. */
export interface SocialMetaInput {
  siteName: string;
  title: string;
  description: string;
  /** The page's canonical URL, absolute; left out for pages that have none (the 404 page). */
  url?: string | undefined;
  image: SocialImage;
  /** `article` for an article page, else `website`. */
  type: 'website' | 'article';
  /** An article's publication date. */
  publishedTime?: CalendarDate | undefined;
  /** The Open Graph locale, e.g. `en_GB`. */
  locale: string;
  /** The locales the page is also published in, e.g. `ko_KR`. */
  alternateLocales?: readonly string[];
}

/** One `<meta>` tag: Open Graph uses `property=`, Twitter `name=`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The tags, in the order they go in the head. */
export function socialMetaTags(input: SocialMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const { image } = input;
  return [
    og('type', input.type),
    og('site_name', input.siteName),
    og('title', input.title),
    og('description', input.description),
    ...(input.url ? [og('url', input.url)] : []),
    og('locale', input.locale),
    ...(input.alternateLocales ?? []).map((locale) => og('locale:alternate', locale)),
    og('image', image.url),
    og('image:alt', image.alt),
    og('image:width', String(image.width)),
    og('image:height', String(image.height)),
    ...(input.type === 'article' && input.publishedTime
      ? [{ attribute: 'property' as const, key: 'article:published_time', content: input.publishedTime }]
      : []),
    twitter('card', 'summary_large_image'),
    twitter('title', input.title),
    twitter('description', input.description),
    twitter('image', image.url),
    twitter('image:alt', image.alt),
  ];
}

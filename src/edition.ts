/**
 * What a page knows about its edition (language, words, copy, links within it), and the
 * base-path-aware links every page uses. They read the deploy's base and origin from Astro's
 * `import.meta.env`, so they live beside the pages; the pure URL rules are src/lib/urls.ts.
 */
import { dictionary, type Dictionary } from './lib/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './lib/i18n/locales.ts';
import type { SiteCopy, SiteData } from './lib/content/schema.ts';
import { absoluteUrl, localizedPath, pathWithBase } from './lib/urls.ts';

/** A site-relative path (`articles/x/`, `#slug`, `data/events.json`) as a link under the deploy base path. */
export function href(path: string): string {
  return pathWithBase(path, import.meta.env.BASE_URL);
}

/** A site-relative path as an absolute URL on the deployed site (canonical links, feeds). */
export function absoluteHref(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL);
}

/** What a page of one edition needs: its language, interface strings, copy and links within the edition. */
export interface Edition {
  locale: Locale;
  t: Dictionary;
  copy: SiteCopy;
  /** A site-relative path as a link to that page in this edition. */
  href(path: string): string;
  /** A site-relative path as the absolute URL of that page in this edition. */
  absoluteHref(path: string): string;
  /** A topic's name in this edition: from site.yaml's `tags`, else the tag as written. */
  tagName(tag: string): string;
}

/** The edition of `locale`, with the site's copy in that language. */
export function edition(locale: Locale, site: SiteData): Edition {
  const tagNames = new Map((site.tags ?? []).map((tag) => [tag.id, tag[locale]]));
  return {
    locale,
    t: dictionary(locale),
    copy: site[locale],
    href: (path) => href(localizedPath(path, locale)),
    absoluteHref: (path) => absoluteHref(localizedPath(path, locale)),
    tagName: (tag) => tagNames.get(tag) ?? tag,
  };
}

/** The `[...lang]` route parameter of each edition: none for the default, `ko` for Korean. */
export function editionParams(locale: Locale): { lang: string | undefined } {
  return { lang: locale === DEFAULT_LOCALE ? undefined : locale };
}

/** One static path per edition, for pages with no other parameter. */
export function editionPaths() {
  return LOCALES.map((locale) => ({ params: editionParams(locale), props: { locale } }));
}

/** The site's two editions: English at the root, Korean under `/ko/`. */

/** Every edition's language, the default first. */
export const LOCALES = ['en', 'ko'] as const;

/** A language the site is written in: an edition, or the language of an article's text. */
export type Locale = (typeof LOCALES)[number];

/** The edition served without a prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The `Intl` locale of each edition: British English dates ("15 March 2017"), South Korean Korean. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', ko: 'ko-KR' };

/** Open Graph's `og:locale` of each edition. */
export const OG_LOCALES: Readonly<Record<Locale, string>> = { en: 'en_GB', ko: 'ko_KR' };

/** Whether a value names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The other edition's language. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ko' : 'en';
}

/**
 * The `lang` attribute for text in `textLocale` shown on a page of `pageLocale`: the language when
 * it differs from the page's, undefined when the text is in the page's own language.
 */
export function langAttribute(textLocale: Locale, pageLocale: Locale): Locale | undefined {
  return textLocale === pageLocale ? undefined : textLocale;
}

/** The edition an article's components are rendered in, from Astro's i18n routing (`Astro.currentLocale`). */
import { dictionary, type Dictionary } from '../../lib/i18n/index';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../lib/i18n/locales';

/** The page's language and its interface strings; MDX components get no props from the page, so they ask Astro. */
export function editionOfPage(currentLocale: string | undefined): { locale: Locale; t: Dictionary } {
  const locale = isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
  return { locale, t: dictionary(locale) };
}

/**
 * An article's headline and summary in an edition's language: the original, an editor's
 * translation (marked as one), or, where none was given, the original marked as untranslated.
 */
import type { ArticleData } from '../content/schema.ts';
import type { Locale } from './locales.ts';

/** A text with the language it is written in and where it comes from. */
export interface EditionText {
  text: string;
  /** The language of `text`: its `lang` where it differs from the page's. */
  lang: Locale;
  /** `original` as published or written for this edition, `translation` by the editors, `untranslated` shown in the other language. */
  kind: 'original' | 'translation' | 'untranslated';
}

/** The fields of an article these read. */
export type ArticleTexts = Pick<ArticleData, 'title' | 'titleKo' | 'titleEn' | 'language' | 'summary' | 'summaryKo'>;

/** The headline a reader of `locale` sees. */
export function headline(data: ArticleTexts, locale: Locale): EditionText {
  if (data.language === locale) return { text: data.title, lang: locale, kind: 'original' };
  const translated = locale === 'ko' ? data.titleKo : data.titleEn;
  return translated === undefined
    ? { text: data.title, lang: data.language, kind: 'untranslated' }
    : { text: translated, lang: locale, kind: 'translation' };
}

/** The summary a reader of `locale` sees: the English `summary`, or `summaryKo` in the Korean edition. */
export function summary(data: ArticleTexts, locale: Locale): EditionText {
  if (locale === 'en') return { text: data.summary, lang: 'en', kind: 'original' };
  return data.summaryKo === undefined
    ? { text: data.summary, lang: 'en', kind: 'untranslated' }
    : { text: data.summaryKo, lang: 'ko', kind: 'original' };
}

/** The headline in both editions, for charts and data that serve both. */
export function headlines(data: ArticleTexts): Readonly<Record<Locale, string>> {
  return { en: headline(data, 'en').text, ko: headline(data, 'ko').text };
}

/**
 * An article's corrections as readers, search engines and feed readers see them: each dated, oldest
 * first, in the reader's language where the editors gave it, and the newest one's day as the day the
 * article last changed (`dateModified` in JSON-LD, "updated" in the feeds).
 */
import type { ArticleData, CorrectionData } from './content/schema.ts';
import { compareCalendarDates, type CalendarDate } from './dates.ts';
import type { EditionText } from './i18n/articleText.ts';
import type { Locale } from './i18n/locales.ts';

/** The fields of an article these read. */
export type Corrected = Pick<ArticleData, 'corrections'>;

/** An article's corrections, oldest first (on one day, as listed). */
export function correctionsOf(data: Corrected): CorrectionData[] {
  return (data.corrections ?? []).toSorted((a, b) => compareCalendarDates(a.date, b.date));
}

/** The day an article was last corrected, or undefined when it never was. */
export function lastCorrected(data: Corrected): CalendarDate | undefined {
  return correctionsOf(data).at(-1)?.date;
}

/** A correction's text for a reader of `locale`: `textKo` in the Korean edition, else the editors' English, marked as untranslated. */
export function correctionText(correction: CorrectionData, locale: Locale): EditionText {
  if (locale === 'en') return { text: correction.text, lang: 'en', kind: 'original' };
  return correction.textKo === undefined
    ? { text: correction.text, lang: 'en', kind: 'untranslated' }
    : { text: correction.textKo, lang: 'ko', kind: 'original' };
}

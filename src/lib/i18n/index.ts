/** The interface strings of each edition. */
import { en, type Dictionary } from './en.ts';
import { ko } from './ko.ts';
import type { Locale } from './locales.ts';

export type { Dictionary } from './en.ts';

const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, ko };

/** The dictionary of an edition. */
export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

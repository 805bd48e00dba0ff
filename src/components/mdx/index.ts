/** The components an editor can use in any article without importing them (docs/authoring.md shows each). */
import type { Locale } from '../../lib/i18n/locales';
import EditorsNote from './EditorsNote.astro';
import Figure from './Figure.astro';
import Money from './Money.astro';
import MoneyKo from './MoneyKo.astro';
import PhotoCaption from './PhotoCaption.astro';
import PullQuote from './PullQuote.astro';

const COMMON = { EditorsNote, Figure, PhotoCaption, PullQuote };

/** Passed to an article's `<Content components={…} />`: `<Money>` writes amounts in the article's language. */
export function mdxComponents(textLocale: Locale) {
  return { ...COMMON, Money: textLocale === 'ko' ? MoneyKo : Money };
}

/** The components an editor can use in any article without importing them (docs/authoring.md shows each). */
import type { ComponentName } from '../../lib/content/componentProps';
import type { Locale } from '../../lib/i18n/locales';
import EditorsNote from './EditorsNote.astro';
import Figure from './Figure.astro';
import Money from './Money.astro';
import MoneyKo from './MoneyKo.astro';
import PhotoCaption from './PhotoCaption.astro';
import PullQuote from './PullQuote.astro';

/**
 * Passed to an article's `<Content components={…} />`: `<Money>` writes amounts in the article's
 * language. Exactly the components the article rules allow (COMPONENTS in src/lib/content/componentProps.ts).
 */
export function mdxComponents(textLocale: Locale) {
  return {
    EditorsNote,
    Figure,
    Money: textLocale === 'ko' ? MoneyKo : Money,
    PhotoCaption,
    PullQuote,
  } satisfies Record<ComponentName, unknown>;
}

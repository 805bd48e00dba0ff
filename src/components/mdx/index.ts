/** The components an editor can use in any article without importing them (docs/authoring.md shows each). */
import EditorsNote from './EditorsNote.astro';
import Figure from './Figure.astro';
import Money from './Money.astro';
import PhotoCaption from './PhotoCaption.astro';
import PullQuote from './PullQuote.astro';

/** Passed to every article's `<Content components={…} />`. */
export const MDX_COMPONENTS = { EditorsNote, Figure, Money, PhotoCaption, PullQuote };

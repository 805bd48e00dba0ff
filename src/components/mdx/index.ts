/** The components an editor can use in any article without importing them. */
import EditorsNote from './EditorsNote.astro';
import PhotoCaption from './PhotoCaption.astro';

/** Passed to every article's `<Content components={…} />`. */
export const MDX_COMPONENTS = { EditorsNote, PhotoCaption };

/**
 * `astro dev` only (added by src/node/contentGuard.ts): while the content has problems, every page
 * is Astro's error overlay with the list `npm run check:content` prints, so an editor sees it in the
 * browser as well as in the terminal, and never a page built from content that would not publish.
 */
import { defineMiddleware } from 'astro:middleware';
import { devContentState } from './devContent.ts';

/** What the overlay reads besides the message: a hint, and the place whose lines it shows. */
type OverlayError = Error & { hint: string; loc?: { file: string; line?: number | undefined } };

export const onRequest = defineMiddleware((_context, next) => {
  const state = devContentState();
  // A file changed and the debounced check has not run yet: this page is built from the folder as it is now.
  if (state?.stale) state.refresh();
  const problems = state?.problems;
  if (problems === undefined) return next();
  const error = new Error(problems.report) as OverlayError;
  error.name = 'ContentError';
  error.hint =
    'Fix the files named above and save: this page reloads by itself. `npm run check:content` prints the same list.';
  // The overlay shows the lines around this place: the first problem's, not this middleware's.
  if (problems.file) error.loc = { file: problems.file, line: problems.line };
  throw error;
});

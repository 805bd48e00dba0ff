/**
 * What the build does to each page as Astro renders it (src/middleware.ts): its scripts load once the
 * page has been drawn (src/lib/deferredScripts.ts), and its Content-Security-Policy allows the inline
 * code it carries and nothing else (src/lib/csp.ts). Both are edits to the page's bytes as Astro wrote
 * them, made in one pass without a copy of the page (src/lib/pageEdits.ts).
 */
import { hasPolicy, ownPolicy } from './csp.ts';
import { loadAfterFirstPaint } from './deferredScripts.ts';
import { applyEdits } from './pageEdits.ts';

/** The finished page as the pieces to write one after another, or undefined for a page without a policy (`astro dev` writes none). */
export function finishPage(rendered: Buffer, file: string): Uint8Array[] | undefined {
  if (!hasPolicy(rendered)) return undefined;
  const { edits, loaders } = loadAfterFirstPaint(rendered);
  return applyEdits(rendered, [ownPolicy(rendered, file, loaders), ...edits]);
}

/**
 * Each built page is finished as it is rendered (not read back from `dist/` afterwards: at 20,000
 * pages that saves 15 seconds of the build): its scripts load once the page has been drawn
 * (src/lib/deferredScripts.ts), and its Content-Security-Policy allows only its own inline scripts
 * and styles (`keepOwnHashes`, src/lib/csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { allowInlineScripts, keepOwnHashes } from './lib/csp.ts';
import { loadAfterFirstPaint } from './lib/deferredScripts.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // `astro dev` writes no policy; a feed, the open data or the sitemap has none to rewrite.
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { html, loaders } = loadAfterFirstPaint(await response.text());
  return new Response(keepOwnHashes(allowInlineScripts(html, loaders), context.url.pathname), response);
});

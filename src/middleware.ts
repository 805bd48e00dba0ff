/**
 * Each built page is finished as it is rendered (not read back from `dist/` afterwards: at 20,000
 * pages that saves 15 seconds of the build): its scripts load once the page has been drawn
 * (src/lib/deferredScripts.ts), and its Content-Security-Policy allows its own inline scripts and
 * styles and nothing else (`withOwnHashes`, src/lib/csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { hasPolicy, withOwnHashes } from './lib/csp.ts';
import { loadAfterFirstPaint } from './lib/deferredScripts.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // A feed, the open data or the sitemap is not a page; `astro dev` writes pages without a policy, and
  // leaves them as they are (whatever NODE_ENV says, a build always writes one).
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes as Astro wrote them: no page is decoded and encoded again.
  const rendered = Buffer.from(await response.arrayBuffer());
  if (!hasPolicy(rendered)) return new Response(rendered, response);
  const { html, loaders } = loadAfterFirstPaint(rendered);
  return new Response(withOwnHashes(html, context.url.pathname, loaders), response);
});

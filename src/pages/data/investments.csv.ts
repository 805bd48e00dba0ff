/** Open data: the investments as RFC 4180 CSV, one row each (docs/open-data.md). */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../../edition';
import { getArchive } from '../../collections';
import { investmentsCsv } from '../../lib/openData';

export const GET: APIRoute = async () =>
  new Response(investmentsCsv((await getArchive()).dataset.investments, absoluteHref), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

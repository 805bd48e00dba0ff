/** `robots.txt`, an endpoint so its sitemap URL follows SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../edition';
import { robotsTxt } from '../lib/robots';
import { SITE_FILES } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteHref(SITE_FILES.sitemap)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

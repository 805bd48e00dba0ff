/**
 * `favicon.svg`, the site's icon as a file, for feeds and for hosts and tools that ask for it. Pages
 * carry the same icon inline (src/components/PageHead.astro), so a first view makes no request for it.
 */
import type { APIRoute } from 'astro';
import icon from '../assets/favicon.svg?raw';

export const GET: APIRoute = () => new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });

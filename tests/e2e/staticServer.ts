/** Serves a built `dist/` the way a plain static host does, optionally under a base path. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../../src/lib/headersFile.ts';

/** A running server: the URL of the site's root (with the base path) and a way to stop it. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Response headers: the same for every file, or per path relative to the site root (`/_astro/x.js`). */
export type HeaderSource = Record<string, string> | ((sitePath: string) => Record<string, string>);

/** The headers a site's own `_headers` file (Netlify, Cloudflare Pages) gives each path. */
export function headersFromFile(file: string): (sitePath: string) => Record<string, string> {
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return (sitePath) => headersForPath(rules, sitePath);
}

/**
 * Serves `dir` at `base` (e.g. `/timeline/`) on a free loopback port. Anything else is a 404 with
 * the site's own `404.html`, as static hosts answer, so a broken link still fails the tests.
 */
export async function serveStatic(dir: string, base = '/', headers: HeaderSource = {}): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const notFound = (response: ServerResponse): void => {
    response.statusCode = 404;
    if (!existsSync(notFoundPage)) {
      response.end('Not found');
      return;
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(readFileSync(notFoundPage));
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const sitePath = url.startsWith(base) ? `/${url.slice(base.length)}` : undefined;
    const pathname = (sitePath ?? '/404.html').split('?')[0]!;
    const extra = typeof headers === 'function' ? headers(pathname) : headers;
    for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
    if (sitePath === undefined) {
      notFound(response);
      return;
    }
    request.url = sitePath;
    files(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

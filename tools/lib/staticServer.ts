/**
 * Serves a built `dist/` the way a static host does, optionally under a base path, with a site's
 * own headers, and gzip-compressed like a production host (for the benchmark). Tests and
 * `npm run bench` both use it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { normalizeBase } from '../../src/lib/urls.ts';
import { headersForPath, parseHeadersFile, type HeadersHost } from './headersFile.ts';

const COMPRESSIBLE = /\.(html|css|js|mjs|svg|json|xml|txt|csv)$/;

/** A running server: the URL of the site's root (with the base path) and a way to stop it. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Where browsers send reports (Content-Security-Policy violations) to the server, and what hears each report's body. */
export interface ReportSink {
  /** The URL path reports are posted to, e.g. `/__reports`. */
  path: string;
  receive(body: string): void;
}

/** Response headers: the same for every file, or per path relative to the site root (`/_astro/x.js`). */
export type HeaderSource = Record<string, string> | ((sitePath: string) => Record<string, string>);

/** The headers a site's own `_headers` file gives each path, as Cloudflare Pages (the default) or Netlify reads it. */
export function headersFromFile(
  file: string,
  host: HeadersHost = 'cloudflare',
): (sitePath: string) => Record<string, string> {
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return (sitePath) => headersForPath(rules, sitePath, host);
}

/**
 * Serves `dir` at `base` (e.g. `/timeline/`) on a free loopback port. Anything else is a 404 with
 * the site's own nearest `404.html`, as static hosts answer, so a broken link still fails the tests.
 * With `reports`, what browsers post to its path is handed to it instead.
 */
export async function serveStatic(
  dir: string,
  base = '/',
  headers: HeaderSource = {},
  options: { compress?: boolean; reports?: ReportSink } = {},
): Promise<StaticSite> {
  // sirv serves precompressed `.gz` files; they go into a copy, so `dist/` itself never changes.
  const root = options.compress ? compressedCopy(dir) : dir;
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'], gzip: Boolean(options.compress) });
  const notFound = (response: ServerResponse, sitePath = '/'): void => {
    response.statusCode = 404;
    const page = nearestNotFoundPage(dir, sitePath);
    if (!page) {
      response.end('Not found');
      return;
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(readFileSync(page));
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const { reports } = options;
    if (reports && request.method === 'POST' && url === reports.path) {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        reports.receive(body);
        response.statusCode = 204;
        response.end();
      });
      return;
    }
    const sitePath = url.startsWith(base) ? `/${url.slice(base.length)}` : undefined;
    const pathname = (sitePath ?? '/404.html').split('?')[0]!;
    const extra = typeof headers === 'function' ? headers(pathname) : headers;
    for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
    if (sitePath === undefined) {
      notFound(response);
      return;
    }
    request.url = sitePath;
    files(request, response, () => notFound(response, sitePath));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (root !== dir) rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * The `404.html` nearest an unknown path, looking up from its folder as Cloudflare Pages does, so
 * `/ko/no/such/page/` gets the Korean edition's `ko/404.html` and anything else the root's.
 */
function nearestNotFoundPage(dir: string, sitePath: string): string | undefined {
  const folders = sitePath.split('?')[0]!.split('/').filter(Boolean);
  for (let depth = folders.length; depth >= 0; depth -= 1) {
    const page = join(dir, ...folders.slice(0, depth), '404.html');
    if (existsSync(page)) return page;
  }
  return undefined;
}

function compressedCopy(dir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'served-site-'));
  cpSync(dir, root, { recursive: true });
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (COMPRESSIBLE.test(name))
      writeFileSync(join(root, `${name}.gz`), gzipSync(readFileSync(join(root, name)), { level: 9 }));
  }
  return root;
}

/** Whether a URL path lies under the base path (`/timeline` itself counts: hosts redirect it to `/timeline/`). */
export function isWithinBase(pathname: string, base: string): boolean {
  const root = normalizeBase(base);
  return pathname.startsWith(root) || pathname === root.slice(0, -1);
}

/** Serves a built `dist/` the way a plain static host does, optionally under a base path. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running server: the URL of the site's root (with the base path) and a way to stop it. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` at `base` (e.g. `/timeline/`) on a free loopback port; anything outside the base is a 404. */
export async function serveStatic(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('Not found');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

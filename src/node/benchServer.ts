/**
 * Serves a built site on 127.0.0.1 the way a production static host does: gzip-compressed text
 * (precompressed into a temporary copy, so `dist/` itself is never changed), long-lived caching
 * for hashed assets. Lighthouse then measures the bytes a reader would really transfer.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const COMPRESSIBLE = /\.(html|css|js|mjs|svg|json|xml|txt|csv|map)$/;

/** A running server and how to stop it (which also removes the compressed copy). */
export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dist` compressed on a free loopback port. */
export async function serveCompressed(dist: string): Promise<BenchServer> {
  const root = mkdtempSync(join(tmpdir(), 'bench-site-'));
  cpSync(dist, root, { recursive: true });
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (COMPRESSIBLE.test(name))
      writeFileSync(join(root, `${name}.gz`), gzipSync(readFileSync(join(root, name)), { level: 9 }));
  }
  const files = sirv(root, {
    gzip: true,
    etag: true,
    setHeaders: (response, pathname) => {
      if (pathname.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

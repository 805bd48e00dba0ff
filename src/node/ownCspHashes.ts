/** An Astro integration that leaves each built page's Content-Security-Policy with only the hashes of its own inline code. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepOwnHashes } from '../lib/csp.ts';

/** After the build, rewrites every HTML page's `<meta>` policy with `keepOwnHashes` (src/lib/csp.ts). */
export function ownCspHashes(): AstroIntegration {
  return {
    name: 'own-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          writeFileSync(file, keepOwnHashes(readFileSync(file, 'utf8'), page));
        }
        logger.info(`${pages.length} pages: each page's policy allows only its own inline script and style.`);
      },
    },
  };
}

/**
 * An Astro integration that gives each edition other than the default its own `404.html`: Astro
 * writes `src/pages/ko/404.astro` as `ko/404/index.html`, but hosts that serve a 404 page per
 * folder (docs/deploy.md) look for `ko/404.html`.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales.ts';

/** Moves `<locale>/404/index.html` to `<locale>/404.html` once the site is built. */
export function localized404(): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)) {
          const folder = join(fileURLToPath(dir), locale, '404');
          const page = join(folder, 'index.html');
          if (!existsSync(page)) continue;
          renameSync(page, join(folder, '..', '404.html'));
          rmSync(folder, { recursive: true });
        }
      },
    },
  };
}

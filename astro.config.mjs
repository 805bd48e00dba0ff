// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { contentGuard } from './src/node/contentGuard.ts';
import { localized404 } from './src/node/localized404.ts';
import { searchIndex } from './src/node/searchIndex.ts';

// SITE_URL and BASE_PATH are the deployer's interface (see docs/deploy.md).
const SITE_URL = process.env.SITE_URL || 'http://localhost:4321';
const BASE_PATH = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'ignore',
  // English at the root, Korean under /ko/: each page route makes both (src/pages/[...lang]/).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    contentGuard(),
    mdx(),
    // sitemap-index.xml under the base; only pages (their URLs end in "/"), not the feeds and data files;
    // each page listed with its twin in the other edition, 2,000 to a file so none passes 100 KB compressed.
    sitemap({
      filter: (url) => url.endsWith('/'),
      entryLimit: 2000,
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
    }),
    localized404(),
    searchIndex(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // Kept beside .astro/, so a copy of the project with linked node_modules never shares a content cache.
  cacheDir: './.astro/cache',
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  // Every script and asset a file of its own, so a Content-Security-Policy without 'unsafe-inline'
  // allows them; one stylesheet for the whole site: one render-blocking request, cached after the first page.
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    plugins: [
      {
        // Scripts load their heavier parts with import() on demand; Vite's preload helper for such
        // imports would add almost a kilobyte to every page for chunks that have nothing to preload.
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { normalizeBase } from './src/lib/urls.ts';
import { contentGuard } from './src/node/contentGuard.ts';

// SITE_URL and BASE_PATH are the deployer's interface (see docs/deploy.md).
const SITE_URL = process.env.SITE_URL || 'http://localhost:4321';
const BASE_PATH = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'ignore',
  integrations: [contentGuard(), mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  // Kept beside .astro/, so a copy of the project with linked node_modules never shares a content cache.
  cacheDir: './.astro/cache',
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  // Every script and asset a file of its own: a Content-Security-Policy without 'unsafe-inline' allows them.
  vite: { build: { assetsInlineLimit: 0 } },
});

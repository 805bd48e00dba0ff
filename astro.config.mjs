// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';
import { readSiteAddress } from './src/lib/siteAddress.ts';
import { absoluteUrl, editionUrls, isEmbedPath } from './src/lib/urls.ts';
import { articleProcessor } from './src/node/articlePipeline.ts';
import { buildFlag } from './src/node/buildFlag.ts';
import { contentGuard } from './src/node/contentGuard.ts';
import { localized404 } from './src/node/localized404.ts';
import { searchIndex } from './src/node/searchIndex.ts';
import { plainDynamicImports } from './src/node/plainDynamicImports.ts';

// SITE_URL and BASE_PATH are the deployer's interface (see docs/deploy.md); `npm run build` checks them
// first (tools/build.ts) and prints what is wrong without a stack.
const reading = readSiteAddress(process.env);
if (!reading.ok) throw new Error(reading.report);
const { site: SITE_URL, base: BASE_PATH } = reading.address;
const SITE_ROOT = absoluteUrl('', SITE_URL, BASE_PATH);

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'ignore',
  // English at the root, Korean under /ko/: each page route makes both (src/pages/[...lang]/).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    buildFlag(),
    contentGuard(),
    // Articles are content: the rules refuse anything that could run before the compile makes code of it.
    mdx({ processor: articleProcessor() }),
    // sitemap-index.xml under the base; only pages (their URLs end in "/"), not the feeds, the data files,
    // the 404 pages or the embeds (frames of the pages, for other sites);
    // each page listed with its twin in the other edition, 2,000 to a file so none passes 100 KB compressed.
    // The twins are the page's URL in each edition (editionUrls), worked out from the URL itself: the
    // plugin's `i18n` option would find them by comparing every URL with every other (docs/performance.md).
    sitemap({
      filter: (url) => url.endsWith('/') && !url.endsWith('/404/') && !isEmbedPath(url.slice(SITE_ROOT.length)),
      entryLimit: 2000,
      serialize: (item) => ({ ...item, links: editionUrls(item.url, SITE_ROOT) }),
    }),
    localized404(),
    searchIndex(),
    plainDynamicImports(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // Kept beside .astro/, so a copy of the project with linked node_modules never shares a content cache.
  cacheDir: './.astro/cache',
  devToolbar: { enabled: false },
  build: {
    // Each page carries the CSS it uses inline: its first screen arrives in one request (docs/performance.md).
    inlineStylesheets: 'always',
    // Pages in flight at once: one page renders while the last ones are written to disk. One at a time,
    // Astro's default, leaves the build waiting on the disk for a fifth of its rendering (docs/performance.md).
    concurrency: 4,
  },
  // Shiki colours code with style attributes, which the policy refuses; the articles are prose.
  markdown: { syntaxHighlight: false },
  // Nothing inline but the CSS: the site's script is one module file every page shares, loaded once the
  // page has been drawn (src/middleware.ts); images and other assets stay files of their own.
  vite: { build: { assetsInlineLimit: 0 } },
});

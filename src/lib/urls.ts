/** Every internal URL goes through here, so the site works under any deploy base path, in either edition. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales.ts';

/** Normalises a base path to a leading and trailing slash: `timeline` → `/timeline/`, `` → `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins a site-relative path to the base: `pathWithBase('articles/x/', '/timeline/')` → `/timeline/articles/x/`. */
export function pathWithBase(path: string, base: string): string {
  const root = normalizeBase(base);
  const [pathname = '', hash] = path.split('#', 2);
  const joined = root + pathname.replace(/^\/+/, '');
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/** A site-relative path in an edition: as it is in the default one, under `ko/` in the Korean one. */
export function localizedPath(path: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? path : `${locale}/${path.replace(/^\/+/, '')}`;
}

/** A site-relative path without its edition's prefix, and the edition it is in: `ko/articles/x/` → `articles/x/`, ko. */
export function unlocalizedPath(path: string): { path: string; locale: Locale } {
  const locale = LOCALES.find((candidate) => candidate !== DEFAULT_LOCALE && path.startsWith(`${candidate}/`));
  return locale ? { path: path.slice(locale.length + 1), locale } : { path, locale: DEFAULT_LOCALE };
}

/**
 * A page's URL in every edition, for its sitemap entry: every page of the site is built once per
 * edition (src/pages/[...lang]/). `root` is the site's absolute URL with its base, ending in `/`;
 * a URL outside it has none.
 */
export function editionUrls(url: string, root: string): { lang: Locale; url: string }[] {
  if (!url.startsWith(root)) return [];
  const { path } = unlocalizedPath(url.slice(root.length));
  return LOCALES.map((lang) => ({ lang, url: root + localizedPath(path, lang) }));
}

/** The page of one article, relative to the site root. */
export function articlePath(slug: string): string {
  return `articles/${slug}/`;
}

/** The list of every company, relative to the site root. */
export const COMPANIES_PATH = 'companies/';

/** The page (or page `page` of the entries) of one company, relative to the site root. */
export function companyPath(slug: string, page = 1): string {
  return pagedPath(`companies/${slug}/`, page);
}

/** Page `page` of a paginated list whose first page is `path`: `years/2020/` → `years/2020/2/`. */
export function pagedPath(path: string, page: number): string {
  return page <= 1 ? path : `${path}${page}/`;
}

/** A page of one year's entries of a timeline too long for one page, relative to the site root. */
export function yearPath(year: number, page = 1): string {
  return pagedPath(`years/${year}/`, page);
}

/** The page of one topic's articles, relative to the site root. */
export function tagPath(tag: string, page = 1): string {
  return pagedPath(`tags/${tag}/`, page);
}

/** An entry on the page that shows it, relative to the site root: `#<slug>` on `/`, or on its year page. */
export function timelineEntryPath(slug: string, page = ''): string {
  return `${page}#${slug}`;
}

/** The site's three charts, each with a page of its own (`charts/<chart>/`) and an embed. */
export const CHARTS = ['investments', 'involvement', 'ownership'] as const;

/** One of the site's charts. */
export type ChartName = (typeof CHARTS)[number];

/** Where each entry of a split timeline is, for sending `/#<slug>` on (src/pages/[...lang]/entry-pages.json.ts). */
export const ENTRY_PAGES_PATH = 'entry-pages.json';

/** The page of every chart, each with its drawings in full. */
export const CHARTS_PATH = 'charts/';

/** A chart's own page, with its table, its data and the code to embed it: `charts/investments/`. */
export function chartPath(chart: ChartName): string {
  return `${CHARTS_PATH}${chart}/`;
}

/** The chromeless timeline that other sites may frame, relative to the site root (docs/embed.md). */
export const EMBED_PATH = 'embed/';

/** One chart alone, for other sites to frame: `embed/charts/investments/`. */
export function embedChartPath(chart: string): string {
  return `${EMBED_PATH}charts/${chart}/`;
}

/**
 * Whether a site-relative path, in either edition, is an embed (`embed/…`, `ko/embed/…`): the only
 * pages other sites may frame.
 */
export function isEmbedPath(path: string): boolean {
  return unlocalizedPath(path.replace(/^\/+/, '')).path.startsWith(EMBED_PATH);
}

/** The oEmbed document of an embed, relative to its edition's root: `oembed/charts/investments.json`. */
export function oembedPath(name: string): string {
  return `oembed/${name}.json`;
}

/** An absolute URL on the deployed site, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(pathWithBase(path, base), site).href;
}

/** The site's machine-readable files, relative to the site root (the sitemap's name is @astrojs/sitemap's). */
export const SITE_FILES = {
  rss: 'rss.xml',
  jsonFeed: 'feed.json',
  sitemap: 'sitemap-index.xml',
  robots: 'robots.txt',
  socialImage: 'social-image.png',
  events: 'data/events.json',
  investmentsJson: 'data/investments.json',
  investmentsCsv: 'data/investments.csv',
  /** The script a page that frames an embed may load to fit the frame to its content (docs/embed.md). */
  embedScript: 'embed.js',
} as const;

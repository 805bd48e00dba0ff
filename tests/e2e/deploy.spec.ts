/**
 * A deploy under a base path, as a static host serves it: a copy of the project built with
 * `SITE_URL=https://example.org BASE_PATH=/timeline/`, `dist/` served under /timeline/ with the
 * headers of its `_headers` file, and every page crawled by a real link checker (linkinator).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { INVESTMENT_CSV_COLUMNS } from '../../src/lib/openData.ts';
import { SITE_FILES } from '../../src/lib/urls.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { sourceArticles } from './content.ts';
import { allPages } from './pages.ts';
import { headersFromFile, isWithinBase, serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE_URL = 'https://example.org';
const BASE = '/timeline/';
/** Where the deployed site lives: every absolute URL in the build must start with this. */
const PUBLIC_ROOT = `${SITE_URL}${BASE}`;

let copy: ProjectCopy;
let site: StaticSite;
/** The local server's origin, e.g. http://127.0.0.1:43210. */
let origin: string;

/** A public URL (https://example.org/timeline/x) as the local server's (http://127.0.0.1:…/timeline/x). */
const local = (url: string) => {
  expect(url.startsWith(PUBLIC_ROOT), `${url} is not under ${PUBLIC_ROOT}`).toBe(true);
  return `${site.url}${url.slice(PUBLIC_ROOT.length)}`;
};

/** Parses XML in the browser, which needs no extra package and reads it as feed readers do. */
const xmlTexts = (page: Page, xml: string, selector: string) =>
  page.evaluate(
    ([text, query]) =>
      [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll(query)].map(
        (node) => node.textContent ?? '',
      ),
    [xml, selector] as const,
  );

// One build for the whole file, so its tests run one after another in one worker.
test.describe.configure({ mode: 'default', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  copy = copyProject(ROOT);
  const build = await copy.build({ SITE_URL, BASE_PATH: BASE });
  expect(build.code, build.output).toBe(0);
  site = await serveStatic(build.outDir, BASE, headersFromFile(join(build.outDir, '_headers')));
  origin = new URL(site.url).origin;
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

test('linkinator crawls every page under /timeline/: no broken link, no internal link outside the base', async () => {
  const checker = new LinkChecker();
  const { links } = await checker.check({
    // From the home page alone: every page must be reachable by following links.
    path: site.url,
    recurse: true,
    checkFragments: true,
    // Canonical, Open Graph and JSON-LD URLs name the public site: check them on the local copy.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${PUBLIC_ROOT.replace(/[.]/g, '\\.')}`), replacement: site.url }],
    // No network in tests: links to other sites (the articles' sources) are listed but not fetched.
    linksToSkip: async (link) => !link.startsWith(origin) && !link.startsWith(PUBLIC_ROOT),
  });
  const broken = links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (${link.status}) on ${link.parent}`);
  expect(broken).toEqual([]);

  const reached = new Set(links.map((link) => link.url));
  const orphans = allPages()
    .map((path) => new URL(path, site.url).href)
    .filter((url) => !reached.has(url));
  expect(orphans, 'pages no link leads to').toEqual([]);

  const internal = links.filter((link) => link.url.startsWith(origin));
  const outside = internal
    .filter((link) => !isWithinBase(new URL(link.url).pathname, BASE))
    .map((link) => `${link.url} on ${link.parent}`);
  expect(outside).toEqual([]);
  // A link to the development origin or to a site without the base would be skipped as external: none may exist.
  const leaked = links.filter(
    (link) =>
      link.state === LinkState.SKIPPED && /^https?:\/\/(localhost|127\.0\.0\.1|example\.org)[:/]/.test(link.url),
  );
  expect(leaked.map((link: LinkResult) => `${link.url} on ${link.parent}`)).toEqual([]);

  // The crawl reached every page, the feeds, the open data and the social image.
  const crawled = new Set(internal.filter((link) => link.state === LinkState.OK).map((link) => link.url.split('#')[0]));
  const expected = [
    ...allPages().map((path) => new URL(path, site.url).href),
    ...[
      SITE_FILES.rss,
      SITE_FILES.jsonFeed,
      SITE_FILES.sitemap,
      SITE_FILES.socialImage,
      SITE_FILES.events,
      SITE_FILES.investmentsCsv,
      SITE_FILES.investmentsJson,
    ].map((path) => `${site.url}${path}`),
  ];
  expect(expected.filter((url) => !crawled.has(url))).toEqual([]);
  console.log(
    `linkinator: ${links.length} links checked, ${crawled.size} distinct URLs on the site, ${links.filter((l) => l.state === LinkState.SKIPPED).length} external skipped`,
  );
});

test('robots.txt names the sitemap, and the sitemap lists every page by its public URL', async ({ page, request }) => {
  const robots = await (await request.get(`${site.url}${SITE_FILES.robots}`)).text();
  expect(robots).toContain(`Sitemap: ${PUBLIC_ROOT}${SITE_FILES.sitemap}`);

  const index = await (await request.get(`${site.url}${SITE_FILES.sitemap}`)).text();
  const sitemaps = await xmlTexts(page, index, 'sitemap > loc');
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(local(sitemap));
    expect(response.status(), sitemap).toBe(200);
    pages.push(...(await xmlTexts(page, await response.text(), 'url > loc')));
  }
  expect(pages.sort()).toEqual(
    allPages()
      .map((path) => new URL(path, PUBLIC_ROOT).href)
      .sort(),
  );
});

test('the RSS and JSON feeds list every article with its summary, at public URLs under the base', async ({
  page,
  request,
}) => {
  const articles = sourceArticles(copy.contentDir);
  const newestFirst = [...articles].reverse();
  const articleUrls = newestFirst.map((article) => `${PUBLIC_ROOT}articles/${article.id}/`);

  const rss = await (await request.get(`${site.url}${SITE_FILES.rss}`)).text();
  // (`:not([href])`: CSS selectors in XML also match the atom:link.)
  expect(await xmlTexts(page, rss, 'channel > link:not([href])')).toEqual([PUBLIC_ROOT]);
  expect(await xmlTexts(page, rss, 'item > link')).toEqual(articleUrls);
  expect(await xmlTexts(page, rss, 'item > description')).toEqual(newestFirst.map((article) => article.data.summary));
  expect(rss).toContain(`href="${PUBLIC_ROOT}${SITE_FILES.rss}" rel="self"`);

  const response = await request.get(`${site.url}${SITE_FILES.jsonFeed}`);
  const feed = (await response.json()) as {
    version: string;
    feed_url: string;
    items: { url: string; summary: string }[];
  };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.feed_url).toBe(`${PUBLIC_ROOT}${SITE_FILES.jsonFeed}`);
  expect(feed.items.map((item) => item.url)).toEqual(articleUrls);
  expect(feed.items.map((item) => item.summary)).toEqual(newestFirst.map((article) => article.data.summary));
  for (const url of articleUrls) expect((await request.get(local(url))).status(), url).toBe(200);
});

test('every page has a canonical URL, feeds, Open Graph and Twitter cards with the social image, all under the base', async ({
  page,
  request,
}) => {
  const image = `${PUBLIC_ROOT}${SITE_FILES.socialImage}`;
  for (const path of allPages()) {
    await page.goto(new URL(path, site.url).href);
    const publicUrl = new URL(path, PUBLIC_ROOT).href;
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute('href', publicUrl);
    await expect(head.locator('meta[property="og:url"]'), path).toHaveAttribute('content', publicUrl);
    await expect(head.locator('meta[property="og:image"]'), path).toHaveAttribute('content', image);
    await expect(head.locator('meta[name="twitter:image"]'), path).toHaveAttribute('content', image);
    await expect(head.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
    await expect(head.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /\S/);
    await expect(head.locator('meta[property="og:description"]'), path).toHaveAttribute('content', /\S/);
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute(
      'href',
      `${BASE}${SITE_FILES.rss}`,
    );
    await expect(head.locator('link[rel="alternate"][type="application/feed+json"]'), path).toHaveAttribute(
      'href',
      `${BASE}${SITE_FILES.jsonFeed}`,
    );
  }
  const png = await request.get(local(image));
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(bytes.length).toBeLessThan(150 * 1024);
});

test('JSON-LD: a WebSite on the home page, a NewsArticle naming the original publisher on each article', async ({
  page,
}) => {
  const jsonLd = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );

  await page.goto(site.url);
  expect(await jsonLd()).toEqual([expect.objectContaining({ '@type': 'WebSite', url: PUBLIC_ROOT })]);

  for (const article of sourceArticles(copy.contentDir)) {
    await page.goto(`${site.url}articles/${article.id}/`);
    const [data, ...rest] = await jsonLd();
    expect(rest).toEqual([]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.data.title,
      url: `${PUBLIC_ROOT}articles/${article.id}/`,
      datePublished: article.data.source.published ?? article.data.date,
      publisher: { '@type': 'Organization', name: article.data.source.name },
    });
    expect(data?.['isBasedOn']).toBe(article.data.source.url);
  }
});

test('an unknown address under the base gets the helpful 404 page, styled, with working links', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (answer) => {
    if (answer.request().resourceType() !== 'document' && answer.status() !== 200)
      failed.push(`${answer.url()} (${answer.status()})`);
  });
  const response = await page.goto(`${site.url}no/such/page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not on the timeline');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Styled: the site's stylesheet loaded from under the base, even at this nested unknown address.
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).margin)).toBe('0px');
  await expect(page.locator('main .entry-list > li')).toHaveCount(sourceArticles(copy.contentDir).length);
  expect(failed).toEqual([]);

  await page.getByRole('link', { name: 'Go to the timeline' }).click();
  await expect(page).toHaveURL(site.url);
  await expect(page.locator('li.entry').first()).toBeVisible();
});

test('the 404 page passes axe in light and dark, and does not scroll sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${site.url}no/such/page/`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the open data files hold every event and investment, and the charts’ tables link to them', async ({
  page,
  request,
}) => {
  const articles = sourceArticles(copy.contentDir);
  const investmentCount = articles.reduce((sum, article) => sum + (article.data.investments?.length ?? 0), 0);

  const events = (await (await request.get(`${site.url}${SITE_FILES.events}`)).json()) as {
    events: { id: string; url: string }[];
  };
  expect(events.events.map((event) => event.id)).toEqual(articles.map((article) => article.id));
  for (const event of events.events) expect(event.url.startsWith(PUBLIC_ROOT)).toBe(true);

  const json = (await (await request.get(`${site.url}${SITE_FILES.investmentsJson}`)).json()) as {
    investments: unknown[];
  };
  expect(json.investments).toHaveLength(investmentCount);

  const csv = await request.get(`${site.url}${SITE_FILES.investmentsCsv}`);
  const text = await csv.text();
  expect(text.startsWith(`${INVESTMENT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
  // One header and one record per investment: records end in CRLF, a line break inside a note is a bare LF.
  expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(investmentCount + 1);

  await page.goto(site.url);
  const links = page.locator('#investments details a');
  await expect(links.filter({ hasText: 'investments (CSV)' })).toHaveAttribute(
    'href',
    `${BASE}${SITE_FILES.investmentsCsv}`,
  );
  await expect(links.filter({ hasText: 'events (JSON)' })).toHaveAttribute('href', `${BASE}${SITE_FILES.events}`);
});

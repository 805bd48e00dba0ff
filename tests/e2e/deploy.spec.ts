/**
 * A deploy under a base path, as a static host serves it: a copy of the project built with a
 * `SITE_URL` and `BASE_PATH=/timeline/`, `dist/` served under /timeline/ with the headers of its
 * `_headers` file, and every page of both editions crawled by a real link checker (linkinator).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { FEED_LIMIT } from '../../src/lib/feeds.ts';
import { headline, summary } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { INVESTMENT_CSV_COLUMNS } from '../../src/lib/openData.ts';
import { SITE_FILES, articlePath, chartPath, isEmbedPath, localizedPath } from '../../src/lib/urls.ts';
import { axeViolations, crawl, sidewaysScroll } from './checks.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { sourceArticles } from './content.ts';
import { allPages } from './pages.ts';
import { headersFromFile, isWithinBase, serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A public origin no content links to (.invalid never resolves), so any link to it is the site's own. */
const SITE_URL = 'https://timeline.example.invalid';
const BASE = '/timeline/';
/** Where the deployed site lives: every absolute URL in the build must start with this. */
const PUBLIC_ROOT = `${SITE_URL}${BASE}`;

let copy: ProjectCopy;
let site: StaticSite;

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
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

test('linkinator crawls every page under /timeline/: no broken link, no internal link outside the base', async () => {
  const { broken, reached, skipped } = await crawl(site.url, PUBLIC_ROOT);
  expect(broken).toEqual([]);

  // From the home page alone, every page of both editions is reachable by following links.
  const pages = allPages(copy.contentDir).map((path) => new URL(path, site.url).href);
  expect(
    pages.filter((url) => !reached.has(url)),
    'pages no link leads to',
  ).toEqual([]);
  expect([...reached].filter((url) => !isWithinBase(new URL(url).pathname, BASE))).toEqual([]);
  // A link to the development origin, or to the public site outside the base, would be skipped as external.
  const leaked = skipped.filter(
    (link) =>
      /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link) ||
      (link.startsWith(SITE_URL) && !link.startsWith(PUBLIC_ROOT)),
  );
  expect(leaked).toEqual([]);

  // The crawl reached the feeds of both editions, the open data and the social image.
  const files = [
    ...LOCALES.flatMap((locale) => [SITE_FILES.rss, SITE_FILES.jsonFeed].map((file) => localizedPath(file, locale))),
    SITE_FILES.sitemap,
    SITE_FILES.socialImage,
    SITE_FILES.events,
    SITE_FILES.investmentsCsv,
    SITE_FILES.investmentsJson,
  ].map((path) => `${site.url}${path}`);
  expect(files.filter((url) => !reached.has(url))).toEqual([]);
});

test('robots.txt names the sitemap, and the sitemap lists every page but the embeds by its public URL', async ({
  page,
  request,
}) => {
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
  // The embeds are frames of the pages for other sites, which say noindex: search engines list the pages.
  expect(pages.sort()).toEqual(
    allPages(copy.contentDir)
      .filter((path) => !isEmbedPath(path.slice(2)))
      .map((path) => new URL(path, PUBLIC_ROOT).href)
      .sort(),
  );
  // Each page names its twin in the other edition.
  const first = await (await request.get(local(sitemaps[0]!))).text();
  const home = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const url = [...doc.getElementsByTagName('url')].find((node) =>
      node.getElementsByTagName('loc')[0]?.textContent?.endsWith('/timeline/'),
    );
    return [...(url?.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link') ?? [])].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
  }, first);
  expect(home).toEqual(
    expect.arrayContaining([
      ['en', PUBLIC_ROOT],
      ['ko', `${PUBLIC_ROOT}ko/`],
    ]),
  );
});

for (const locale of LOCALES) {
  test(`the ${locale} RSS and JSON feeds list the newest articles in the edition’s language, at public URLs under the base`, async ({
    page,
    request,
  }) => {
    const newestFirst = sourceArticles(copy.contentDir).reverse().slice(0, FEED_LIMIT);
    const edition = `${PUBLIC_ROOT}${localizedPath('', locale)}`;
    const articleUrls = newestFirst.map((article) => `${edition}articles/${article.id}/`);

    const rss = await (await request.get(`${site.url}${localizedPath(SITE_FILES.rss, locale)}`)).text();
    // (`:not([href])`: CSS selectors in XML also match the atom:link.)
    expect(await xmlTexts(page, rss, 'channel > link:not([href])')).toEqual([edition]);
    expect(await xmlTexts(page, rss, 'channel > language')).toEqual([locale]);
    expect(await xmlTexts(page, rss, 'item > link')).toEqual(articleUrls);
    expect(await xmlTexts(page, rss, 'item > title')).toEqual(newestFirst.map((a) => headline(a.data, locale).text));
    expect(await xmlTexts(page, rss, 'item > description')).toEqual(
      newestFirst.map((article) => summary(article.data, locale).text),
    );
    expect(rss).toContain(`href="${edition}${SITE_FILES.rss}" rel="self"`);

    const response = await request.get(`${site.url}${localizedPath(SITE_FILES.jsonFeed, locale)}`);
    const feed = (await response.json()) as {
      version: string;
      feed_url: string;
      language: string;
      items: { url: string; summary: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${edition}${SITE_FILES.jsonFeed}`);
    expect(feed.language).toBe(locale);
    expect(feed.items.map((item) => item.url)).toEqual(articleUrls);
    expect(feed.items.map((item) => item.summary)).toEqual(newestFirst.map((a) => summary(a.data, locale).text));
    for (const url of articleUrls) expect((await request.get(local(url))).status(), url).toBe(200);
  });
}

test('every page has a canonical URL, feeds, Open Graph and Twitter cards with the social image, all under the base', async ({
  page,
  request,
}) => {
  const image = `${PUBLIC_ROOT}${SITE_FILES.socialImage}`;
  const paths = allPages(copy.contentDir);
  // Each page's head as sent, read by the browser's parser all at once: no page needs drawing for it.
  const html = await Promise.all(paths.map(async (path) => (await request.get(new URL(path, site.url).href)).text()));
  const heads = await page.evaluate((pages) => {
    return pages.map((text) => {
      const head = new DOMParser().parseFromString(text, 'text/html').head;
      const attribute = (selector: string, name: string) => head.querySelector(selector)?.getAttribute(name);
      return {
        canonical: attribute('link[rel="canonical"]', 'href'),
        ogUrl: attribute('meta[property="og:url"]', 'content'),
        ogImage: attribute('meta[property="og:image"]', 'content'),
        twitterImage: attribute('meta[name="twitter:image"]', 'content'),
        twitterCard: attribute('meta[name="twitter:card"]', 'content'),
        ogTitle: /\S/.test(attribute('meta[property="og:title"]', 'content') ?? ''),
        ogDescription: /\S/.test(attribute('meta[property="og:description"]', 'content') ?? ''),
        rss: attribute('link[rel="alternate"][type="application/rss+xml"]', 'href'),
        jsonFeed: attribute('link[rel="alternate"][type="application/feed+json"]', 'href'),
      };
    });
  }, html);
  for (const [index, path] of paths.entries()) {
    const edition = path.startsWith('./ko/') ? 'ko/' : '';
    const publicUrl = new URL(path, PUBLIC_ROOT).href;
    expect(heads[index], path).toEqual({
      canonical: publicUrl,
      ogUrl: publicUrl,
      ogImage: image,
      twitterImage: image,
      twitterCard: 'summary_large_image',
      ogTitle: true,
      ogDescription: true,
      rss: `${BASE}${edition}${SITE_FILES.rss}`,
      jsonFeed: `${BASE}${edition}${SITE_FILES.jsonFeed}`,
    });
  }
  const png = await request.get(local(image));
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(bytes.length).toBeLessThan(150 * 1024);
});

test('JSON-LD: a WebSite on each home page, a NewsArticle naming the original publisher on each article', async ({
  page,
}) => {
  const jsonLd = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );

  for (const locale of LOCALES) {
    const edition = localizedPath('', locale);
    await page.goto(`${site.url}${edition}`);
    expect(await jsonLd()).toEqual([
      expect.objectContaining({ '@type': 'WebSite', url: `${PUBLIC_ROOT}${edition}`, inLanguage: locale }),
    ]);

    for (const article of sourceArticles(copy.contentDir)) {
      await page.goto(`${site.url}${edition}articles/${article.id}/`);
      const [data, ...rest] = await jsonLd();
      expect(rest).toEqual([]);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: headline(article.data, locale).text,
        inLanguage: article.data.language,
        url: `${PUBLIC_ROOT}${edition}articles/${article.id}/`,
        datePublished: article.data.source.published ?? article.data.date,
        publisher: { '@type': 'Organization', name: article.data.source.name },
      });
      expect(data?.['isBasedOn']).toBe(article.data.source.url);
    }
  }
});

for (const locale of LOCALES) {
  const t = dictionary(locale).notFound;
  const edition = localizedPath('', locale);

  test(`an unknown address under the base${edition ? ` and /${edition}` : ''} gets the ${locale} 404 page, styled, with working links`, async ({
    page,
  }) => {
    const failed: string[] = [];
    page.on('response', (answer) => {
      if (answer.request().resourceType() !== 'document' && answer.status() !== 200)
        failed.push(`${answer.url()} (${answer.status()})`);
    });
    const response = await page.goto(`${site.url}${edition}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.heading);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // Styled, even at this nested unknown address (its CSS is inline, its links all under the base).
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).margin)).toBe('0px');
    await expect(page.locator('main .entry-list > li').first()).toBeVisible();
    expect(failed).toEqual([]);

    await page.getByRole('link', { name: t.home }).click();
    await expect(page).toHaveURL(`${site.url}${edition}`);
    await expect(page.locator('li.entry').first()).toBeVisible();
  });
}

test('the 404 pages pass axe in light and dark, and do not scroll sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const edition of LOCALES.map((locale) => localizedPath('', locale))) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${edition}no/such/page/`);
      expect(await axeViolations(page), `${edition} ${colorScheme}`).toEqual([]);
    }
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  }
});

test('the search works under the base path, in each edition: its index, its results and their links', async ({
  page,
}) => {
  const [article] = sourceArticles(copy.contentDir);
  const word = article!.firstParagraph.split(/\W+/).find((candidate) => candidate.length >= 6)!;
  for (const locale of LOCALES) {
    const path = localizedPath(articlePath(article!.id), locale);
    await page.goto(`${site.url}${localizedPath('', locale)}`);
    await page.getByRole('searchbox').fill(word);
    const result = page.locator(`.site-search__results a[href="${BASE}${path}"]`);
    await expect(result, locale).toHaveCount(1);
    await result.click();
    await expect(page).toHaveURL(`${site.url}${path}`);
  }
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

  await page.goto(`${site.url}${chartPath('investments')}`);
  const links = page.locator('#investments details a');
  await expect(links.filter({ hasText: 'investments (CSV)' })).toHaveAttribute(
    'href',
    `${BASE}${SITE_FILES.investmentsCsv}`,
  );
  await expect(links.filter({ hasText: 'events (JSON)' })).toHaveAttribute('href', `${BASE}${SITE_FILES.events}`);
});

/**
 * The embeds (docs/embed.md): the timeline and each chart as chromeless pages, framed by a page on
 * another origin (a second local server), as a newsroom's article frames them. They show what the
 * site shows, fit their frames with the host script and scroll in them without it, open their
 * links in the top window, and run under the site's headers, as Cloudflare Pages and as Netlify
 * send them, without a policy violation, while framing any other page is refused. The pages offer
 * the code to paste, which works as pasted, and an oEmbed document; each embed stays within the
 * size of its full page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { companiesInvolved } from '../../src/lib/companies.ts';
import { EMBED_FILTER_PARAM } from '../../src/lib/embed.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import {
  CHARTS,
  EMBED_PATH,
  SITE_FILES,
  articlePath,
  chartPath,
  companyPath,
  embedChartPath,
  localizedPath,
  type ChartName,
} from '../../src/lib/urls.ts';
import { HEADERS_HOSTS, type HeadersHost } from '../../tools/lib/headersFile.ts';
import { headersFromFile, serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';
import { ENTRIES, scriptReady, shownEntries, sidewaysScroll } from './checks.ts';
import { filteringCompany, homeArticles, sourceArticles, sourceSite } from './content.ts';
import { embedPages } from './pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = `${ROOT}dist/`;
const articles = sourceArticles();
const site = sourceSite();
const { company, withCompany } = filteringCompany(articles);

/** The built site, served with its `_headers` as each host combines them. */
const sites = {} as Record<HeadersHost, StaticSite>;
/** Another origin: the newsroom's pages, each registered by the test that opens it. */
let newsroom: Server;
let newsroomOrigin: string;
const newsroomPages = new Map<string, string>();
/** The public root the build's absolute URLs start with (SITE_URL and BASE_PATH), read from `/`'s canonical link. */
let publicRoot: string;

test.beforeAll(async () => {
  for (const host of HEADERS_HOSTS)
    sites[host] = await serveStatic(DIST, '/', headersFromFile(`${ROOT}public/_headers`, host));
  newsroom = createServer((request, response) => {
    const body = newsroomPages.get(request.url ?? '');
    response.statusCode = body === undefined ? 404 : 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
  newsroomOrigin = `http://127.0.0.1:${(newsroom.address() as AddressInfo).port}`;
  publicRoot = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${DIST}index.html`, 'utf8'))![1]!;
});

test.afterAll(async () => {
  for (const served of Object.values(sites)) await served.close();
  await new Promise<void>((resolve) => newsroom?.close(() => resolve()));
});

/** A public URL of the build (SITE_URL) as the same file on a local server. */
const local = (url: string, host: HeadersHost = 'cloudflare') => {
  expect(url.startsWith(publicRoot), `${url} is under ${publicRoot}`).toBe(true);
  return `${sites[host].url}${url.slice(publicRoot.length)}`;
};

/** Opens a newsroom's article on the other origin, with `body` as pasted into it. */
async function openNewsroomPage(page: Page, body: string): Promise<void> {
  const path = `/article-${newsroomPages.size + 1}/`;
  newsroomPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A newsroom</title><link rel="icon" href="data:,"></head><body style="margin:0 auto;max-width:640px"><h1>A newsroom’s article</h1>${body}</body></html>`,
  );
  await page.goto(`${newsroomOrigin}${path}`);
}

/** An `<iframe>` of the embed at `src`, as the embed code writes it, with the host script or without it. */
const frameCode = (src: string, height: number, withScript: boolean, host: HeadersHost = 'cloudflare') =>
  `<iframe src="${src}" title="Embed" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>` +
  (withScript ? `<script src="${sites[host].url}${SITE_FILES.embedScript}" async></script>` : '');

/** The document inside the page's `index`th frame, once it has loaded. */
async function frameOf(page: Page, index: number): Promise<Frame> {
  const element = page.locator('iframe').nth(index);
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle())!.contentFrame();
  await frame!.waitForLoadState('load');
  return frame!;
}

/** Collects console errors and policy violations of the page and every frame in it. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** The frame's height on the page that frames it, and the height of the page inside it. */
const heights = async (page: Page, index: number, frame: Frame) => ({
  frame: await page
    .locator('iframe')
    .nth(index)
    .evaluate((element) => element.getBoundingClientRect().height),
  content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
});

/** Every entry of a timeline page, in order, as its ids. */
const entryIds = (page: Page | Frame) => page.locator(ENTRIES).evaluateAll((items) => items.map((item) => item.id));

for (const locale of LOCALES) {
  const t = dictionary(locale);
  const home = localizedPath('', locale);

  test(`${locale}: the timeline's embed shows what / shows, under its years, without the site around it`, async ({
    page,
  }) => {
    await page.goto(home);
    const shown = await entryIds(page);
    const years = await page.locator('ol.timeline > li.year > h2').allTextContents();
    await page.goto(localizedPath(EMBED_PATH, locale));
    expect(await entryIds(page)).toEqual(shown);
    await expect(page.locator('ol.timeline > li.year > h2')).toHaveText(years);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site[locale].headline);

    // No header, navigation, search, skip link or footer of the site: the content and a credit.
    await expect(page.locator('.site-header, nav, site-search, .skip-link, .site-footer')).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveCount(1);
    const credit = page.getByRole('contentinfo').getByRole('link', { name: site[locale].title });
    await expect(credit).toHaveAttribute('href', `/${home}`);
    await expect(credit).toHaveAttribute('target', '_top');
    // Every other link leaves the frame too.
    await expect(page.locator('head base')).toHaveAttribute('target', '_top');
    await expect(page.locator('base[href]')).toHaveCount(0);
  });

  test(`${locale}: each chart's embed draws the chart of its page, with its text alternatives, its marks leading to the site`, async ({
    page,
  }) => {
    const marksOnPage = async (chart: ChartName) => {
      await page.goto(localizedPath(chartPath(chart), locale));
      return (
        await page
          .locator(`[id^="${chart}"] a.chart-mark`)
          .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('href')))
      ).sort();
    };
    const onPage: Partial<Record<ChartName, (string | null)[]>> = {};
    for (const chart of CHARTS) onPage[chart] = await marksOnPage(chart);
    for (const chart of CHARTS) {
      await page.goto(localizedPath(embedChartPath(chart), locale));
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const marks = page.locator('a.chart-mark');
      // Both drawings of the chart, each with every mark of the chart's page.
      const hrefs = (await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('href')))).sort();
      expect([...new Set(hrefs)], chart).toEqual([...new Set(onPage[chart])]);
      for (const target of await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('target')))) {
        expect(target, `${chart}: an SVG link ignores <base target>, so says it itself`).toBe('_top');
      }
      for (const svg of await page.locator('svg.chart[aria-labelledby]').all()) {
        await expect(svg.locator('title')).not.toHaveText('');
        await expect(svg.locator('desc')).not.toHaveText('');
      }
      if (onPage[chart]!.length > 0) await expect(page.locator('details table').first()).toBeAttached();
      await expect(page.getByRole('contentinfo').getByRole('link', { name: site[locale].title })).toHaveAttribute(
        'target',
        '_top',
      );
    }
  });

  test(`${locale}: the embed's code on /, on each chart's page and on a company's page, in the edition's language`, async ({
    page,
  }) => {
    const parse = (code: string) =>
      page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const frame = doc.querySelector('iframe');
        return {
          frames: doc.querySelectorAll('iframe').length,
          src: frame?.getAttribute('src'),
          title: frame?.getAttribute('title'),
          height: Number(frame?.getAttribute('height')),
          loading: frame?.getAttribute('loading'),
          script: doc.querySelector('script[async]')?.getAttribute('src'),
        };
      }, code);
    await page.goto(home);
    const timeline = page.locator('embed-code', { has: page.getByText(t.embed.timeline, { exact: true }) });
    await timeline.getByText(t.embed.timeline, { exact: true }).click();
    const code = await parse(await timeline.getByRole('textbox', { name: t.embed.codeLabel }).inputValue());
    expect(code).toMatchObject({
      frames: 1,
      src: `${publicRoot}${localizedPath(EMBED_PATH, locale)}`,
      title: t.embed.frameTitle(t.timeline.listLabel, site[locale].title),
      loading: 'lazy',
      script: `${publicRoot}${SITE_FILES.embedScript}`,
    });
    expect(code.height).toBeGreaterThan(0);
    for (const chart of CHARTS) {
      await page.goto(localizedPath(chartPath(chart), locale));
      const codes = page.locator('embed-code textarea');
      // A chart with nothing to draw yet says so, and offers no code.
      await expect(codes).toHaveCount((await page.locator('svg.chart').count()) > 0 ? 1 : 0);
      if ((await codes.count()) === 0) continue;
      expect((await parse(await codes.inputValue())).src).toBe(
        `${publicRoot}${localizedPath(embedChartPath(chart), locale)}`,
      );
    }
    await page.goto(localizedPath(companyPath(company), locale));
    const companyCode = await parse(await page.locator('embed-code textarea').inputValue());
    expect(companyCode.src).toBe(`${publicRoot}${localizedPath(EMBED_PATH, locale)}?company=${company}`);
  });
}

test('the timeline’s code follows the filter the reader chose, and copies', async ({ page, context }) => {
  const t = dictionary('en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await scriptReady(page);
  await page.locator(`${ENTRIES} a[data-filter="company:${company}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`\\?company=${company}$`));
  const embed = page.locator('embed-code').first();
  await embed.getByText(t.embed.timeline, { exact: true }).click();
  const field = embed.getByRole('textbox', { name: t.embed.codeLabel });
  await expect(field).toHaveValue(new RegExp(`src="${publicRoot}embed/\\?company=${company}"`));
  await expect(embed.getByRole('link', { name: t.embed.preview })).toHaveAttribute(
    'href',
    `/embed/?company=${company}`,
  );
  // A second filter, chosen while the disclosure is open.
  await page.getByRole('button', { name: t.filter.clear }).click();
  await expect(field).toHaveValue(new RegExp(`src="${publicRoot}embed/"`));

  await embed.getByRole('button', { name: t.embed.copy }).click();
  await expect(embed.getByRole('status')).toHaveText(t.embed.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the embeds are complete, and the code is there to select, unfiltered, without a copy button', async ({
    page,
  }) => {
    const t = dictionary('en');
    await page.goto('./');
    const shown = await entryIds(page);
    await page.goto(EMBED_PATH);
    expect(await entryIds(page)).toEqual(shown);
    await page.goto(embedChartPath('investments'));
    await expect(page.locator('svg.chart a.chart-mark').first()).toBeAttached();
    await page.goto(`./?company=${company}`);
    const embed = page.locator('embed-code').first();
    await embed.getByText(t.embed.timeline, { exact: true }).click();
    await expect(embed.getByRole('textbox', { name: t.embed.codeLabel })).toHaveValue(
      new RegExp(`src="${publicRoot}embed/"`),
    );
    await expect(embed.getByRole('button', { name: t.embed.copy })).toBeHidden();
  });
});

for (const host of HEADERS_HOSTS) {
  test(`${host}'s headers: a page on another origin frames the timeline and a chart; with the script they fit their content, at any width`, async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    await page.setViewportSize({ width: 900, height: 700 });
    // Text taller than the window between the frames: with the second in view, the first is out of
    // it, where the browser pauses its drawing, and must fit all the same.
    await openNewsroomPage(
      page,
      frameCode(`${sites[host].url}${EMBED_PATH}`, 400, false, host) +
        '<p style="min-height:150vh">Between the frames, the article goes on.</p>' +
        frameCode(`${sites[host].url}${embedChartPath('investments')}`, 300, true, host),
    );
    const frames = [await frameOf(page, 0), await frameOf(page, 1)];
    await expect(frames[0]!.locator(ENTRIES).first()).toBeVisible();
    await expect(frames[1]!.locator('svg.chart a.chart-mark').first()).toBeVisible();
    for (const [index, frame] of frames.entries()) {
      await expect
        .poll(async () => {
          const { frame: outer, content } = await heights(page, index, frame);
          return outer === content;
        }, `frame ${index} fits its content`)
        .toBe(true);
    }
    const wide = await heights(page, 0, frames[0]!);

    // A narrower column: the content grows taller, and so do the frames.
    await page.setViewportSize({ width: 360, height: 700 });
    for (const [index, frame] of frames.entries()) {
      await expect
        .poll(async () => {
          const { frame: outer, content } = await heights(page, index, frame);
          return outer === content;
        }, `frame ${index} fits its content at 360 px`)
        .toBe(true);
    }
    expect((await heights(page, 0, frames[0]!)).frame).toBeGreaterThan(wide.frame);
    // Fitted, a frame has nothing to scroll.
    for (const frame of frames) {
      expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
  });

  test(`${host}'s headers: framing any other page from another origin is refused`, async ({ page }) => {
    const problems = await watchProblems(page);
    const refused = ['', articlePath(articles[0]!.id), companyPath(company), localizedPath('', 'ko')];
    await openNewsroomPage(
      page,
      refused.map((path) => frameCode(`${sites[host].url}${path}`, 200, false, host)).join(''),
    );
    for (const [index, path] of refused.entries()) {
      const frame = await frameOf(page, index);
      expect(frame.url(), path || '/').not.toMatch(new RegExp(`^${sites[host].url}`));
    }
    await expect
      .poll(() => problems.filter((problem) => problem.includes("frame-ancestors 'none'")).length)
      .toBe(refused.length);
  });
}

test('without the script, a frame keeps the height the code gives it, and its content scrolls in it', async ({
  page,
}) => {
  await openNewsroomPage(page, frameCode(`${sites.cloudflare.url}${EMBED_PATH}`, 420, false));
  const frame = await frameOf(page, 0);
  await expect(frame.locator(ENTRIES).first()).toBeVisible();
  // The embed's own script has run, and told a parent that does not listen.
  await frame.waitForFunction(() => document.querySelector(':not(:defined)') === null);
  expect((await heights(page, 0, frame)).frame).toBe(420);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(420);
  await frame.evaluate(() => scrollTo(0, 300));
  expect(await frame.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('links in a frame open the site in the top window: an entry, a chart’s mark, the credit', async ({ page }) => {
  const problems = await watchProblems(page);
  const root = sites.cloudflare.url;
  const open = async (src: string) => {
    await openNewsroomPage(page, frameCode(src, 600, true));
    return frameOf(page, 0);
  };
  let frame = await open(`${root}${EMBED_PATH}`);
  const [first] = await entryIds(frame);
  await frame.locator(`li.entry[id="${first}"] h3 a`).click();
  await page.waitForURL(`${root}${articlePath(first!)}`);

  frame = await open(`${root}${embedChartPath('investments')}`);
  const mark = frame.locator('svg.chart:visible a.chart-mark').first();
  const href = (await mark.getAttribute('href'))!;
  await mark.locator('path.symbol').click();
  await page.waitForURL(new URL(href, root).href);

  frame = await open(`${root}${embedChartPath('involvement')}`);
  await frame.getByRole('contentinfo').getByRole('link').click();
  await page.waitForURL(`${root}${chartPath('involvement')}`);
  expect(problems).toEqual([]);
});

test('?company= shows the company’s events in the frame; its chips lead to the site, or with ?filter filter in place', async ({
  page,
}) => {
  const root = sites.cloudflare.url;
  await openNewsroomPage(page, frameCode(`${root}${EMBED_PATH}?company=${company}`, 600, true));
  let frame = await frameOf(page, 0);
  // The matches of the whole archive: the embed's entries, or the filter's list where the timeline is split.
  await expect.poll(() => shownEntries(frame)).toEqual(withCompany.map((article) => article.id));
  // No year shows its heading over no entries.
  for (const year of await frame.locator('li.year:visible').all()) {
    await expect(year.locator('li.entry:visible').first()).toBeVisible();
  }
  await expect(frame.getByRole('status')).toContainText(withCompany.length.toLocaleString('en'));
  // Cleared, the embed shows what / shows; a chip is a link to the company's page on the site, in the top window.
  await frame.getByRole('button', { name: dictionary('en').filter.clear }).click();
  const shown = homeArticles(articles);
  await expect.poll(() => shownEntries(frame)).toEqual(shown.map((article) => article.id));
  const other = shown.flatMap((article) => companiesInvolved(article)).find((slug) => slug !== company)!;
  await frame.locator(`${ENTRIES}:visible a[data-filter="company:${other}"]`).first().click();
  await page.waitForURL(`${root}${companyPath(other)}`);

  await openNewsroomPage(page, frameCode(`${root}${EMBED_PATH}?${EMBED_FILTER_PARAM}`, 600, true));
  frame = await frameOf(page, 0);
  await frame.waitForFunction(() => document.querySelector(':not(:defined)') === null);
  const newsroomUrl = page.url();
  await frame.locator(`${ENTRIES} a[data-filter="company:${company}"]`).first().click();
  await expect.poll(() => frame.url()).toBe(`${root}${EMBED_PATH}?${EMBED_FILTER_PARAM}=&company=${company}`);
  await expect.poll(() => shownEntries(frame)).toEqual(withCompany.map((article) => article.id));
  expect(page.url()).toBe(newsroomUrl);
});

test('the code a page offers, pasted into another site’s page, frames the embed and fits it', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto(companyPath(company));
  const code = await page.locator('embed-code textarea').inputValue();
  await openNewsroomPage(page, code.replaceAll(publicRoot, sites.cloudflare.url));
  const frame = await frameOf(page, 0);
  await expect.poll(() => shownEntries(frame)).toEqual(withCompany.map((article) => article.id));
  await expect
    .poll(async () => {
      const { frame: outer, content } = await heights(page, 0, frame);
      return outer === content;
    })
    .toBe(true);
  expect(problems).toEqual([]);
});

for (const locale of LOCALES) {
  test(`${locale}: each embeddable page names its oEmbed document, which frames its embed`, async ({
    page,
    request,
  }) => {
    const pages = [localizedPath('', locale), localizedPath(companyPath(company), locale), ...embedPages([locale])];
    for (const path of pages) {
      await page.goto(path);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link, path).toHaveCount(1);
      const href = (await link.getAttribute('href'))!;
      const document = (await (await request.get(local(href))).json()) as Record<string, unknown>;
      expect(document, path).toMatchObject({
        version: '1.0',
        type: 'rich',
        title: await link.getAttribute('title'),
        provider_name: site[locale].title,
        provider_url: `${publicRoot}${localizedPath('', locale)}`,
      });
      expect(document['width'], path).toEqual(expect.any(Number));
      expect(document['height'], path).toEqual(expect.any(Number));
      const frame = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return { count: doc.body.children.length, src: doc.querySelector('iframe')?.getAttribute('src') ?? '' };
      }, String(document['html']));
      expect(frame.count, path).toBe(1);
      expect(frame.src.startsWith(`${publicRoot}${localizedPath(EMBED_PATH, locale)}`), `${path}: ${frame.src}`).toBe(
        true,
      );
      expect((await request.get(local(frame.src))).status(), frame.src).toBe(200);
    }
  });
}

test('each embed is within the size of its full page (gzip)', () => {
  const gzipped = (path: string) => gzipSync(readFileSync(`${DIST}${path}index.html`)).length;
  // The timeline's embed is a part of /, and each chart's a part of the chart's own page.
  const fullPages: [embed: string, full: string][] = [
    [EMBED_PATH, ''],
    ...CHARTS.map((chart): [string, string] => [embedChartPath(chart), chartPath(chart)]),
  ];
  for (const locale of LOCALES) {
    for (const [path, fullPath] of fullPages) {
      const [embed, full] = [localizedPath(path, locale), localizedPath(fullPath, locale)];
      expect(gzipped(embed), `${embed} against /${full}`).toBeLessThanOrEqual(gzipped(full));
    }
  }
});

test('every embed reads at 320 px without sideways scroll, in light and dark, following the reader', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of embedPages()) {
    await page.goto(path);
    expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(), path).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

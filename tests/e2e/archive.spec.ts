/**
 * The archive at a size a test can afford: a copy of the site with a few hundred more articles,
 * enough for the timeline to split into year pages with several pages each. Every article is a
 * few ordinary links from `/`, the pages read as one timeline with JavaScript, and every page
 * stays within its size budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { companiesInvolved } from '../../src/lib/companies.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { HOME_ENTRIES, PAGE_SIZE } from '../../src/lib/paging.ts';
import { groupByYear } from '../../src/lib/timeline.ts';
import { EMBED_PATH, localizedPath, yearPath } from '../../src/lib/urls.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';
import { writeSyntheticContent } from '../../tools/lib/synthetic.ts';
import { ENTRIES } from './checks.ts';
import { sourceArticles, type SourceArticle } from './content.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Enough articles in two years for the busier one (later years have more) to need more than one page. */
const ADDED = PAGE_SIZE * 2 + 60;

let copy: ProjectCopy;
let site: StaticSite;
let articles: SourceArticle[];

test.describe.configure({ mode: 'default', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = copyProject(ROOT);
  writeSyntheticContent(copy.contentDir, ADDED, { years: [2020, 2021] });
  articles = sourceArticles(copy.contentDir);
  expect(articles.length).toBeGreaterThan(HOME_ENTRIES);
  const build = await copy.build();
  expect(build.code, build.output).toBe(0);
  site = await serveStatic(build.outDir);
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

for (const locale of LOCALES) {
  const t = dictionary(locale);
  const home = () => `${site.url}${localizedPath('', locale)}`;

  test(`${locale}: / shows the latest entries and every year with its count, linked to its pages`, async ({ page }) => {
    await page.goto(home());
    const latest = articles.slice(-HOME_ENTRIES).map((article) => article.id);
    expect(await page.locator(ENTRIES).evaluateAll((items) => items.map((li) => li.id))).toEqual(latest);
    const index = page.getByRole('navigation', { name: t.pagination.allYears });
    for (const { year, entries } of groupByYear(articles)) {
      const link = index.getByRole('link', { name: new RegExp(`^${year}`) });
      await expect(link).toContainText(t.pagination.yearCount(entries.length));
      await expect(link).toHaveAttribute('href', new RegExp(`/${localizedPath(yearPath(year), locale)}$`));
    }
  });

  test(`${locale}: the timeline's embed shows what / shows, the latest entries, and links on to the full timeline`, async ({
    page,
  }) => {
    await page.goto(home());
    const shown = await page.locator(ENTRIES).evaluateAll((items) => items.map((li) => li.id));
    await page.goto(`${site.url}${localizedPath(EMBED_PATH, locale)}`);
    expect(await page.locator(ENTRIES).evaluateAll((items) => items.map((li) => li.id))).toEqual(shown);
    await expect(page.getByRole('link', { name: t.embed.more(articles.length) })).toHaveAttribute(
      'href',
      `/${localizedPath('', locale)}`,
    );
  });

  test(`${locale}: every article is at most three ordinary links from /`, async ({ request }) => {
    test.setTimeout(180_000);
    const origin = new URL(site.url).origin;
    const seen = new Set([home()]);
    let frontier = [home()];
    for (let click = 1; click <= 3; click += 1) {
      const next: string[] = [];
      for (const url of frontier) {
        const html = await (await request.get(url)).text();
        for (const [, href] of html.matchAll(/<a [^>]*href="([^"#]+)[^"]*"/g)) {
          const target = new URL(href!, url).href;
          if (!target.startsWith(origin) || seen.has(target) || !target.endsWith('/')) continue;
          seen.add(target);
          // Articles are where the walk ends; anything else may lead on.
          if (!target.includes('/articles/')) next.push(target);
        }
      }
      frontier = next;
    }
    const unreachable = articles.map((article) => `${home()}articles/${article.id}/`).filter((url) => !seen.has(url));
    expect(unreachable).toEqual([]);
  });

  test(`${locale}: without JavaScript, the year pages list every entry once, in order, each page linked to the next`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${localizedPath(yearPath(Number(articles[0]!.data.date.slice(0, 4))), locale)}`);
    const seen: string[] = [];
    for (;;) {
      seen.push(...(await page.locator(ENTRIES).evaluateAll((items) => items.map((li) => li.id))));
      const next = page.locator('a[data-timeline-next]');
      if ((await next.count()) === 0) break;
      // Follow the link as a reader would, and wait for the whole next page before reading it.
      await Promise.all([page.waitForURL(new URL((await next.getAttribute('href'))!, page.url()).href), next.click()]);
      await page.waitForLoadState('load');
    }
    expect(seen).toEqual(articles.map((article) => article.id));
    await context.close();
  });
}

test('with JavaScript, the next page’s entries come in place as the reader reaches them; the address follows, and reload returns there', async ({
  page,
}) => {
  const busiest = groupByYear(articles).reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
  expect(busiest.entries.length).toBeGreaterThan(PAGE_SIZE);
  await page.goto(`${site.url}${yearPath(busiest.year)}`);
  await expect(page.locator(ENTRIES)).toHaveCount(PAGE_SIZE);

  await page.locator('a[data-timeline-next]').scrollIntoViewIfNeeded();
  await expect(page.locator(ENTRIES)).toHaveCount(Math.min(busiest.entries.length, PAGE_SIZE * 2));
  expect(await page.locator(ENTRIES).evaluateAll((items) => items.map((li) => li.id))).toEqual(
    busiest.entries.slice(0, PAGE_SIZE * 2).map((article) => article.id),
  );

  const reading = busiest.entries[PAGE_SIZE + 5]!;
  await page.locator(`li.entry[id="${reading.id}"]`).evaluate((entry) => entry.scrollIntoView({ block: 'center' }));
  await expect(page).toHaveURL(`${site.url}${yearPath(busiest.year, 2)}#${reading.id}`);
  await page.reload();
  await expect(page.locator(`li.entry[id="${reading.id}"]`)).toBeInViewport();
});

test('the filter lists every matching entry of the whole archive, not only those on the page', async ({ page }) => {
  const involved = new Map<string, string[]>();
  for (const article of articles) {
    for (const slug of companiesInvolved(article)) involved.set(slug, [...(involved.get(slug) ?? []), article.id]);
  }
  const [company, ids] = [...involved].sort((a, b) => b[1].length - a[1].length)[0]!;
  const last = groupByYear(articles).at(-1)!;
  const onPage = new Set(last.entries.slice(0, PAGE_SIZE).map((article) => article.id));
  expect(ids.filter((id) => !onPage.has(id)).length, 'matches beyond the page').toBeGreaterThan(0);
  await page.goto(`${site.url}${yearPath(last.year)}?company=${company}`);
  const results = page.locator('.timeline-filter__results > li');
  await expect(results).toHaveCount(ids.length);
  await expect(page.locator('ol.timeline')).toBeHidden();
  await expect(page.locator('timeline-filter [role="status"]')).toContainText(`${ids.length} of ${articles.length}`);
  await results.first().getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ids[0]}/$`));

  // The timeline's embed, which shows the latest entries, filters the whole archive the same way.
  await page.goto(`${site.url}${EMBED_PATH}?company=${company}`);
  await expect(results).toHaveCount(ids.length);
  await expect(page.locator('ol.timeline')).toBeHidden();
});

test('no page is over 100 KB and / is under 40 KB (gzip)', () => {
  const files = readdirSync(copy.root + '/dist', { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.html'),
  );
  const sizes = files.map((name) => ({
    name: relative('', name),
    kb: gzipSync(readFileSync(join(copy.root, 'dist', name))).length / 1024,
  }));
  expect(sizes.filter((file) => file.kb > 100).map((file) => `${file.name}: ${file.kb.toFixed(1)} KB`)).toEqual([]);
  expect(sizes.find((file) => file.name === 'index.html')!.kb).toBeLessThan(40);
});

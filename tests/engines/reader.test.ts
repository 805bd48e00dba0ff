/**
 * What a reader does, in Firefox and in WebKit (Safari's engine), written once and run in each: every
 * kind of page in both editions at 360 and 1280 px (styled, nothing sideways, the script after the
 * first paint), the search in both editions (Korean particles too), `/` and the arrow keys, the
 * timeline's filter with its Clear and the Back button, the charts' tooltips and mark links, and the
 * language switch; no page reports an error or a Content-Security-Policy violation. Expectations
 * come from the content the site was built from (globalSetup.ts). Chromium runs all of this and
 * more in tests/e2e/.
 */
import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DRAWN_FROM, MARK_ATTRIBUTES } from '../../src/lib/charts/markup.ts';
import { articlesByCompany } from '../../src/lib/companies.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { headline } from '../../src/lib/i18n/articleText.ts';
import { LOCALES, otherLocale } from '../../src/lib/i18n/locales.ts';
import { articlePath, companyPath, localizedPath } from '../../src/lib/urls.ts';
import {
  launchEngine,
  pageWhole,
  waitForPage,
  waitUntil,
  type Engine,
  type EngineName,
  type EnginePage,
} from '../../tools/lib/engines/index.ts';
import { serveReportingPolicy, type ReportingSite } from '../../tools/lib/policyReports.ts';
import { distinctiveWord, particleQueries, sourceArticles } from '../e2e/content.ts';

const ENGINES: EngineName[] = ['firefox', 'webkit'];
const articles = sourceArticles(inject('contentDir'));
const koreanId = readdirSync(inject('koreanFixture')).map(slugFromPath)[0]!;
const ENTRIES = 'ol.timeline li.entry';

/** The company in the most articles but not in all, so filtering by it hides some; and those articles. */
const [company, withCompany] = [...articlesByCompany(articles)]
  .filter(([, its]) => its.length < articles.length)
  .sort((a, b) => b[1].length - a[1].length)[0]!;

/** Every kind of page a reader lands on, in both editions. */
const PAGES = LOCALES.flatMap((locale) =>
  ['', articlePath(articles[0]!.id), companyPath(company)].map((path) => localizedPath(path, locale)),
);

/** The ids of the timeline's entries a reader sees. */
const shownEntries = (selector: string) =>
  [...document.querySelectorAll(selector)]
    .filter((entry) => entry.closest('[hidden]') === null && entry.getClientRects().length > 0)
    .map((entry) => entry.id);

/** The selector of the first mark in the drawing of a chart that shows at the current width. */
const firstVisibleMark = (chart: string) => {
  const svg = [...document.querySelectorAll(`#${chart} svg.chart`)].find(
    (drawing) => drawing.getBoundingClientRect().width > 0 && drawing.querySelector('a.chart-mark'),
  );
  const variant = svg && [...svg.classList].find((name) => name.startsWith('chart--'));
  return variant ? `#${chart} svg.${variant} a.chart-mark` : undefined;
};

describe.each(ENGINES)('%s', (name) => {
  let engine: Engine;
  let page: EnginePage;
  let site: ReportingSite;

  beforeAll(async () => {
    site = await serveReportingPolicy(inject('siteDir'));
    engine = await launchEngine(name);
    page = engine.page;
    await page.setViewport(1280, 900);
  });

  afterAll(async () => {
    await engine?.close();
    await site?.close();
  });

  afterEach(async () => {
    // Whatever a flow did, nothing it visited reported an error or a policy violation.
    expect(await page.errors(), `${engine.version}: errors`).toEqual([]);
    expect(site.violations(), `${engine.version}: policy violations`).toEqual([]);
    site.clear();
  });

  const open = async (path: string) => {
    await page.goto(new URL(path, site.url).href);
    await waitForPage(page, `the script of /${path} to run`, pageWhole, DRAWN_FROM);
  };

  /** Types a query into the search box, replacing what was there, and waits until the status speaks of it. */
  const search = async (query: string) => {
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('#site-search-input')!;
      box.focus();
      box.select();
    });
    await page.type(query);
    await waitForPage(
      page,
      `the search's status for "${query}"`,
      (wanted) => document.querySelector('.site-search__status')?.textContent?.includes(wanted),
      query,
    );
  };

  /** The `href`s of the search's results that lead to the path. */
  const resultsFor = (path: string) =>
    page.evaluate(
      (wanted) =>
        [...document.querySelectorAll('.site-search__results a')]
          .filter((link) => new URL(link.getAttribute('href')!, location.href).pathname === wanted)
          .map((link) => link.textContent?.trim()),
      `/${path}`,
    );

  it('control: an injected inline style is refused and reported, and an uncaught error is heard', async () => {
    await open('');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(255, 0, 0) }';
      document.head.append(style);
      setTimeout(() => {
        throw new Error('thrown by the control');
      });
    });
    await waitUntil('the violation report', async () => site.violations().some((line) => line.startsWith('style-src')));
    await waitUntil('the error', async () =>
      (await page.errors()).some((error) => error.includes('thrown by the control')),
    );
    site.clear();
    await open('');
  });

  it('every kind of page, in both editions, at 360 and 1280 px: styled, nothing sideways, its script after the first paint', async () => {
    for (const path of PAGES) {
      await page.setViewport(1280, 900);
      await open(path);
      const { paint, scripts, margin } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.startTime),
        // The browser's default body margin, were the page's CSS refused or lost.
        margin: getComputedStyle(document.body).margin,
      }));
      expect(margin, `/${path} is styled`).not.toBe('8px');
      expect(paint, `/${path} was painted`).toBeGreaterThan(0);
      expect(scripts.length, `/${path} loads its script`).toBeGreaterThan(0);
      for (const start of scripts)
        expect(start, `/${path}: a script before the first paint`).toBeGreaterThanOrEqual(paint!);
      for (const width of [1280, 360]) {
        await page.setViewport(width, 800);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways, `/${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
    await page.setViewport(1280, 900);
  });

  it.each(LOCALES)(
    'search (%s): a word of each article finds it, with its headline, in the edition',
    async (locale) => {
      await open(localizedPath('', locale));
      for (const article of articles.filter((candidate) => candidate.data.language === 'en' || locale === 'ko')) {
        await search(distinctiveWord(article, articles));
        expect(await resultsFor(localizedPath(articlePath(article.id), locale))).toEqual([
          headline(article.data, locale).text,
        ]);
      }
    },
  );

  it('search: a Korean noun is found with or without its particle', async () => {
    const korean = articles.find((article) => article.id === koreanId)!;
    await open(localizedPath('', 'ko'));
    for (const query of particleQueries(korean)) {
      await search(query);
      expect(await resultsFor(localizedPath(articlePath(korean.id), 'ko')), query).toHaveLength(1);
    }
  });

  it('/ focuses the search from anywhere; the arrow keys and Enter reach a result', async () => {
    const [article] = articles;
    await open(articlePath(article!.id));
    await page.press('/');
    await waitForPage(page, 'the search box to have focus', () => document.activeElement?.id === 'site-search-input');
    const query = distinctiveWord(article!, articles);
    await page.type(query);
    await waitForPage(
      page,
      'results for the whole word',
      (wanted) =>
        document.querySelector('.site-search__status')?.textContent?.includes(wanted) &&
        document.querySelector('.site-search__results a') !== null,
      query,
    );
    const target = await page.evaluate(
      () => (document.querySelector('.site-search__results a') as HTMLAnchorElement).href,
    );
    await page.press('ArrowDown');
    await waitForPage(
      page,
      'the first result to have focus',
      () => document.activeElement === document.querySelector('.site-search__results a'),
    );
    await page.press('Enter');
    await waitForPage(page, `the result's page, ${target}`, (wanted) => location.href === wanted, target);
  });

  it('the filter: a company chip filters in place, Clear shows all, Back returns to the filter', async () => {
    const all = articles.map((article) => article.id);
    const filtered = withCompany.map((article) => article.id);
    const shown = (ids: string[]) =>
      waitUntil(
        `entries ${ids.join(', ')}`,
        async () => JSON.stringify(await page.evaluate(shownEntries, ENTRIES)) === JSON.stringify(ids),
      );
    await open('');
    await page.click(`${ENTRIES} a[data-filter="company:${company}"]`);
    await waitForPage(page, `?company=${company}`, (wanted) => location.search === wanted, `?company=${company}`);
    await shown(filtered);
    expect(
      await page.evaluate(() => document.querySelector('timeline-filter [role="status"]')?.textContent ?? ''),
    ).toContain(`${filtered.length} of ${all.length}`);

    await page.click('.timeline-filter__clear');
    await waitForPage(page, 'the address without a filter', () => location.search === '');
    await shown(all);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.timeline-filter__clear')!.hidden)).toBe(
      true,
    );

    await page.back();
    await waitForPage(page, `?company=${company} again`, (wanted) => location.search === wanted, `?company=${company}`);
    await shown(filtered);
  });

  it('a chart mark shows its description on hover and on focus, Escape hides it, and it leads to its entry', async () => {
    await open('');
    const mark = await page.evaluate(firstVisibleMark, 'investments');
    expect(mark, 'a mark in the investments chart').toBeTruthy();
    const description = await page.evaluate(
      (selector, attribute) => document.querySelector(selector)!.getAttribute(attribute),
      mark!,
      MARK_ATTRIBUTES.description,
    );
    const tooltip = () =>
      page.evaluate(() => {
        const shown = document.querySelector<HTMLElement>('.chart-tooltip');
        return shown && !shown.hidden && shown.getClientRects().length > 0 ? shown.textContent : null;
      });

    await page.hover(`${mark} path.symbol`);
    expect(await waitUntil('the tooltip on hover', tooltip)).toBe(description);
    await page.evaluate((selector) => document.querySelector<SVGAElement>(selector)!.focus(), mark!);
    expect(await waitUntil('the tooltip on focus', tooltip)).toBe(description);
    await page.press('Escape');
    await waitUntil('the tooltip to hide', async () => (await tooltip()) === null);

    const entry = await page.evaluate(
      (selector) => document.querySelector(selector)!.getAttribute('data-entry')!.split(' ')[0]!,
      mark!,
    );
    await page.click(`${mark} path.symbol`);
    await waitForPage(page, `#${entry} in the address`, (hash) => location.hash === hash, `#${entry}`);
    await waitForPage(
      page,
      `the entry ${entry} in view`,
      (id) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        return box.top < innerHeight && box.bottom > 0;
      },
      entry,
    );
  });

  it.each(LOCALES)(
    'the language switch leads from the %s timeline and an article to their twins and back',
    async (locale) => {
      for (const path of ['', articlePath(articles.at(-1)!.id)]) {
        const other = otherLocale(locale);
        await open(localizedPath(path, locale));
        await page.click('a.language-switch');
        await waitForPage(
          page,
          `the ${other} twin of /${path}`,
          (wanted, lang) => location.pathname === wanted && document.documentElement.lang === lang,
          `/${localizedPath(path, other)}`,
          other,
        );
        await waitForPage(page, 'its script', pageWhole, DRAWN_FROM);
        await page.click('a.language-switch');
        await waitForPage(
          page,
          `back to /${localizedPath(path, locale)}`,
          (wanted, lang) => location.pathname === wanted && document.documentElement.lang === lang,
          `/${localizedPath(path, locale)}`,
          locale,
        );
        await waitForPage(page, 'its script', pageWhole, DRAWN_FROM);
      }
    },
  );
});

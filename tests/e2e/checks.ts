/**
 * The checks every build of the site must pass, whatever its content: the specs run them on the real
 * content, and extended.spec.ts on a copy with one more article and one more company.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { DRAWN_FROM } from '../../src/lib/charts/markup.ts';
import { companiesInvolved } from '../../src/lib/companies.ts';
import { formatDate, yearOf } from '../../src/lib/dates.ts';
import { headline, summary } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { localizedPath } from '../../src/lib/urls.ts';
import type { SourceArticle } from './content.ts';

/** Text as a comparison should read it: one space for any run of white space, and straight quotes for typographic ones (Markdown writes 's as ’s). */
const plainText = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Waits until the article's text on the page (`.prose`) contains `paragraph`, as its source writes it. */
export async function expectProse(page: Page, paragraph: string): Promise<void> {
  await expect
    .poll(async () => plainText((await page.locator('.prose').textContent()) ?? ''))
    .toContain(plainText(paragraph));
}

/** The entries of the timeline page, in the order shown. */
export const ENTRIES = 'ol.timeline > li.year li.entry';

/** The entries the timeline filter lists from the whole archive, where the timeline is split over pages. */
export const FILTER_RESULTS = '.timeline-filter__results > li';

/**
 * The ids of the timeline's entries a page or frame shows, in order: its visible entries, then those
 * the filter lists where the timeline is split over pages (each read from its link to its place on
 * the timeline, `…#<id>`). Filtered, a timeline all on one page hides what does not match, and a
 * split one lists the matches instead; either way this is what the reader sees.
 */
export async function shownEntries(page: Page | Frame): Promise<string[]> {
  const entries = await page.locator(`${ENTRIES}:visible`).evaluateAll((items) => items.map((item) => item.id));
  const listed = await page
    .locator(`${FILTER_RESULTS}:visible`)
    .evaluateAll((items) =>
      items.map((item) =>
        decodeURIComponent(new URL(item.querySelector<HTMLAnchorElement>('a[href*="#"]')!.href).hash.slice(1)),
      ),
    );
  return [...entries, ...listed];
}

/** Every article once, in date order, under its year's heading, each with its date, headline, summary, companies and source. */
export async function expectTimeline(page: Page, articles: readonly SourceArticle[], locale: Locale): Promise<void> {
  const ids = await page.locator(ENTRIES).evaluateAll((items) => items.map((li) => li.id));
  expect(ids).toEqual(articles.map((article) => article.id));
  const years = [...new Set(articles.map((article) => String(yearOf(article.data.date))))];
  await expect(page.locator('ol.timeline > li.year > h2')).toHaveText(years);

  for (const article of articles) {
    const entry = page.locator(`li.entry[id="${article.id}"]`);
    await expect(page.locator('ol.timeline > li.year', { has: entry }).locator('h2')).toHaveText(
      String(yearOf(article.data.date)),
    );
    // The entry's first date is the event's; a corrected entry has the correction's after it.
    await expect(entry.locator('time').first()).toHaveAttribute('datetime', article.data.date);
    await expect(entry.locator('time').first()).toHaveText(formatDate(article.data.date, locale));
    await expect(entry.locator('h3')).toContainText(headline(article.data, locale).text);
    await expect(entry).toContainText(summary(article.data, locale).text);
    await expect(entry).toContainText(article.data.source.name);
    await expect(
      entry.getByRole('list', { name: dictionary(locale).timeline.companiesLabel, exact: true }).locator('li'),
    ).toHaveCount(companiesInvolved(article).length);
  }
}

// The pinned axe-core devDependency, whichever copy @axe-core/playwright would resolve: the newest rules run.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe reports on the page as it is now, one line per rule with the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The version of the axe engine these checks run. */
export async function axeEngineVersion(page: Page): Promise<string> {
  return (await new AxeBuilder({ page, axeSource }).analyze()).testEngine.version;
}

/** How far the page scrolls sideways at its current width (0 when it fits). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Collects console errors and uncaught exceptions of a page from now on. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The 404 page's own status is reported as a failed load of the document itself: not a problem.
    const ownStatus = message.text().includes('status of 404') && message.location().url === page.url();
    if (message.type() === 'error' && !ownStatus) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The site-relative path of a page in an edition, as a URL under `root`. */
export function pageUrl(root: string, path: string, locale: Locale): string {
  return new URL(localizedPath(path, locale), root).href;
}

/** What a crawl of the site found. */
export interface Crawl {
  /** Internal links that did not resolve, each with the page that has it. */
  broken: string[];
  /** Every internal URL reached (without fragments). */
  reached: Set<string>;
  /** Links to other sites, listed but not fetched (no network in tests). */
  skipped: string[];
}

/**
 * Follows every link from `root` with linkinator, fragments included, as a reader could. URLs that
 * start with `publicRoot` (canonical, Open Graph, feeds) are checked on the local copy instead.
 */
export async function crawl(root: string, publicRoot?: string): Promise<Crawl> {
  const origin = new URL(root).origin;
  const checker = new LinkChecker();
  const { links } = await checker.check({
    path: root,
    recurse: true,
    checkFragments: true,
    concurrency: 4,
    urlRewriteExpressions: publicRoot
      ? [{ pattern: new RegExp(`^${publicRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: root }]
      : [],
    linksToSkip: async (link) => !link.startsWith(origin) && !(publicRoot && link.startsWith(publicRoot)),
  });
  return crawlOf(links, origin);
}

/**
 * Checks every link on the given pages, fragments included, without following them further: the
 * pages some content adds, checked at a cost that does not grow with the rest of the archive.
 */
export async function linksOn(pages: readonly string[]): Promise<Crawl> {
  const origin = new URL(pages[0]!).origin;
  const { links } = await new LinkChecker().check({
    path: [...pages],
    recurse: false,
    checkFragments: true,
    concurrency: 4,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return crawlOf(links, origin);
}

function crawlOf(links: readonly LinkResult[], origin: string): Crawl {
  return {
    broken: links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status}) on ${link.parent}`),
    reached: new Set(
      links
        .filter((link) => link.state === LinkState.OK && link.url.startsWith(origin))
        .map((link) => link.url.split('#')[0]!),
    ),
    skipped: links.filter((link) => link.state === LinkState.SKIPPED).map((link) => `${link.url} on ${link.parent}`),
  };
}

/**
 * Waits until the page's script has run: every custom element on it is defined. The script loads
 * once the page has been drawn (src/lib/deferredScripts.ts), so a test that acts at once, before any
 * reader could, waits for it first.
 */
export async function scriptReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(':not(:defined)') === null);
}

/** Waits until the script has drawn every drawing the page draws on arrival (the timeline's chart cards, src/charts/ChartSvg.astro). */
export async function chartsDrawn(page: Page): Promise<void> {
  await scriptReady(page);
  await expect(page.locator(`[${DRAWN_FROM}]`)).toHaveCount(0);
}

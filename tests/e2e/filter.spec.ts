/**
 * The timeline's filter by company and topic: chips are links without JavaScript, and filter in
 * place with it; the address records the filter, so reload, back and forward restore it; a polite
 * status counts what is shown, a control clears it, and other scripts hear which entries show.
 */
import { expect, test, type Page } from '@playwright/test';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { companyPath, tagPath } from '../../src/lib/urls.ts';
import { axeViolations, ENTRIES, FILTER_RESULTS, scriptReady, shownEntries } from './checks.ts';
import { filteringCompany, homeArticles, sourceArticles, timelineLayout } from './content.ts';

const articles = sourceArticles();
const t = dictionary('en');

const { company, withCompany } = filteringCompany(articles);
/** Where the timeline is split over pages, a filter lists the matches of the whole archive instead of hiding entries. */
const { split } = timelineLayout(articles);
/** The entries `/` shows unfiltered. */
const home = homeArticles(articles).map((article) => article.id);
/** "… of N events", as the status writes the total. */
const total = articles.length.toLocaleString('en');
/** A tag of one of the company's articles; where they have none, a topic no article has (the filter then shows none). */
const tag = withCompany.flatMap((article) => article.data.tags ?? [])[0] ?? 'no-such-topic';
/** A tag some article carries, if any does: its chips lead to its page. */
const anyTag = articles.flatMap((article) => article.data.tags ?? [])[0];

const status = (page: Page) => page.locator('timeline-filter [role="status"]');

test('a company chip filters the timeline in place, says how many of how many, and clears', async ({ page }) => {
  await page.goto('./');
  await scriptReady(page);
  await page.evaluate(() => {
    document.addEventListener('timeline-filter', (event) => {
      (window as unknown as { heard: unknown }).heard = (event as CustomEvent).detail;
    });
  });
  await page.locator(`${ENTRIES} a[data-filter="company:${company}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`\\?company=${company}$`));
  await expect.poll(() => shownEntries(page)).toEqual(withCompany.map((article) => article.id));
  await expect(status(page)).toContainText(`${withCompany.length.toLocaleString('en')} of ${total}`);
  expect(await page.evaluate(() => (window as unknown as { heard: unknown }).heard)).toMatchObject({
    entries: withCompany.map((article) => article.id),
  });
  // A split timeline gives way to the list of matches; one on a single page keeps only what matches.
  await expect(page.locator('ol.timeline')).toBeVisible({ visible: !split });
  await expect(page.locator(FILTER_RESULTS).first()).toBeVisible({ visible: split });
  // No year is left showing its heading over no entries.
  const emptyYears = await page
    .locator('li.year')
    .evaluateAll((years) =>
      years
        .filter((year) => !(year as HTMLElement).hidden && !year.querySelector('li.entry:not([hidden])'))
        .map((year) => year.id),
    );
  expect(emptyYears).toEqual([]);

  await page.getByRole('button', { name: t.filter.clear }).click();
  await expect.poll(() => shownEntries(page)).toEqual(home);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: t.filter.clear })).toBeHidden();
});

test('the filter is an address: reload keeps it, back and forward step through it', async ({ page }) => {
  await page.goto('./');
  await scriptReady(page);
  await page.locator(`${ENTRIES} a[data-filter="company:${company}"]`).first().click();
  await expect.poll(() => shownEntries(page)).toHaveLength(withCompany.length);

  await page.reload();
  await expect.poll(() => shownEntries(page)).toEqual(withCompany.map((article) => article.id));

  await page.goBack();
  await expect.poll(() => shownEntries(page)).toEqual(home);
  await page.goForward();
  await expect.poll(() => shownEntries(page)).toHaveLength(withCompany.length);
});

test('a topic combines with a company: ?company=…&tag=…', async ({ page }) => {
  const both = withCompany.filter((article) => article.data.tags?.includes(tag));
  await page.goto(`./?company=${company}&tag=${tag}`);
  await expect.poll(() => shownEntries(page)).toEqual(both.map((article) => article.id));
  await expect(status(page)).toContainText(`${both.length.toLocaleString('en')} of ${total}`);
});

test('a topic no article has shows none of all, on one page or split over many', async ({ page }) => {
  const tags = new Set(articles.flatMap((article) => article.data.tags ?? []));
  let unknown = 'unused-topic';
  while (tags.has(unknown)) unknown += '-again';
  await page.goto(`./?tag=${unknown}`);
  await expect(status(page)).toContainText(`${(0).toLocaleString('en')} of ${total}`);
  expect(await shownEntries(page)).toEqual([]);
  await expect(page.getByRole('button', { name: t.filter.clear })).toBeVisible();
});

test('the filtered timeline passes axe, in light and dark', async ({ page }) => {
  await page.goto(`./?company=${company}`);
  await expect(page.getByRole('button', { name: t.filter.clear })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chips lead to the company’s page and the topic’s page', async ({ page }) => {
    await page.goto('./');
    await page.locator(`a[data-filter="company:${company}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${companyPath(company)}$`));
    await page.goto('./');
    if (anyTag === undefined) {
      // No article has a topic: there is no topic chip to follow.
      await expect(page.locator('a[data-filter^="tag:"]')).toHaveCount(0);
      return;
    }
    await page.locator(`a[data-filter="tag:${anyTag}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${tagPath(anyTag)}$`));
    await expect(page.locator('main li')).toHaveCount(articles.filter((a) => a.data.tags?.includes(anyTag)).length);
  });
});

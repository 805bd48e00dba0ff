import { expect, test } from '@playwright/test';
import { formatDateEn, yearOf } from '../../src/lib/dates.ts';
import { sourceArticles } from './content.ts';

const articles = sourceArticles();

test('the timeline lists every article once, in date order, grouped under year headings', async ({ page }) => {
  await page.goto('./');
  expect(articles).toHaveLength(5);

  const entryIds = await page
    .locator('ol.timeline > li.year li.entry')
    .evaluateAll((items) => items.map((li) => li.id));
  expect(entryIds).toEqual(articles.map((article) => article.id));

  const years = [...new Set(articles.map((article) => yearOf(article.data.date)))];
  await expect(page.locator('ol.timeline > li.year > h2')).toHaveText(years.map(String));
  for (const article of articles) {
    const group = page.locator('ol.timeline > li.year', { has: page.locator(`li.entry[id="${article.id}"]`) });
    await expect(group.locator('h2')).toHaveText(String(yearOf(article.data.date)));
  }
});

test('each entry shows its date, headline, summary, companies and source', async ({ page }) => {
  await page.goto('./');
  for (const article of articles) {
    const entry = page.locator(`li.entry[id="${article.id}"]`);
    await expect(entry.locator('time')).toHaveAttribute('datetime', article.data.date);
    await expect(entry.locator('time')).toHaveText(formatDateEn(article.data.date));
    await expect(entry.locator('h3')).toHaveText(article.data.title);
    await expect(entry).toContainText(article.data.summary);
    await expect(entry).toContainText(article.data.source.name);
    await expect(entry.locator('.chips li')).toHaveCount(article.data.companies.length);
  }
});

test('dates are the same calendar day in every time zone', async ({ browser }) => {
  for (const timezoneId of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('time').first()).toHaveText('15 March 2017');
    await context.close();
  }
});

test('every entry links to a page that renders its article text', async ({ page }) => {
  for (const article of articles) {
    await page.goto('./');
    await page.locator(`li.entry[id="${article.id}"] h3 a`).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/$`));
    await expect(page.locator('h1')).toHaveText(article.data.title);
    await expect(page.locator('.prose')).toContainText(article.firstParagraph);
  }
});

test('the year index jumps to each year', async ({ page }) => {
  await page.goto('./');
  const links = page.getByRole('navigation', { name: 'Jump to a year' }).getByRole('link');
  await expect(links).toHaveText([...new Set(articles.map((article) => String(yearOf(article.data.date))))]);
  await links.last().click();
  await expect(page).toHaveURL(/#year-2024$/);
  await expect(page.locator('#year-2024')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all entries show', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('li.entry')).toHaveCount(articles.length);
    for (const article of articles) await expect(page.locator(`li.entry[id="${article.id}"] h3`)).toBeVisible();
  });
});

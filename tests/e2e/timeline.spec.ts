import { expect, test } from '@playwright/test';
import { formatDate, yearOf } from '../../src/lib/dates.ts';
import { headline } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { articlePath, localizedPath, yearPath } from '../../src/lib/urls.ts';
import { ENTRIES, expectTimeline } from './checks.ts';
import { homeArticles, sourceArticles, timelineLayout } from './content.ts';

const articles = sourceArticles();
/** What `/` shows: every article, or the latest of a timeline split into year pages (archive.spec.ts reads those). */
const shown = homeArticles(articles);
const layout = timelineLayout(articles);
const home = (locale: (typeof LOCALES)[number]) => `./${localizedPath('', locale)}`;

for (const locale of LOCALES) {
  test.describe(`the ${locale} timeline`, () => {
    test('lists its articles once, in date order, under year headings, with its date, headline, summary, companies and source', async ({
      page,
    }) => {
      await page.goto(home(locale));
      await expectTimeline(page, shown, locale);
    });

    test('every entry links to its page in the same edition, which renders the article text', async ({ page }) => {
      for (const article of shown) {
        await page.goto(home(locale));
        await page.locator(`li.entry[id="${article.id}"] h3 a`).click();
        await expect(page).toHaveURL(new RegExp(`/${localizedPath(articlePath(article.id), locale)}$`));
        await expect(page.locator('h1')).toContainText(headline(article.data, locale).text);
        await expect(page.locator('.prose')).toContainText(article.firstParagraph);
      }
    });

    test('the year index leads to each year', async ({ page }) => {
      await page.goto(home(locale));
      const years = [...new Set(articles.map((article) => String(yearOf(article.data.date))))];
      if (layout.split) {
        // Each year on a page of its own (archive.spec.ts follows them).
        const index = page.getByRole('navigation', { name: dictionary(locale).pagination.allYears });
        for (const year of years) {
          await expect(index.getByRole('link', { name: new RegExp(`^${year}`) })).toHaveAttribute(
            'href',
            new RegExp(`/${localizedPath(yearPath(Number(year)), locale)}$`),
          );
        }
        return;
      }
      const links = page.getByRole('navigation', { name: dictionary(locale).timeline.yearIndex }).getByRole('link');
      await expect(links).toHaveText(years);
      await links.last().click();
      await expect(page).toHaveURL(new RegExp(`#year-${years.at(-1)}$`));
      await expect(page.locator(`#year-${years.at(-1)}`)).toBeInViewport();
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('all its entries show', async ({ page }) => {
        await page.goto(home(locale));
        await expect(page.locator(ENTRIES)).toHaveCount(shown.length);
        for (const article of shown) await expect(page.locator(`li.entry[id="${article.id}"] h3`)).toBeVisible();
      });
    });
  });
}

test('dates are the same calendar day in every time zone', async ({ browser }) => {
  const [first] = shown;
  for (const timezoneId of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('time').first()).toHaveText(formatDate(first!.data.date, 'en'));
    await context.close();
  }
});

test('an entry has the same id in both editions, so /#<slug> and /ko/#<slug> reach the same event, wherever it is', async ({
  page,
}) => {
  // The last article `/` shows, and when the timeline is split, the first, which only its year's page shows.
  const targets = [shown.at(-1)!, ...(layout.split ? [articles[0]!] : [])];
  for (const article of targets) {
    for (const locale of LOCALES) {
      await page.goto(`${home(locale)}#${article.id}`);
      const onPage = layout.entryPath(article.id);
      await expect(page).toHaveURL(new RegExp(`/${localizedPath(onPage, locale).replace(/[?]/g, '\\?')}$`));
      await expect(page.locator(`li.entry[id="${article.id}"]`)).toBeInViewport();
    }
  }
});

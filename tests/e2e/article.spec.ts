/**
 * Article pages in both editions: the text in its own language, the headline in the reader's, the
 * summary of an article in the other language, the source, the pager and the way back. The pages
 * read are `checkedArticles`, every kind the page shows differently, so the cost stays the same as
 * the archive grows; what copying a report left in its text, `npm run check:content` warns of.
 */
import { expect, test } from '@playwright/test';
import { headline, summary } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { articlePath, localizedPath } from '../../src/lib/urls.ts';
import { sourceArticles } from './content.ts';
import { checkedArticles } from './pages.ts';

const articles = sourceArticles();

for (const locale of LOCALES) {
  const t = dictionary(locale);

  for (const article of checkedArticles(articles)) {
    const index = articles.indexOf(article);
    test(`${locale} article page: ${article.id}`, async ({ page }) => {
      await page.goto(`./${localizedPath(articlePath(article.id), locale)}`);
      const { language, source } = article.data;
      const otherLanguage = language !== locale;

      await test.step('the text keeps its own language; the page is in the edition’s', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        if (otherLanguage) await expect(page.locator('.prose')).toHaveAttribute('lang', language);
        else await expect(page.locator('.prose')).not.toHaveAttribute('lang');
        await expect(page.locator('.prose')).toContainText(article.firstParagraph);
      });

      await test.step('the headline in the reader’s language, a translation marked, the original kept visible', async () => {
        const title = headline(article.data, locale);
        await expect(page.locator('h1')).toContainText(title.text);
        if (title.kind === 'translation') {
          await expect(page.locator('h1')).toContainText(t.translation.translated);
          await expect(page.locator('.original-title')).toContainText(article.data.title);
          await expect(page.locator('.original-title span')).toHaveAttribute('lang', language);
        }
        if (title.kind === 'untranslated') {
          await expect(page.locator('h1')).toContainText(t.translation.untranslated);
          await expect(page.locator('h1 span').first()).toHaveAttribute('lang', language);
        }
      });

      await test.step('an article in the other language opens with the summary in the reader’s', async () => {
        const section = page.getByRole('region', { name: t.translation.summaryHeading });
        await expect(section).toHaveCount(otherLanguage ? 1 : 0);
        if (otherLanguage) await expect(section).toContainText(summary(article.data, locale).text);
      });

      await test.step('its source, author and the original’s link', async () => {
        const block = page.locator('dl.source');
        await expect(block).toContainText(source.name);
        if (source.author) await expect(block).toContainText(source.author);
        if (source.url) {
          await expect(block.getByRole('link', { name: source.name })).toHaveAttribute('href', source.url);
        }
      });

      await test.step('the pager leads to the neighbours in the same edition', async () => {
        const previous = articles[index - 1];
        const next = articles[index + 1];
        const pager = page.getByRole('navigation', { name: t.article.pagerLabel });
        await expect(pager.locator('a[rel="prev"]')).toHaveCount(previous ? 1 : 0);
        await expect(pager.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
        if (next) {
          await expect(pager.locator('a[rel="next"]')).toHaveAttribute(
            'href',
            new RegExp(`/${localizedPath(articlePath(next.id), locale)}$`),
          );
        }
      });

      await test.step('back to its entry on the same edition’s timeline', async () => {
        await page.getByRole('link', { name: t.article.back }).click();
        await expect(page).toHaveURL(new RegExp(`/${localizedPath('', locale)}#${article.id}$`));
        await expect(page.locator(`li.entry[id="${article.id}"]`)).toBeInViewport();
      });
    });
  }
}

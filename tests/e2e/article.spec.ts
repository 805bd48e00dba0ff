import { expect, test } from '@playwright/test';
import { headline, summary } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { articlePath, localizedPath } from '../../src/lib/urls.ts';
import { sourceArticles } from './content.ts';

const articles = sourceArticles();

for (const locale of LOCALES) {
  const t = dictionary(locale);

  for (const [index, article] of articles.entries()) {
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

test('content: the machine-translated article carries the editor’s note on its garbled names', async ({ page }) => {
  await page.goto('./articles/2021-03-23-kt-studio-genie-content-strategy/');
  const note = page.getByRole('complementary', { name: dictionary('en').mdx.editorsNote });
  await expect(note).toContainText('Koo Hyun-mo');
  await expect(note).toContainText('Sky TV');
});

test('content: no scraping debris of the raw articles reaches a page', async ({ page }) => {
  const debris = [
    'Leave a Reply',
    'bloggers like this',
    'Connecting to %s',
    '상태바',
    '댓글쓰기',
    '1709106199',
    '#Electronics',
    '[email',
    '.Source',
    'date 2020-06-03',
  ];
  for (const article of articles) {
    await page.goto(`./articles/${article.id}/`);
    const text = await page.locator('main').innerText();
    for (const fragment of debris) expect(text, `${article.id} contains "${fragment}"`).not.toContain(fragment);
  }
});

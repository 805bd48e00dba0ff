import { expect, test } from '@playwright/test';
import { sourceArticles } from './content.ts';

const articles = sourceArticles();

for (const [index, article] of articles.entries()) {
  test(`article page: ${article.id}`, async ({ page }) => {
    await page.goto(`./articles/${article.id}/`);
    const lang = article.data.language;
    if (lang === 'ko') {
      await expect(page.locator('.prose')).toHaveAttribute('lang', 'ko');
      await expect(page.locator('h1')).toHaveAttribute('lang', 'ko');
    } else {
      await expect(page.locator('.prose')).not.toHaveAttribute('lang', 'ko');
    }

    const source = page.locator('dl.source');
    await expect(source).toContainText(article.data.source.name);
    if (article.data.source.author) await expect(source).toContainText(article.data.source.author);
    if (article.data.source.url) {
      await expect(source.getByRole('link', { name: article.data.source.name })).toHaveAttribute(
        'href',
        article.data.source.url,
      );
    }

    const previous = articles[index - 1];
    const next = articles[index + 1];
    const pager = page.getByRole('navigation', { name: 'Previous and next articles' });
    await expect(pager.locator('a[rel="prev"]')).toHaveCount(previous ? 1 : 0);
    await expect(pager.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
    if (next)
      await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`/articles/${next.id}/$`));

    await page.getByRole('link', { name: /back to this entry on the timeline/i }).click();
    await expect(page).toHaveURL(new RegExp(`/#${article.id}$`));
    await expect(page.locator(`li.entry[id="${article.id}"]`)).toBeInViewport();
  });
}

test('the Korean article is marked lang="ko"', async ({ page }) => {
  const korean = articles.filter((article) => article.data.language === 'ko');
  expect(korean.length).toBeGreaterThan(0);
  for (const article of korean) {
    await page.goto(`./articles/${article.id}/`);
    await expect(page.locator('.prose[lang="ko"]')).toContainText(article.firstParagraph);
  }
});

test('the machine-translated article carries the editor’s note on its names', async ({ page }) => {
  await page.goto('./articles/2021-03-23-kt-studio-genie-content-strategy/');
  const note = page.getByRole('complementary', { name: 'Editor’s note' });
  await expect(note).toContainText('Koo Hyun-mo');
  await expect(note).toContainText('Sky TV');
});

test('no scraping debris reaches a page', async ({ page }) => {
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

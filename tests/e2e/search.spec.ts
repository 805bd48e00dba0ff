/**
 * Search: nothing loads before the reader asks for it; a word of an article finds it in either
 * edition, from the one index both search, and so does a word of the edition's own headline or
 * summary, with the result in the reader's edition; a Korean noun is found with or without the particle the text gave it (in a
 * copy with tests/fixtures/korean-article); the results are announced, reachable from the keyboard
 * and accessible.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { headline, summary } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { articlePath, localizedPath } from '../../src/lib/urls.ts';
import { axeViolations, scriptReady } from './checks.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';
import { distinctiveWord, particleQueries, searchWord, sourceArticles, type SourceArticle } from './content.ts';
import { checkedArticles } from './pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KOREAN_FIXTURE = join(ROOT, 'tests/fixtures/korean-article');
const articles = sourceArticles();

/** Types a query and waits until the status speaks of it, so the results are this query's. */
async function search(page: Page, query: string) {
  await page.getByRole('searchbox').fill(query);
  await expect(page.getByRole('search').getByRole('status')).toContainText(query);
  return page.locator('.site-search__results');
}

for (const locale of LOCALES) {
  const t = dictionary(locale);

  test(`${locale}: a word of each article finds it; the result shows its headline and date and leads to it`, async ({
    page,
  }) => {
    await page.goto(`./${localizedPath('', locale)}`);
    const searched: string[] = [];
    const checked = checkedArticles(articles).filter(
      (candidate) => candidate.data.language === 'en' || locale === 'ko',
    );
    for (const article of checked) {
      const word = searchWord(article, articles);
      // A templated article may have no word that is its own alone: nothing could find it among the rest.
      if (word === undefined) continue;
      searched.push(article.id);
      const results = await search(page, word);
      const result = results.locator('li', {
        has: page.locator(`a[href$="/${localizedPath(articlePath(article.id), locale)}"]`),
      });
      await expect(result).toHaveCount(1);
      await expect(result.locator('a')).toHaveText(headline(article.data, locale).text);
      await expect(result).toContainText(formatDate(article.data.date, locale));
      // The count is announced politely, in the edition's words.
      const count = await results.locator('li').count();
      const template = count === 1 ? t.search.resultsOne : t.search.resultsMany;
      await expect(page.getByRole('search').getByRole('status')).toContainText(
        template.replace('{query}', word).replace('{count}', String(count)),
      );
    }
    expect(searched.length, 'articles with a word of their own to search').toBeGreaterThan(0);
  });
}

for (const locale of LOCALES) {
  test(`${locale}: a word only the edition's own headline or summary has finds the article, in that edition`, async ({
    page,
  }) => {
    // The text shown in this edition only: the summary of an article in the other language, and its
    // headline when the edition has one of its own (a translation, or the original).
    const ownText = (article: SourceArticle) =>
      article.data.language === locale
        ? ''
        : `${headline(article.data, locale).text} ${summary(article.data, locale).text}`;
    // Whole words as Pagefind splits them, on spaces, and only those with no punctuation inside (제작·확보).
    const words = (text: string) =>
      text
        .split(/\s+/)
        .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((word) => word.length >= 4 && /^[\p{L}\p{N}]+$/u.test(word));
    const everywhere = (article: SourceArticle) =>
      LOCALES.flatMap((other) => [
        headline(article.data, other).text,
        summary(article.data, other).text,
        other === locale ? '' : ownText(article),
      ]).join(' ') + article.firstParagraph;
    await page.goto(`./${localizedPath('', locale)}`);
    for (const article of articles) {
      const elsewhere = new Set(
        articles.flatMap((other) =>
          words(other === article ? `${article.firstParagraph} ${article.data.title}` : everywhere(other)),
        ),
      );
      const word = words(ownText(article)).find((candidate) => !elsewhere.has(candidate));
      if (!word) continue;
      const results = await search(page, word);
      const link = results.locator(`a[href$="/${localizedPath(articlePath(article.id), locale)}"]`);
      await expect(link, word).toHaveCount(1);
      await expect(link).toHaveText(headline(article.data, locale).text);
    }
  });
}

test('nothing of the search loads until the box is used; then it comes from the site itself', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /pagefind|searchBox/.test(url))).toEqual([]);

  await page.getByRole('searchbox').focus();
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect.poll(() => requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(requests.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
});

test.describe('Korean particles', () => {
  // A Korean article whose nouns stand only with a particle attached (tests/fixtures/korean-article),
  // added to a copy of the content: the check runs whatever the live articles are.
  let copy: ProjectCopy;
  let site: StaticSite;
  let korean: SourceArticle;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    copy = copyProject(ROOT);
    cpSync(KOREAN_FIXTURE, copy.contentDir, { recursive: true });
    const build = await copy.build();
    expect(build.code, build.output).toBe(0);
    site = await serveStatic(build.outDir);
    const id = readdirSync(join(KOREAN_FIXTURE, 'articles')).map(slugFromPath)[0];
    korean = sourceArticles(copy.contentDir).find((article) => article.id === id)!;
  });

  test.afterAll(async () => {
    await site?.close();
    copy?.remove();
  });

  test('a Korean noun is found with or without its particle, whichever the text has', async ({ page }) => {
    await page.goto(`${site.url}ko/`);
    for (const query of particleQueries(korean)) {
      const results = await search(page, query);
      await expect(results.locator(`a[href$="/ko/articles/${korean.id}/"]`), query).toHaveCount(1);
    }
  });
});

test('/ focuses the box from anywhere; the arrow keys and Enter reach a result', async ({ page }) => {
  const [article] = articles;
  await page.goto(`./${articlePath(article!.id)}`);
  await scriptReady(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  const query = distinctiveWord(article!, articles);
  await page.keyboard.type(query);
  // Typing searches as it goes: wait for the results of the whole word.
  await expect(page.getByRole('search').getByRole('status')).toContainText(query);
  const first = page.locator('.site-search__results a').first();
  const target = new URL((await first.getAttribute('href'))!, page.url()).href;
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
});

test('the search with its results open passes axe, in light and dark', async ({ page }) => {
  await page.goto('./');
  await search(page, distinctiveWord(articles[0]!, articles));
  await expect(page.locator('.site-search__results a').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no search box that could not work', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('searchbox')).toBeHidden();
  });
});

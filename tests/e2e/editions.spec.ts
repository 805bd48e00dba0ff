/**
 * The two editions: every page has its twin, the switch leads to it, machines are told of it, the
 * twins show the same events, marks and links, and neither edition shows the other's interface.
 */
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en.ts';
import { HANGUL } from '../../src/lib/i18n/hangul.ts';
import { ko } from '../../src/lib/i18n/ko.ts';
import { OG_LOCALES } from '../../src/lib/i18n/locales.ts';
import { isEmbedPath } from '../../src/lib/urls.ts';
import { chartsDrawn } from './checks.ts';
import { sourceArticles, sourceCompanies } from './content.ts';
import { checkedPages } from './pages.ts';

/** The checked pages of the English edition, each with its Korean twin. */
const TWINS = checkedPages()
  .filter((path) => !path.startsWith('./ko/'))
  .map((path) => ({ en: path, ko: path.replace(/^\.\//, './ko/') }));

/** Every static string of a dictionary (not the templates), for finding one edition's words on the other's pages. */
function staticStrings(dictionary: object): string[] {
  return Object.values(dictionary).flatMap((value) =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? staticStrings(value) : [],
  );
}

/** The text of the page whose nearest `lang` is the given language. */
function textIn(page: Page, lang: string): Promise<string> {
  return page.evaluate((wanted) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden]')) continue;
      if (element.closest('[lang]')?.getAttribute('lang') === wanted) parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  }, lang);
}

/**
 * The page's entries and internal links as built (a year's page goes on with the next pages as a
 * reader nears its end, so the live page may hold more), and its chart marks once drawn, in order,
 * each made edition-neutral.
 */
async function structure(page: Page) {
  await chartsDrawn(page);
  const built = await (await page.request.get(page.url())).text();
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const neutral = (href: string) => new URL(href, location.href).pathname.replace(/^\/ko\//, '/');
    return {
      entries: [...doc.querySelectorAll('li.entry[id]')].map((entry) => entry.id),
      marks: [...document.querySelectorAll('.chart [data-entry]')].map((mark) => mark.getAttribute('data-entry')),
      links: [...doc.querySelectorAll('main a[href]')]
        .map((a) => new URL(a.getAttribute('href') ?? '', location.href))
        .filter((url) => url.origin === location.origin)
        .map((url) => neutral(url.href) + url.hash)
        // The same links; each edition lists names in its own alphabetical order.
        .sort(),
    };
  }, built);
}

for (const twin of TWINS) {
  // An embed has no language switch, as it has no header: its twin is its frame's address in the other edition.
  const chromeless = isEmbedPath(twin.en.slice(2));
  test(`${twin.en} and ${twin.ko} are twins: ${chromeless ? '' : 'switch, '}alternates, the same events, marks and links`, async ({
    page,
  }) => {
    await page.goto(twin.en);
    const english = await structure(page);
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute(
      'href',
      new RegExp(`${twin.ko.slice(1)}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      new RegExp(`${twin.en.slice(1)}$`),
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', OG_LOCALES.en);
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', OG_LOCALES.ko);

    const toKorean = page.getByRole('link', { name: ko.languageName, exact: true });
    if (chromeless) {
      await expect(toKorean).toHaveCount(0);
      await page.goto(twin.ko);
    } else {
      await expect(toKorean).toHaveAttribute('hreflang', 'ko');
      await expect(toKorean).toHaveAttribute('lang', 'ko');
      await toKorean.click();
    }
    // A timeline page's address follows the entry being read (#<id>).
    await expect(page).toHaveURL(new RegExp(`${twin.ko.slice(1)}(#[^/]*)?$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(await structure(page)).toEqual(english);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      new RegExp(`${twin.en.slice(1)}$`),
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', OG_LOCALES.ko);

    if (chromeless) return;
    await page.getByRole('link', { name: en.languageName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${twin.en.slice(1)}(#[^/]*)?$`));
  });
}

test('no Korean outside lang="ko" on English pages, and no English interface string on Korean pages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const english = staticStrings(en).filter((text) => /[a-z]{3}/.test(text) && !staticStrings(ko).includes(text));
  // Names the content gives only in English (a company without `nameKo`, a target label without
  // `targetKo`) are the content's words, not the interface's: "Start-up fund" holds "fund".
  const names = [
    ...[...sourceCompanies().values()].flatMap((company) => [company.name, company.shortName ?? '']),
    ...sourceArticles().flatMap((article) => [
      ...(article.data.investments ?? []).map((investment) => investment.target),
      ...[...(article.data.ownership?.before ?? []), ...(article.data.ownership?.after ?? [])].map(
        (holding) => holding.holder,
      ),
    ]),
  ]
    .filter((name) => name !== '')
    .sort((a, b) => b.length - a.length);
  for (const twin of TWINS) {
    await page.goto(twin.en);
    expect(await textIn(page, 'en'), `${twin.en} has Korean outside lang="ko"`).not.toMatch(HANGUL);
    await page.goto(twin.ko);
    const korean = names.reduce((text, name) => text.replaceAll(name, ' '), await textIn(page, 'ko'));
    for (const text of english) expect(korean, `${twin.ko} shows the English "${text}"`).not.toContain(text);
  }
});

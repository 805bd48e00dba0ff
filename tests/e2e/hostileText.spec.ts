/**
 * Text is text. A copy of the site whose every text field of an article, a company and site.yaml
 * (both languages) carries script, styles, markup and redirects as text (tests/e2e/hostileContent.ts)
 * builds; and on every kind of page of both editions, served with the site's headers, nothing runs
 * (no dialog), nothing navigates away, nothing is asked of another origin, the policy reports no
 * violation, the page is styled, and each field shows whole, as the text it is.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { expect, test, type Page } from '@playwright/test';
import { companyName } from '../../src/lib/companies.ts';
import { headline } from '../../src/lib/i18n/articleText.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { articlePath, companyPath, isEmbedPath, localizedPath } from '../../src/lib/urls.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { headersFromFile, serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';
import { INJECTED, hostileTargets, makeHostile, markerOf, type HostileContent } from './hostileContent.ts';
import { sourceArticles, sourceCompanies } from './content.ts';
import { checkedPages } from './pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The hostile copy has the project's articles, companies and topics, with other words: the same pages. */
const TARGETS = hostileTargets(join(ROOT, 'content'));
const PAGES = [
  ...new Set([
    ...checkedPages(),
    ...LOCALES.flatMap((locale) =>
      [articlePath(TARGETS.article), companyPath(TARGETS.company), 'no/such/page/'].map(
        (path) => `./${localizedPath(path, locale)}`,
      ),
    ),
  ]),
];

let copy: ProjectCopy;
let site: StaticSite;
let hostile: HostileContent;

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  copy = copyProject(ROOT);
  hostile = makeHostile(copy.contentDir);
  const build = await copy.build();
  expect(build.code, build.output).toBe(0);
  site = await serveStatic(build.outDir, '/', headersFromFile(join(copy.root, 'public/_headers')));
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

/** What a page does that text must never make it do: dialogs, navigations, requests elsewhere, policy violations, errors. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== new URL(site.url).origin) seen.push(`request: ${url.href}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(site.url)) seen.push(`navigated: ${frame.url()}`);
  });
  page.on('console', (message) => {
    // The 404 page's own status is reported as a failed load of the document itself.
    const ownStatus = message.text().includes('status of 404') && message.location().url === page.url();
    if (message.type() === 'error' && !ownStatus) seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return seen;
}

/**
 * The markers of the hostile texts the page shows, each with all the text of the element that shows
 * it (outside charts, whose labels may be shortened).
 */
/**
 * What each embed code on the page gives when pasted: how many frames it makes, and the frame's title.
 * Read here, not in the page, whose policy would refuse the code's style attribute as it was parsed.
 */
async function embedCodeTitles(page: Page): Promise<{ frames: number; text: string }[]> {
  const codes = await page
    .locator('textarea')
    .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
  return codes.map((code) => {
    const frames = parseDocument(code).children.flatMap((node) =>
      node.type === 'tag' && node.name === 'iframe' ? [node] : [],
    );
    return { frames: frames.length, text: frames[0]?.attribs['title'] ?? '' };
  });
}

const shownTexts = (page: Page, markers: string[]) =>
  page.evaluate((markers) => {
    const shown: [string, string][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      // The embed code is HTML for another page to paste, shown as text: checked as HTML below.
      if (!element || element.closest('svg, [hidden], textarea')) continue;
      for (const marker of markers)
        if (node.textContent?.includes(marker)) shown.push([marker, element.textContent ?? '']);
    }
    return shown;
  }, markers);

const localeOf = (path: string): Locale => (path.startsWith('./ko/') ? 'ko' : 'en');

for (const path of PAGES) {
  test(`${path}: runs nothing, stays, fetches nothing elsewhere, violates no policy, is styled, shows each field whole`, async ({
    page,
  }) => {
    const seen = await watch(page);
    const url = new URL(path, site.url).href;
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(url);
    // Styled: the site's CSS sets the body's margin, 8px in every browser's own style sheet.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    expect(await page.locator(INJECTED).count(), 'elements made of text').toBe(0);

    const shown = await shownTexts(page, [...hostile.texts.keys()]);
    for (const [marker, text] of shown) expect(text, marker).toContain(hostile.texts.get(marker));
    // Pasted into another page, the embed code is one frame whose title holds the text whole.
    for (const title of await embedCodeTitles(page)) {
      expect(title.frames, 'one frame, nothing else of the text made markup').toBe(1);
      for (const [marker, text] of hostile.texts) if (title.text.includes(marker)) expect(title.text).toContain(text);
    }
    const markers = shown.map(([marker]) => marker);
    const locale = localeOf(path);
    // An embed has no footer: the site's name is in its credit.
    const chrome = isEmbedPath(path.slice(2)) ? ['title'] : ['title', 'footer'];
    expect(markers, 'the site’s name and footer').toEqual(
      expect.arrayContaining(chrome.map((field) => markerOf(`${locale}${field}`))),
    );
    if (path.includes(articlePath(hostile.article))) {
      const article = sourceArticles(copy.contentDir).find(({ id }) => id === hostile.article)!;
      expect(await page.locator('h1').textContent()).toContain(headline(article.data, locale).text);
    }
    if (path.includes(companyPath(hostile.company))) {
      const company = sourceCompanies(copy.contentDir).get(hostile.company)!;
      expect(await page.locator('h1').textContent()).toContain(companyName(company, locale));
    }
    expect(seen).toEqual([]);
  });
}

for (const locale of LOCALES) {
  test(`${locale}: the search finds the hostile article and shows its headline as text`, async ({ page }) => {
    const seen = await watch(page);
    await page.goto(new URL(`./${localizedPath('', locale)}`, site.url).href);
    const article = sourceArticles(copy.contentDir).find(({ id }) => id === hostile.article)!;
    const title = headline(article.data, locale).text;
    await page.getByRole('searchbox').fill(title.split(' ')[0]!);
    const result = page.locator('.site-search__results a').first();
    await expect(result).toHaveText(title);
    expect(await page.locator(INJECTED).count(), 'elements made of text').toBe(0);
    expect(seen).toEqual([]);
  });
}

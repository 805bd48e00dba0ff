import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../tools/lib/browser.ts';
import { limitPage } from '../../tools/lib/limitPage.ts';

/** A built site in miniature: a home page under /timeline/ with a linked and an inline stylesheet, and one for print. */
const HOME = `<!DOCTYPE html><html lang="en" data-cid="a"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Home &amp; more</title><link rel="icon" href="/timeline/favicon.svg" type="image/svg+xml"><meta name="description" content="not kept"><script type="application/ld+json">{"@type":"WebSite"}</script>
<link rel="stylesheet" href="/timeline/_astro/site.css"><style>.lede{color:red}</style><style media="print">.lede{display:none}</style><script type="module" src="/timeline/_astro/x.js"></script></head>
<body class="b"><a class="skip-link" href="#main">Skip</a><header class="site-header"><a href="/timeline/">Site</a></header>
<main id="main"><div class="wrap"><header class="intro"><p class="kicker">Kicker</p><h1>Heading</h1><p class="lede">Intro</p></header>
<section class="events"><ol><li>Entry</li></ol></section></div></main><footer>Footer</footer></body></html>`;

let browser: Browser;
let siteDir: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  siteDir = mkdtempSync(join(tmpdir(), 'limit-page-'));
  mkdirSync(join(siteDir, '_astro'));
  writeFileSync(join(siteDir, '_astro/site.css'), 'body{margin:0}');
  writeFileSync(join(siteDir, 'index.html'), HOME);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(siteDir, { recursive: true, force: true });
});

/** The limit page parsed back, to look at it as a browser does. */
async function parsedLimitPage(home = HOME) {
  writeFileSync(join(siteDir, 'index.html'), home);
  const html = await limitPage(siteDir, '/timeline/', await browser.newPage());
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.setContent(html);
  return { html, page };
}

describe('limitPage', () => {
  it('keeps the site header and the intro around the heading, inside the same main and wrapper', async () => {
    const { page } = await parsedLimitPage();
    expect(await page.locator('body > header.site-header').textContent()).toBe('Site');
    expect(await page.locator('body > main#main > div.wrap > header.intro').innerText()).toBe(
      'Kicker\n\nHeading\n\nIntro',
    );
    expect(await page.locator('body').getAttribute('class')).toBe('b');
  });

  it('drops everything else: skip link, the rest of main, footer, scripts, data and other meta tags', async () => {
    const { html, page } = await parsedLimitPage();
    for (const gone of [
      '.skip-link',
      'section',
      'footer',
      'script',
      'link[rel="stylesheet"]',
      'meta[name="description"]',
    ]) {
      expect(await page.locator(gone).count(), gone).toBe(0);
    }
    expect(html).not.toContain('WebSite');
  });

  it('inlines the linked stylesheet (read from the site folder, under the base) and the inline one, in order', async () => {
    const { html, page } = await parsedLimitPage();
    expect(await page.locator('style').allTextContents()).toEqual([
      'body{margin:0}\n.lede{color:red}\n@media print{.lede{display:none}}',
    ]);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" data-cid="a"><head><meta charset="utf-8">/);
    expect(await page.title()).toBe('Home & more');
  });

  it('keeps print rules to print, so the screen it draws is the page’s', async () => {
    const { page } = await parsedLimitPage();
    await expect.poll(() => page.locator('.lede').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.lede').isVisible()).toBe(false);
  });

  it('keeps the page’s icon link, so it shows the same icon', async () => {
    const { page } = await parsedLimitPage();
    expect(await page.locator('head link[rel="icon"]').getAttribute('href')).toBe('/timeline/favicon.svg');
  });

  it('falls back to the heading’s parent when there is no header around it', async () => {
    const { page } = await parsedLimitPage(
      HOME.replace('<header class="intro">', '<div class="intro">').replace('</p></header>', '</p></div>'),
    );
    expect(await page.locator('main div.intro').innerText()).toBe('Kicker\n\nHeading\n\nIntro');
    expect(await page.locator('section').count()).toBe(0);
  });

  it('names the file when the home page has no heading in its main', async () => {
    await expect(parsedLimitPage(HOME.replace(/<h1>Heading<\/h1>/, ''))).rejects.toThrow(
      `${join(siteDir, 'index.html')}: no <h1> inside <main>`,
    );
  });

  it('refuses a stylesheet outside the base path, naming it', async () => {
    await expect(parsedLimitPage(HOME.replace('/timeline/_astro/site.css', '/elsewhere.css'))).rejects.toThrow(
      'stylesheet /elsewhere.css is not under the base /timeline/',
    );
  });
});

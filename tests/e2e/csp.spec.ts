/**
 * The Content-Security-Policy blocks nothing the site needs and refuses what it should. Each page
 * carries the policy in a `<meta>` tag (`POLICY` of src/lib/csp.ts, with the hashes of that page's
 * own inline style and script), and a static server adds the header of `public/_headers`
 * (frame-ancestors): no page reports a violation, while an injected script or style, or a
 * stylesheet changed after the build, is refused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { scriptReady } from './checks.ts';
import { CHART_CLASSES, MARK_ATTRIBUTES } from '../../src/lib/charts/markup.ts';
import { headersForPath, parseCsp, parseHeadersFile } from '../../tools/lib/headersFile.ts';
import { checkedPages } from './pages.ts';
import { headersFromFile, serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEADERS_FILE = `${ROOT}public/_headers`;
const RULES = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'));
/** The policy header as the file gives it for a site-relative path: frame-ancestors, 'none' but on the embeds. */
const policyHeader = (path: string) =>
  headersForPath(RULES, new URL(path, 'http://site/').pathname)['Content-Security-Policy'];

let site: StaticSite;

test.beforeAll(async () => {
  // dist/ is the build the test run started with (playwright.config.ts builds it first).
  site = await serveStatic(`${ROOT}dist`, '/', headersFromFile(HEADERS_FILE));
});

test.afterAll(async () => {
  await site?.close();
});

/** Collects CSP violations (the DOM event, and Chromium's console report) and any other console error. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    // The 404 page's own status is reported as a failed load of the document itself: not a problem.
    const ownStatus = message.text().includes('status of 404') && message.location().url === page.url();
    if (message.type() === 'error' && !ownStatus) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** The page's `<meta>` policy, and the text of its inline styles and scripts, as the browser parsed them. */
const pagePolicy = (page: Page) =>
  page.evaluate(() => {
    const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
    const styles = [...document.querySelectorAll('style')];
    const scripts = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')];
    return {
      policies: metas.map((meta) => meta.getAttribute('content') ?? ''),
      // A <meta> policy covers only what comes after it.
      metaFirst: [...styles, ...scripts].every(
        (element) => metas[0]?.compareDocumentPosition(element) === Node.DOCUMENT_POSITION_FOLLOWING,
      ),
      styles: styles.map((style) => style.textContent ?? ''),
      scripts: scripts.map((script) => script.textContent ?? ''),
    };
  });

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

for (const path of [...checkedPages(), './no/such/page/']) {
  test(`${path} carries a strict policy and runs under it without a violation`, async ({ page }) => {
    const problems = await watchForViolations(page);
    const response = await page.goto(new URL(path, site.url).href);
    expect(response?.headers()['content-security-policy']).toBe(policyHeader(path));

    const { policies, metaFirst, styles, scripts } = await pagePolicy(page);
    expect(policies).toHaveLength(1);
    expect(metaFirst, 'the <meta> policy comes before every inline style and script').toBe(true);
    const policy = parseCsp(policies[0]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(styles.length, 'the page has its CSS inline').toBeGreaterThan(0);
    for (const [directive, inline] of [
      ['script-src', scripts],
      ['style-src', styles],
    ] as const) {
      const sources = policy.get(directive) ?? [];
      // The site itself and the hashes of exactly this page's inline code: no 'unsafe-inline', no other
      // origin; scripts may also compile WebAssembly, which the search (Pagefind) needs.
      expect(
        sources.filter((source) => !source.startsWith("'sha256-")),
        directive,
      ).toEqual(directive === 'script-src' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
      expect(sources.filter((source) => source.startsWith("'sha256-")).sort(), directive).toEqual(
        [...new Set(inline.map(sha256))].sort(),
      );
    }

    // Module scripts run before the load event, and every stylesheet and image has loaded by then.
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
  });
}

test('the charts’ script runs under the policy: its tooltip shows, positioned, without a violation', async ({
  page,
}) => {
  const problems = await watchForViolations(page);
  await page.goto(site.url);
  await scriptReady(page);
  const mark = page.locator('#investments :is(svg.chart--compact, svg.chart--wide):visible a.chart-mark').first();
  await mark.locator('path.symbol').hover();
  const tooltip = page.locator(`.${CHART_CLASSES.tooltip}`);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText((await mark.getAttribute(MARK_ATTRIBUTES.description))!);
  // Placed by the script through the CSSOM, which the policy allows (a style attribute would not be).
  expect(await tooltip.evaluate((element) => (element as HTMLElement).style.left)).toMatch(/px$/);
  await mark.focus();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  expect(problems).toEqual([]);
});

test('the search runs under the policy: Pagefind’s script, worker and WebAssembly load, and results show, without a violation', async ({
  page,
}) => {
  const problems = await watchForViolations(page);
  await page.goto(`${site.url}ko/`);
  await page.getByRole('searchbox').fill('KT');
  await expect(page.locator('.site-search__results a').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('an injected inline script and an injected style are refused and reported (control: the policy is enforced)', async ({
  page,
}) => {
  const problems = await watchForViolations(page);
  await page.goto(site.url);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await background();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inline = "ran";';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0) }';
    document.head.append(style);
  });
  await expect.poll(() => problems.some((problem) => problem.includes('script-src'))).toBe(true);
  await expect.poll(() => problems.some((problem) => problem.includes('style-src'))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset['inline'])).toBeUndefined();
  expect(await background()).toBe(before);
});

test('a page whose inline stylesheet changed after the build is refused its styles (control: the hashes are checked)', async ({
  page,
}) => {
  const problems = await watchForViolations(page);
  await page.route(site.url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<style>', '<style>body{background:rgb(255,0,0)}');
    await route.fulfill({ response, body: html });
  });
  await page.goto(site.url);
  await expect.poll(() => problems.some((problem) => problem.includes('style-src'))).toBe(true);
  // None of the page's CSS applied: the browser's default margin is back.
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('8px');
});

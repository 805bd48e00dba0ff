/**
 * The Content-Security-Policy of `public/_headers`, sent as a real response header by a static
 * server, blocks nothing the site needs: no violation on any page, the charts' tooltip included.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { headersForPath, parseHeadersFile } from '../../tools/lib/headersFile.ts';
import { allPages } from './pages.ts';
import { headersFromFile, serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEADERS_FILE = `${ROOT}public/_headers`;
/** The policy as the file gives it for pages. */
const POLICY = headersForPath(parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')), '/index.html')[
  'Content-Security-Policy'
];

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

for (const path of [...allPages(), './no/such/page/']) {
  test(`${path} runs under the Content-Security-Policy without a violation`, async ({ page }) => {
    const problems = await watchForViolations(page);
    const response = await page.goto(new URL(path, site.url).href);
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
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
  const mark = page.locator('#investments :is(svg.chart--compact, svg.chart--wide):visible a.chart-mark').first();
  await mark.hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText((await mark.getAttribute('data-tip'))!);
  // Placed by the script through the CSSOM, which style-src 'self' allows (a style attribute would not be).
  expect(await tooltip.evaluate((element) => (element as HTMLElement).style.left)).toMatch(/px$/);
  await mark.focus();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  expect(problems).toEqual([]);
});

test('an inline script is refused and reported (control: the policy is enforced and violations are seen)', async ({
  page,
}) => {
  const problems = await watchForViolations(page);
  await page.goto(site.url);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inline = "ran";';
    document.head.append(script);
  });
  await expect.poll(() => problems.some((problem) => problem.includes('script-src'))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset['inline'])).toBeUndefined();
});

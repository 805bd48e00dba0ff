/**
 * No third-party requests: every page, and the 404 page, loads nothing from another origin, so no
 * CDN, font service or tracker learns who reads the site, and nothing breaks when one is down.
 */
import { expect, test, type Page } from '@playwright/test';
import { allPages } from './pages.ts';

// Each page's own Content-Security-Policy would refuse a request to another origin before it is
// made; here the test sees what the page asks for (tests/e2e/csp.spec.ts checks the policy).
test.use({ bypassCSP: true });

/** An address the site does not have: the host answers with the 404 page. */
const NOT_FOUND = './no/such/page/';

/** Records every request the page's context makes; other origins are aborted, so the test never needs the network. */
async function recordRequests(page: Page, origin: string) {
  const requests = { own: [] as string[], foreign: [] as string[] };
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      requests.own.push(url);
      return route.continue();
    }
    requests.foreign.push(url);
    return route.abort();
  });
  return requests;
}

/** Reads a page as a reader would: to the bottom, so anything lazy loads, until the network is quiet; gives its status. */
async function readToTheEnd(page: Page, path: string): Promise<number | undefined> {
  const response = await page.goto(path);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  return response?.status();
}

for (const path of [...allPages(), NOT_FOUND]) {
  test(`${path} requests nothing from another origin`, async ({ page, baseURL }) => {
    const requests = await recordRequests(page, new URL(baseURL!).origin);
    expect(await readToTheEnd(page, path)).toBe(path === NOT_FOUND ? 404 : 200);
    // The page itself (its CSS and script are inline): proof that requests are being recorded at all.
    expect(requests.own.length).toBeGreaterThanOrEqual(1);
    expect(requests.foreign).toEqual([]);
  });
}

test('the recorder catches a request to another origin (control)', async ({ page, baseURL }) => {
  const requests = await recordRequests(page, new URL(baseURL!).origin);
  await readToTheEnd(page, './');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://cdn.example.com/pixel.png';
    document.body.append(image);
  });
  await expect.poll(() => requests.foreign).toEqual(['https://cdn.example.com/pixel.png']);
});

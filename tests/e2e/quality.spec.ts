/**
 * Every kind of page in both editions (`checkedPages`): axe in light and dark, no console error, its
 * script fetched after the first paint, no sideways scroll on a phone; the skip link. Every link of
 * every page is crawled once, under a base path, by deploy.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { axeEngineVersion, axeViolations, sidewaysScroll, watchConsole } from './checks.ts';
import { checkedPages } from './pages.ts';

for (const path of checkedPages()) {
  test(`page ${path}: axe in light and dark, no console errors, its script after the first paint, no sideways scroll at 360 px`, async ({
    page,
  }) => {
    const errors = watchConsole(page);

    await test.step('light: no accessibility violations, no console errors', async () => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    await test.step('one response before the first paint: the script is fetched after it, and then runs', async () => {
      const { paint, scripts } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.startTime),
      }));
      expect(paint).toBeGreaterThan(0);
      expect(scripts.length).toBeGreaterThan(0);
      for (const start of scripts) expect(start).toBeGreaterThanOrEqual(paint!);
      expect(await page.evaluate(() => customElements.get('site-search') !== undefined)).toBe(true);
      // Nor is the icon a request of its own: it is inline, the same drawing as favicon.svg.
      const icon = await page.locator('head link[rel~="icon"]').getAttribute('href');
      expect(icon).toMatch(/^data:image\/svg\+xml,/);
      const iconFile = await (await page.request.get('favicon.svg')).text();
      expect(decodeURIComponent(icon!.slice(icon!.indexOf(',') + 1))).toBe(iconFile.trim().replaceAll('"', "'"));
    });

    await test.step('dark: no accessibility violations', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('360 px: no sideways scroll', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });
  });
}

for (const locale of LOCALES) {
  test(`${locale}: the skip link is the first stop and moves focus to the main content`, async ({ page }) => {
    await page.goto(locale === 'en' ? './' : `./${locale}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: dictionary(locale).skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
}

test('axe runs as the pinned axe-core devDependency', async ({ page }) => {
  const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> })
    .devDependencies['axe-core'];
  await page.goto('./');
  expect(await axeEngineVersion(page)).toBe(pinned);
});

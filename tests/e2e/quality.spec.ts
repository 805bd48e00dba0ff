import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './pages.ts';

for (const path of allPages()) {
  test.describe(`page ${path}`, () => {
    test('has no accessibility violations (axe)', async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('has no accessibility violations in dark mode (axe)', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('logs no console errors', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });

    test('does not scroll sideways at 360 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('every internal link on every page leads to a page or a fragment that exists', async ({ page, request }) => {
  const checked = new Map<string, number>();
  for (const path of allPages()) {
    await page.goto(path);
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      // The attribute, resolved here: an SVG <a> (the charts' marks) has no string `href` property.
      anchors.map((a) => new URL(a.getAttribute('href') ?? '', location.href).href).filter((href) => href.startsWith(location.origin)),
    );
    for (const link of links) {
      const url = new URL(link);
      const target = url.origin + url.pathname;
      if (!checked.has(target)) checked.set(target, (await request.get(target)).status());
      expect(checked.get(target), `${path} links to ${link}`).toBe(200);
      if (url.hash) {
        const html = await (await request.get(target)).text();
        expect(html, `${path} links to missing fragment ${link}`).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
      }
    }
  }
});

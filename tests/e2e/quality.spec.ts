import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allPages } from './pages.ts';

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

for (const path of allPages()) {
  test(`page ${path}: axe in light and dark, no console errors, no sideways scroll at 360 px`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await test.step('light: no accessibility violations, no console errors', async () => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    await test.step('dark: no accessibility violations', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page)).toEqual([]);
    });

    await test.step('360 px: no sideways scroll', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
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
      anchors
        .map((a) => new URL(a.getAttribute('href') ?? '', location.href).href)
        .filter((href) => href.startsWith(location.origin)),
    );
    for (const link of links) {
      const url = new URL(link);
      const target = url.origin + url.pathname;
      if (!checked.has(target)) checked.set(target, (await request.get(target)).status());
      expect(checked.get(target), `${path} links to ${link}`).toBe(200);
      if (url.hash) {
        const html = await (await request.get(target)).text();
        expect(html, `${path} links to missing fragment ${link}`).toContain(
          `id="${decodeURIComponent(url.hash.slice(1))}"`,
        );
      }
    }
  }
});

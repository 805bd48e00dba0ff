import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { copyProject } from '../../tools/lib/projectCopy.ts';
import { companiesInvolved } from '../../src/lib/companies.ts';
import { sourceArticles, sourceCompanies, sourceSite } from './content.ts';
import { serveStatic } from '../../tools/lib/staticServer.ts';

const investmentCount = sourceArticles().reduce((sum, article) => sum + (article.data.investments?.length ?? 0), 0);

/** The drawing of a chart that is shown at the current width (each chart has a compact and a wide one). */
const visibleSvg = (page: Page, chart: string) =>
  page.locator(`#${chart} :is(svg.chart--compact, svg.chart--wide):visible`).first();

test.describe('investments chart', () => {
  for (const width of [360, 900, 1280]) {
    test(`shows one linked mark per investment at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      expect(investmentCount).toBeGreaterThan(1);
      await expect(page.locator('#investments :is(svg.chart--compact, svg.chart--wide):visible')).toHaveCount(1);
      await expect(visibleSvg(page, 'investments').locator('a.chart-mark')).toHaveCount(investmentCount);
      await expect(page.locator('#investments table tbody tr')).toHaveCount(investmentCount);
    });
  }

  test('a mark leads to its entry on the timeline', async ({ page }) => {
    await page.goto('./');
    const mark = visibleSvg(page, 'investments').locator('a.chart-mark').first();
    const entry = await mark.getAttribute('data-entry');
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`#${entry}$`));
    await expect(page.locator(`li.entry[id="${entry}"]`)).toBeInViewport();
  });

  test('says what it shows in words', async ({ page }) => {
    await page.goto('./');
    const svg = visibleSvg(page, 'investments');
    await expect(svg).toHaveAttribute('role', 'graphics-document');
    await expect(svg.locator('title')).toHaveText(/Investments over time/);
    await expect(svg.locator('desc')).toContainText('The largest:');
    await expect(svg.locator('a.chart-mark').first()).toHaveAttribute('aria-label', /→/);
  });
});

test('the ownership chart is an image with a description and a table of its sources', async ({ page }) => {
  const ownership = sourceArticles().find((article) => article.data.ownership)?.data.ownership;
  test.skip(!ownership, 'no article has an ownership record');
  await page.goto('./');
  const svg = visibleSvg(page, 'ownership-1');
  await expect(svg).toHaveAttribute('role', 'img');
  const [holding] = ownership!.after;
  await expect(svg.locator('desc')).toContainText(`${holding!.percent}%`);
  await expect(page.locator('#ownership-1 table')).toContainText(holding!.source);
});

test('the involvement chart has a dot per company and event, grouped by camp', async ({ page }) => {
  await page.goto('./');
  const articles = sourceArticles();
  const dots = articles.reduce((sum, article) => sum + companiesInvolved(article).length, 0);
  await expect(visibleSvg(page, 'involvement').locator('a.chart-mark')).toHaveCount(dots);
  const companies = sourceCompanies();
  const camps = sourceSite().alliances.filter((alliance) =>
    articles.some((article) =>
      companiesInvolved(article).some((slug) => companies.get(slug)?.alliance === alliance.id),
    ),
  );
  await expect(visibleSvg(page, 'involvement').locator('text.heading')).toContainText(camps.map((camp) => camp.en));
});

for (const width of [360, 1280]) {
  test(`no two chart labels overlap and none is clipped at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    for (const chart of ['investments', 'ownership-1', 'involvement']) {
      const svg = visibleSvg(page, chart);
      const svgBox = (await svg.boundingBox())!;
      const boxes = await svg.locator('text').evaluateAll((texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { text: text.textContent ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
        }),
      );
      expect(boxes.length).toBeGreaterThan(3);
      for (const [index, a] of boxes.entries()) {
        expect(a.x, `${chart}: "${a.text}" is clipped on the left`).toBeGreaterThanOrEqual(Math.max(0, svgBox.x - 1));
        expect(a.x + a.width, `${chart}: "${a.text}" is clipped on the right`).toBeLessThanOrEqual(
          Math.min(width, svgBox.x + svgBox.width + 1),
        );
        for (const b of boxes.slice(index + 1)) {
          const overlap =
            a.x < b.x + b.width - 0.5 &&
            b.x < a.x + a.width - 0.5 &&
            a.y < b.y + b.height - 0.5 &&
            b.y < a.y + a.height - 0.5;
          expect(overlap, `${chart}: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
  });
}

test('hovering or focusing a mark shows a tooltip; Escape hides it', async ({ page }) => {
  await page.goto('./');
  const mark = visibleSvg(page, 'investments').locator('a.chart-mark').first();
  const tooltip = page.locator('.chart-tooltip');
  await mark.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText((await mark.getAttribute('data-tip'))!);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await mark.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('scrolling the timeline highlights the current entry’s marks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const last = sourceArticles().at(-1)!;
  await page.locator(`li.entry[id="${last.id}"]`).scrollIntoViewIfNeeded();
  await page.locator(`li.entry[id="${last.id}"]`).evaluate((entry) => entry.scrollIntoView({ block: 'center' }));
  const current = visibleSvg(page, 'involvement').locator('.is-current[data-entry]');
  await expect(current.first()).toBeAttached();
  const entries = await current.evaluateAll((elements) => [
    ...new Set(elements.map((e) => e.getAttribute('data-entry'))),
  ]);
  expect(entries).toEqual([last.id]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the charts, their links and tables are all there', async ({ page }) => {
    await page.goto('./');
    await expect(visibleSvg(page, 'investments').locator('a.chart-mark')).toHaveCount(investmentCount);
    await expect(page.locator('#investments table tbody tr')).toHaveCount(investmentCount);
    await expect(page.locator('.chart-tooltip')).toHaveCount(0);
  });
});

test('the charts ship at most 10 KB of JavaScript (gzip)', async ({ page }) => {
  const sizes: number[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') sizes.push(gzipSync(await response.body()).length);
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  // Small scripts are inline in the page (astro.config.mjs): they count too.
  for (const inline of await page.locator('script[type="module"]:not([src])').allTextContents()) {
    sizes.push(gzipSync(inline).length);
  }
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10 * 1024);
});

test('one more investment in the content gives one more mark and one more table row', async ({ page }) => {
  test.setTimeout(120_000);
  const copy = copyProject(process.cwd());
  try {
    const [first] = sourceArticles(copy.contentDir);
    const file = join(copy.contentDir, 'articles', `${first!.id}.mdx`);
    const extra = [
      'investments:',
      '  - investor: kt',
      '    target: Fixture fund',
      '    amount: 5000000',
      '    currency: USD',
      '    kind: fund',
      '    note: Added by the chart test.',
    ].join('\n');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.includes('\ninvestments:\n')
        ? text.replace('\ninvestments:\n', `\n${extra}\n  # previous list continues\n`)
        : text.replace(/\n---\n/, `\n${extra}\n---\n`),
    );
    const build = await copy.build();
    expect(build.code, build.output).toBe(0);
    const site = await serveStatic(build.outDir);
    try {
      await page.goto(site.url);
      await expect(visibleSvg(page, 'investments').locator('a.chart-mark')).toHaveCount(investmentCount + 1);
      await expect(page.locator('#investments table tbody tr')).toHaveCount(investmentCount + 1);
      await expect(page.locator('#investments table')).toContainText('KT → Fixture fund');
    } finally {
      await site.close();
    }
  } finally {
    copy.remove();
  }
});

/**
 * An editor adds an article and a company (tests/fixtures/extra-article: a small investment, a
 * 0.01 % stake, a long company name, no Korean translation), and the site takes them as it takes
 * today's content: the same timeline, chart, link and quality checks pass on a copy built
 * with them, in both editions, and the missing translation shows marked, in English.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { COMPANIES_PATH, articlePath, chartPath, companyPath, localizedPath } from '../../src/lib/urls.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';
import {
  axeViolations,
  chartsDrawn,
  expectTimeline,
  linksOn,
  pageUrl,
  sidewaysScroll,
  watchConsole,
} from './checks.ts';
import { sourceArticles, sourceCompanies, timelinePageOf } from './content.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/extra-article');
const [ARTICLE] = readdirSync(join(FIXTURE, 'articles')).map(slugFromPath);
const [COMPANY] = readdirSync(join(FIXTURE, 'companies')).map(slugFromPath);

let copy: ProjectCopy;
let site: StaticSite;

test.describe.configure({ mode: 'default', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  copy = copyProject(ROOT);
  cpSync(FIXTURE, copy.contentDir, { recursive: true });
  const build = await copy.build();
  expect(build.code, build.output).toBe(0);
  expect(build.output).toContain(`${ARTICLE}.mdx: titleKo, summaryKo`);
  site = await serveStatic(build.outDir);
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

for (const locale of LOCALES) {
  const t = dictionary(locale);
  const url = (path: string) => `${site.url}${localizedPath(path, locale)}`;

  test(`${locale}: the timeline shows the new article in its place, with its companies`, async ({ page }) => {
    const shown = timelinePageOf(sourceArticles(copy.contentDir), ARTICLE!);
    await page.goto(url(shown.path));
    await expectTimeline(page, shown.articles, locale);
  });

  test(`${locale}: the charts draw the new investment and the new company`, async ({ page }) => {
    await page.goto(url(chartPath('investments')));
    const marks = page.locator('#investments svg:visible [data-entry]');
    expect(await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('data-entry')))).toContain(ARTICLE);
    const company = sourceCompanies(copy.contentDir).get(COMPANY!)!;
    await page.goto(url(chartPath('involvement')));
    await expect(page.locator('#involvement table')).toContainText(locale === 'ko' ? company.nameKo! : company.name);
    await page.goto(url(companyPath(COMPANY!)));
    await expect(page.locator('#investments svg:visible [data-entry]').first()).toBeAttached();
  });

  test(`${locale}: the new pages pass axe, log no error and fit a 360 px phone`, async ({ page }) => {
    for (const path of ['', articlePath(ARTICLE!), companyPath(COMPANY!), COMPANIES_PATH]) {
      const errors = watchConsole(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url(path));
      await chartsDrawn(page);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
    }
  });

  if (locale === 'ko') {
    test('ko: the article without a Korean translation shows its English, marked, in lang="en"', async ({ page }) => {
      await page.goto(url(timelinePageOf(sourceArticles(copy.contentDir), ARTICLE!).path));
      const title = page.locator(`li.entry[id="${ARTICLE}"] h3`);
      await expect(title).toContainText(t.translation.untranslated);
      await expect(title.locator('span[lang="en"]')).toHaveCount(1);
      await expect(page.locator(`li.entry[id="${ARTICLE}"] .entry__summary span[lang="en"]`)).toHaveCount(1);
    });
  }
}

test('the new pages are linked from the timeline and the company list, and every link on them works', async () => {
  // The whole site's links are crawled once, by deploy.spec.ts; here, the pages this content adds.
  const timeline = timelinePageOf(sourceArticles(copy.contentDir), ARTICLE!).path;
  const pages = LOCALES.flatMap((locale) =>
    [timeline, COMPANIES_PATH, articlePath(ARTICLE!), companyPath(COMPANY!)].map((path) =>
      pageUrl(site.url, path, locale),
    ),
  );
  const { broken, reached } = await linksOn(pages);
  expect(broken).toEqual([]);
  for (const locale of LOCALES) {
    expect(reached, 'the timeline links to the new article').toContain(
      pageUrl(site.url, articlePath(ARTICLE!), locale),
    );
    expect(reached, 'the company list links to the new company').toContain(
      pageUrl(site.url, companyPath(COMPANY!), locale),
    );
  }
});

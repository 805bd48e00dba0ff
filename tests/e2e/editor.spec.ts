/**
 * The editor's path, end to end: in a copy of the site, add a company file, start an article with
 * `npm run new`, fill it in as docs/authoring.md says, build under a base path and read the result.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER } from '../../src/lib/content/scaffold.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { axeViolations, sidewaysScroll } from './checks.ts';
import { sourceArticles, timelinePageOf } from './content.ts';
import { serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/editor');
const BASE = '/timeline/';
const TITLE = 'KT, LG Uplus and NHN Bugs talk music for AI speakers';
const SLUG = '2020-05-30-kt-lg-uplus-nhn-bugs-talk-music-ai-speakers';
const SUMMARY = 'KT, LG Uplus and the music service NHN Bugs planned music for AI speakers together.';
const ORIGINAL = 'https://news.example/2020/05/30/nhn-bugs-ai-speakers';
const ARCHIVED = `https://web.archive.org/web/20200530000000/${ORIGINAL}`;

let copy: ProjectCopy;
let site: StaticSite;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  copy = copyProject(ROOT);
  // 1. A new company is one more file.
  copyFileSync(join(FIXTURE, 'nhn-bugs.yaml'), join(copy.contentDir, 'companies', 'nhn-bugs.yaml'));

  // 2. `npm run new` (not in a terminal: everything by flags), as an editor would run it in the copy.
  const created = execFileSync(
    join(copy.root, 'node_modules', '.bin', 'node'),
    ['tools/newArticle.ts', '--title', TITLE, '--date', '2020-05-30', '--source', 'The Korea Herald'],
    {
      cwd: copy.root,
      env: { ...process.env, CONTENT_DIR: 'content' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  expect(created).toContain(`Created content/articles/${SLUG}.mdx`);

  // 3. Fill it in: the summary, the original and its archived copy (uncommented), the text with its components, and the picture next to it.
  const path = join(copy.contentDir, 'articles', `${SLUG}.mdx`);
  const scaffolded = readFileSync(path, 'utf8');
  expect(scaffolded).toContain('companies: [kt, lg-uplus, nhn-bugs]');
  writeFileSync(
    path,
    scaffolded
      .replace(SUMMARY_PLACEHOLDER, SUMMARY)
      .replace(/^ {2}# url: .*$/m, `  url: "${ORIGINAL}"`)
      .replace(/^ {2}# archived: .*$/m, `  archived: "${ARCHIVED}"`)
      .replace(BODY_PLACEHOLDER, readFileSync(join(FIXTURE, 'body.mdx'), 'utf8')),
  );
  mkdirSync(join(copy.contentDir, 'articles', 'images'));
  copyFileSync(join(FIXTURE, 'signing.jpg'), join(copy.contentDir, 'articles', 'images', 'signing.jpg'));

  const build = await copy.build({ BASE_PATH: BASE });
  expect(build.code, build.output).toBe(0);
  expect(build.output).not.toContain('TODO placeholder');
  site = await serveStatic(build.outDir, BASE);
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

/** The page of the timeline that shows the new entry (`/`, or its year's page once the timeline is split), and its entries. */
const timelinePage = () => timelinePageOf(sourceArticles(copy.contentDir), SLUG);

test('the new entry is on the timeline in date order, under its year', async ({ browser }) => {
  const shown = timelinePage();
  // The page as built: with JavaScript, a year's page goes on with the next pages as the reader nears its end.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}${shown.path}`);
  const ids = await page.locator('ol.timeline > li.year li.entry').evaluateAll((items) => items.map((li) => li.id));
  // Where its date puts it among the others: after every earlier article, before every later one.
  const others = shown.articles.filter((article) => article.id !== SLUG);
  const before = others.filter((article) => `${article.data.date}-${article.id}` < `2020-05-30-${SLUG}`);
  expect(ids).toEqual([...before, { id: SLUG }, ...others.slice(before.length)].map((article) => article.id));

  const entry = page.locator(`li.entry[id="${SLUG}"]`);
  await expect(page.locator('ol.timeline > li.year', { has: entry }).locator('h2')).toHaveText('2020');
  await expect(entry.locator('time')).toHaveText(formatDate('2020-05-30', 'en'));
  await expect(entry.locator('h3')).toHaveText(TITLE);
  await expect(entry).toContainText(SUMMARY);
  await expect(entry.getByRole('link', { name: 'NHN Bugs', exact: true })).toHaveAttribute(
    'href',
    `${BASE}companies/nhn-bugs/`,
  );
  await context.close();
});

test('its page renders the text, the optimised figure, the pull quote and the amount', async ({ page }) => {
  await page.goto(`${site.url}${timelinePage().path}`);
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await expect(page).toHaveURL(`${site.url}articles/${SLUG}/`);
  await expect(page.locator('h1')).toHaveText(TITLE);
  const prose = page.locator('.prose');
  await expect(prose).toContainText('met on Saturday to plan music for AI speakers');

  const image = prose.getByRole('img', { name: 'A pale circle and a pale square on a blue-to-red background' });
  await expect(image).toHaveAttribute('src', new RegExp(`^${BASE}_astro/signing\\.[\\w-]+\\.webp$`));
  await expect(image).toHaveAttribute('srcset', /360w.*720w/);
  // It loads as a reader scrolls to it.
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(prose.locator('figure.figure figcaption')).toHaveText(
    "The test picture of the editor's path Photo: Test fixture",
  );

  await expect(prose.locator('figure.pull-quote blockquote')).toHaveText(
    'Music is the first thing people ask a speaker for.',
  );
  await expect(prose.locator('figure.pull-quote figcaption')).toHaveText('— A spokesperson for the three companies');
  await expect(prose).toContainText('The plan is worth ₩26.7 billion (≈ $23 million) over three years.');
});

test('its source links to the original and to the archived copy, on screen and on paper', async ({ page }) => {
  await page.goto(`${site.url}articles/${SLUG}/`);
  const source = page.locator('dl.source dd').first();
  await expect(source).toHaveText('The Korea Herald · archived copy');
  await expect(source.getByRole('link', { name: 'The Korea Herald' })).toHaveAttribute('href', ORIGINAL);
  const archived = source.getByRole('link', { name: 'archived copy' });
  await expect(archived).toHaveAttribute('href', ARCHIVED);
  // On paper a link is its address, so a printed page still leads to both copies.
  await page.emulateMedia({ media: 'print' });
  expect(await archived.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${ARCHIVED})"`);
});

test('the page with the components passes axe in light and dark, and fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${site.url}articles/${SLUG}/`);
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('the new company is named on the article and has a page that lists it', async ({ page }) => {
  await page.goto(`${site.url}articles/${SLUG}/`);
  await page
    .getByRole('list', { name: 'Companies in this article' })
    .getByRole('link', { name: 'NHN Bugs', exact: true })
    .click();
  await expect(page).toHaveURL(`${site.url}companies/nhn-bugs/`);
  await expect(page.locator('h1')).toHaveText('NHN Bugs');
  await expect(page.getByText('NHN벅스')).toBeVisible();
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toHaveAttribute(
    'href',
    `${BASE}articles/${SLUG}/`,
  );
});

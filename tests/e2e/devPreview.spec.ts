/**
 * The preview says what the checker says: `astro dev` in a copy of the site, started on invalid
 * files, shows every problem `npm run check:content` reports in the terminal and in the browser
 * (Astro's error overlay) until it is fixed, stays up, and shows a reference broken by an edit too.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect as expectNow, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { readContent } from '../../src/node/contentDir.ts';
import { startDevServer, type DevServer } from '../../tools/lib/devServer.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { TEST_PORT } from '../playwright.config.ts';
import { sourceArticles, type SourceArticle } from './content.ts';

/**
 * A dev server compiles each page, and the overlay's script, when first asked: on a busy machine
 * that takes longer than a built page. Every wait is for a condition, up to this bound.
 */
const expect = expectNow.configure({ timeout: 60_000 });
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let copy: ProjectCopy;
let server: DevServer;

// A bound for a hang, not for speed: under the full suite's load a dev server compiling each page on
// demand, and closing its pages' contexts, took past four minutes for the first test.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

/** Two articles of the content (expectations come from its files): one to break at start, one to break later. */
let first: SourceArticle | undefined;
let second: SourceArticle | undefined;
const files = new Map<string, { path: string; text: string }>();

/** The message of Astro's error overlay (in its shadow root, which locators pierce). */
const overlayMessage = (page: Page) => page.locator('vite-error-overlay #message-content');

/**
 * A page opened afresh at `url`. A page the server has told to reload (after an edit) reloads by
 * itself, and a navigation of ours at the same moment would race it: after an edit, a new page
 * is opened instead, and open pages are only watched.
 */
async function open(page: Page, url: string): Promise<Page> {
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  return fresh;
}

/**
 * Opens `url` in `page` and waits until its Vite client has connected to the server: only then does
 * the page hear that it must reload. On a busy machine the client connects a while after the page
 * shows, and an edit made before would go unheard.
 */
async function openListening(page: Page, url: string): Promise<void> {
  const connected = page.waitForEvent('console', {
    predicate: (message) => message.text().includes('[vite] connected'),
    timeout: 120_000,
  });
  await page.goto(url);
  await connected;
}

/** Writes an article of the copy as it was, after `change`. */
function edit(slug: string, change: (text: string) => string): void {
  const file = files.get(slug)!;
  writeFileSync(file.path, change(file.text));
}

/** The article's text with its frontmatter's data changed (and written out again). */
const withData = (change: (data: Record<string, unknown>) => void) => (text: string) => {
  const split = splitFrontmatter(text)!;
  const data = yaml.load(split.frontmatter, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  change(data);
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${split.body}`;
};

test.beforeAll(async () => {
  copy = copyProject(ROOT);
  // Two articles at least, whatever the content holds: the two an editor adds in close-articles.
  cpSync(join(ROOT, 'tests/fixtures/close-articles'), copy.contentDir, { recursive: true });
  [first, second] = sourceArticles(copy.contentDir);
  for (const file of readContent(copy.contentDir, copy.root).articles) {
    files.set(slugFromPath(file.path), {
      path: join(copy.root, file.path),
      text: readFileSync(join(copy.root, file.path), 'utf8'),
    });
  }
  // Invalid before the server starts: a value the schema refuses, and a frontmatter YAML cannot read.
  edit(
    first!.id,
    withData((data) => (data['language'] = 'fr')),
  );
  edit(second!.id, (text) => text.replace(/^---\n/, '---\nnote: KT: a colon unquoted\n'));
  writeFileSync(join(copy.contentDir, 'companies', 'hanbit-xr.yaml'), 'name: Hanbit XR\n');
  server = await startDevServer(copy.root, TEST_PORT + 1);
});

test.afterAll(async () => {
  await server?.stop();
  copy?.remove();
});

test('a server started on invalid files stays up and shows every problem, in the terminal and the browser, until they are fixed', async ({
  page,
}) => {
  const relative = (slug: string) => files.get(slug)!.path.slice(copy.root.length + 1);
  const problems = [
    `${relative(first!.id)}: language: found "fr"; expected en or ko`,
    `${relative(second!.id)}:2: (YAML): found a syntax error: bad indentation of a mapping entry`,
  ];
  await server.waitForOutput(/\[content-guard\] Content check failed: 2 problems\./);
  for (const problem of problems) expect(server.output()).toContain(problem);

  await page.goto(`${server.url}articles/${first!.id}/`);
  await expect(overlayMessage(page)).toContainText('Content check failed: 2 problems.');
  for (const problem of problems) await expect(overlayMessage(page)).toContainText(problem);
  await openListening(page, `${server.url}companies/`);
  await expect(overlayMessage(page)).toContainText(problems[0]!);

  // Fixed one at a time: the list follows, and the open page reloads by itself when the last goes.
  let mark = server.output().length;
  edit(first!.id, (text) => text);
  await server.waitForOutput(/Content check failed: 1 problem\./, { from: mark });
  await expect(overlayMessage(page)).not.toContainText(problems[0]!);
  await expect(overlayMessage(page)).toContainText(problems[1]!);
  const another = await open(page, `${server.url}articles/${second!.id}/`);
  await expect(overlayMessage(another)).toContainText(problems[1]!);
  await another.close();

  mark = server.output().length;
  edit(second!.id, (text) => text);
  await server.waitForOutput(/Content OK again/, { from: mark });
  // The overlay has a heading of its own: the page is the site's once the overlay is gone.
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an edit that breaks a reference shows at once, with the nearest slug, and on every reload until it is fixed', async ({
  page,
}) => {
  await page.goto(`${server.url}articles/${first!.id}/`);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const mark = server.output().length;
  const naming = (slug: string) => withData((data) => (data['companies'] = [...(data['companies'] as string[]), slug]));
  edit(first!.id, naming('hanbit'));
  const problem =
    /companies\[\d+\]: found "hanbit", which is not a company; expected the slug of a file in content\/companies\/: did you mean "hanbit-xr"\?/;
  await server.waitForOutput(problem, { from: mark });
  // Any page shows it, as often as it is opened. (Whether a page already open reloads by itself
  // depends on when its Vite client hears the server on a busy machine; the test above checks that
  // an open page reloads once the content is fixed.)
  for (const path of [`articles/${first!.id}/`, 'companies/', '']) {
    const again = await open(page, `${server.url}${path}`);
    await expect(overlayMessage(again)).toContainText(problem);
    await again.close();
  }

  const fixed = server.output().length;
  edit(first!.id, naming('hanbit-xr'));
  await server.waitForOutput(/Content OK again/, { from: fixed });
  const company = await open(page, `${server.url}companies/hanbit-xr/`);
  await expect(company.locator('vite-error-overlay')).toHaveCount(0);
  await expect(company.getByRole('heading', { level: 1 })).toContainText('Hanbit XR');
});

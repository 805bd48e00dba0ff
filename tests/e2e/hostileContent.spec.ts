/**
 * An article written as a program, in a copy of the site: a local file imported to write outside
 * the copy, the build machine's environment in the text, a script bundled from the article's folder
 * and placed by an expression. It never runs and never ships: `npm run build` refuses it with the
 * rules' messages and leaves dist/ alone; the MDX pipeline alone refuses it when the check before
 * the build is skipped; `astro dev` shows the overlay and never compiles it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect as expectNow, test } from '@playwright/test';
import { scaffoldArticle } from '../../src/lib/content/scaffold.ts';
import { CHECKED_CONTENT } from '../../src/node/contentGuard.ts';
import { startDevServer } from '../../tools/lib/devServer.ts';
import { copyProject, runNodeIn, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { TEST_PORT } from '../playwright.config.ts';

/**
 * A dev server compiles each page, and the overlay's script, when first asked: on a busy machine
 * that takes longer than a built page. Every wait is for a condition, up to this bound.
 */
const expect = expectNow.configure({ timeout: 60_000 });
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = '2020-05-30-hostile';

test.describe.configure({ timeout: 240_000 });

/** A copy with the hostile article, a folder outside it that it tries to write to, and a HOME it tries to publish. */
interface Hostile {
  copy: ProjectCopy;
  /** Must stay empty: the article's code writes here if it ever runs. */
  outside: string;
  /** The build's HOME: a value that must appear nowhere. */
  home: string;
  /** The messages the rules give, one per refused construct. */
  messages: string[];
  remove(): void;
}

function hostileCopy(): Hostile {
  const outside = mkdtempSync(join(tmpdir(), 'hostile-outside-'));
  const home = mkdtempSync(join(tmpdir(), 'hostile-home-'));
  const copy = copyProject(ROOT);
  const articles = join(copy.contentDir, 'articles');
  writeFileSync(join(articles, 'x.js'), `document.title = 'ran';\n`);
  const draft = {
    title: 'A hostile article',
    date: '2020-05-30',
    source: 'Test',
    language: 'en',
    slug: 'hostile',
    companies: ['kt'],
  };
  const body = [
    'import fs from "node:fs"',
    'import u from "./x.js?url"',
    '',
    `export const written = fs.writeFileSync(${JSON.stringify(join(outside, 'written'))}, "ran");`,
    '',
    'Home: {process.env.HOME}',
    '',
    '{<script src={u}></script>}',
    '',
  ].join('\n');
  const text = scaffoldArticle(draft).replace(/\n\{\/\*[\s\S]*$/, `\n${body}`);
  writeFileSync(join(articles, `${SLUG}.mdx`), text);
  const line = (start: string) => text.split('\n').findIndex((candidate) => candidate.startsWith(start)) + 1;
  const file = `content/articles/${SLUG}.mdx`;
  return {
    copy,
    outside,
    home,
    messages: [
      `${file}:${line('import fs')}: (MDX body): found a line starting with "import", which MDX reads as code; expected no import or export`,
      `${file}:${line('export const')}: (MDX body): found a line starting with "export", which MDX reads as code; expected no import or export`,
      `${file}:${line('Home:')}: (MDX body): found code in braces, {process.env.HOME}; expected text: write \\{ for a brace`,
      `${file}:${line('{<script')}: (MDX body): found code in braces, {<script src={u}></script>}; expected text: write \\{ for a brace`,
    ],
    remove: () => {
      copy.remove();
      rmSync(outside, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Nothing ran: the folder outside is empty, and HOME is nowhere in what was printed or written. */
function expectNothingRan(hostile: Hostile, ...texts: string[]): void {
  expect(readdirSync(hostile.outside)).toEqual([]);
  for (const text of texts) expect(text).not.toContain(hostile.home);
}

test('npm run build refuses a hostile article with the rules’ messages, leaves dist/ alone and writes nothing outside the copy', async () => {
  const hostile = hostileCopy();
  try {
    mkdirSync(join(hostile.copy.root, 'dist'));
    writeFileSync(join(hostile.copy.root, 'dist', 'index.html'), 'the previous site');
    const build = await hostile.copy.build({ HOME: hostile.home });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Content check failed: 4 problems.');
    for (const message of hostile.messages) expect(build.output).toContain(message);
    expect(build.output).toContain('The build failed, so dist/ was left as it was (the previous site).');
    expect(readdirSync(build.outDir)).toEqual(['index.html']);
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(join(hostile.copy.root, '.dist-staging'))).toBe(false);
    expectNothingRan(hostile, build.output);
  } finally {
    hostile.remove();
  }
});

test('the MDX pipeline alone refuses it before any code is made: astro build with the check before it skipped', async () => {
  const hostile = hostileCopy();
  try {
    const build = await runNodeIn(hostile.copy.root, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'out'], {
      CONTENT_DIR: 'content',
      HOME: hostile.home,
      // What tools/build.ts sets once it has checked the folder: the content guard inside Astro trusts it.
      [CHECKED_CONTENT]: hostile.copy.contentDir,
    });
    expect(build.code).not.toBe(0);
    for (const message of hostile.messages) expect(build.output).toContain(message);
    const out = join(hostile.copy.root, 'out');
    const written = existsSync(out) ? readdirSync(out, { recursive: true, encoding: 'utf8' }) : [];
    expect(written.filter((path) => path.endsWith('.html') || path.endsWith('.js'))).toEqual([]);
    expectNothingRan(hostile, build.output);
  } finally {
    hostile.remove();
  }
});

test('astro dev shows the refusal and never compiles the article: its page is the overlay, its module an error', async ({
  page,
}) => {
  const hostile = hostileCopy();
  const server = await startDevServer(hostile.copy.root, TEST_PORT + 2, { HOME: hostile.home });
  try {
    await server.waitForOutput(/\[content-guard\] Content check failed: 4 problems\./);
    await page.goto(`${server.url}articles/${SLUG}/`);
    const overlay = page.locator('vite-error-overlay #message-content');
    for (const message of hostile.messages) await expect(overlay).toContainText(message);
    await expect(page).toHaveTitle(/ContentError/);

    // Asked for directly, the module is what the pipeline makes of the article: the same refusal, no code.
    const module = await page.request.get(`${server.url}content/articles/${SLUG}.mdx`);
    expect(module.status()).toBe(500);
    const text = await module.text();
    expect(text).toMatch(/^\s*<!DOCTYPE html>/);
    const error = JSON.parse(/const error = (\{.*\})\n/.exec(text)?.[1] ?? '{}') as {
      message?: string;
      plugin?: string;
    };
    expect(error.plugin).toBe('@mdx-js/rolldown');
    for (const message of hostile.messages) expect(error.message).toContain(message);
    expectNothingRan(hostile, server.output(), text, await page.content());
  } finally {
    await server.stop();
    hostile.remove();
  }
});

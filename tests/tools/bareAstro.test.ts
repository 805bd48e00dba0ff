import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentNames, createBareAstro, type BareAstro } from '../../tools/lib/bareAstro.ts';
import type { CopyBuild } from '../../tools/lib/projectCopy.ts';

const PROJECT_ROOT = join(import.meta.dirname, '../..');

const ARTICLES: Record<string, string> = {
  '2020-01-02-quoted.mdx': `---
title: "A quoted article"
date: '2020-01-02'
language: en
---

Before the quote, <Money amount="5" currency="KRW" />.

<PullQuote by="Someone">
The quoted words.
</PullQuote>
`,
  'nested/2019-05-06-plain.mdx': `---
title: "An earlier article"
date: '2019-05-06'
---

Only **Markdown** here.
`,
};

describe('createBareAstro', () => {
  let articlesDir: string;
  let bare: BareAstro;
  let build: CopyBuild;

  beforeAll(async () => {
    articlesDir = join(mkdtempSync(join(tmpdir(), 'bare-articles-')), 'articles');
    for (const [path, text] of Object.entries(ARTICLES)) {
      mkdirSync(join(articlesDir, path, '..'), { recursive: true });
      writeFileSync(join(articlesDir, path), text);
    }
    bare = createBareAstro(PROJECT_ROOT, articlesDir);
    build = await bare.build();
  }, 180_000);
  afterAll(() => {
    bare.remove();
    rmSync(join(articlesDir, '..'), { recursive: true, force: true });
  });

  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

  it('finds the components the articles use', () => {
    expect(componentNames(articlesDir)).toEqual(['Money', 'PullQuote']);
  });

  it('builds one list page and one page per article per edition, and nothing else', () => {
    expect(build.code, build.output).toBe(0);
    const html = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(html.sort()).toEqual([
      'articles/2019-05-06-plain/index.html',
      'articles/2020-01-02-quoted/index.html',
      'index.html',
      'ko/articles/2019-05-06-plain/index.html',
      'ko/articles/2020-01-02-quoted/index.html',
    ]);
  });

  it('keeps its content cache in its own folder, not in the node_modules it shares', () => {
    expect(existsSync(join(bare.root, '.astro', 'cache', 'data-store.json'))).toBe(true);
  });

  it('lists the articles oldest first and renders each body, its components standing in', () => {
    expect(page('').indexOf('An earlier article')).toBeLessThan(page('').indexOf('A quoted article'));
    for (const edition of ['', 'ko/']) {
      const quoted = page(`${edition}articles/2020-01-02-quoted`);
      expect(quoted).toContain('<h1>A quoted article</h1>');
      expect(quoted).toMatch(/<div>\s*<p>The quoted words\.<\/p>\s*<\/div>/);
    }
    expect(page('articles/2019-05-06-plain')).toContain('<strong>Markdown</strong>');
  });
});

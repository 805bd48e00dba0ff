/** A build from bad content fails loudly and publishes nothing: no new dist/, the previous one untouched. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { scaffoldArticle } from '../../src/lib/content/scaffold.ts';
import { copyProject } from '../../tools/lib/projectCopy.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test.describe.configure({ timeout: 90_000 });

test('invalid content stops the build with every problem named by file and field, and no dist/ is written', async () => {
  const copy = copyProject(ROOT, join(ROOT, 'tests/fixtures/bad-content'));
  try {
    const build = await copy.build();
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Content check failed: 16 problems.');
    for (const line of [
      'content/articles/2023-02-30-bad-fields.mdx: title: missing; expected the headline as published',
      'content/articles/2023-02-30-bad-fields.mdx: date: found "2023-02-30"; expected a date that exists on the calendar',
      'content/articles/2023-02-30-bad-fields.mdx: language: found "fr"; expected en or ko',
      'content/articles/2020-05-26-broken-body.mdx:13: (MDX body): found an MDX error: Expected a closing tag for `<EditorsNote>`',
      "content/companies/nameless.yaml: name: missing; expected the company's English name",
    ]) {
      expect(build.output).toContain(line);
    }
    expect(build.output).toContain('The build failed, so dist/ was left as it was.');
    expect(existsSync(build.outDir)).toBe(false);
    expect(existsSync(join(copy.root, '.dist-staging'))).toBe(false);
  } finally {
    copy.remove();
  }
});

test('a component used wrongly stops the build halfway, and the previous dist/ stays exactly as it was', async () => {
  const copy = copyProject(ROOT);
  try {
    // The previous deploy: a site that must survive a failed build byte for byte.
    mkdirSync(join(copy.root, 'dist'));
    writeFileSync(join(copy.root, 'dist', 'index.html'), 'the previous site');

    // Valid content (so the content check passes), but a <Figure> without alt text: only rendering finds it.
    mkdirSync(join(copy.contentDir, 'articles', 'images'));
    copyFileSync(
      join(ROOT, 'tests/fixtures/editor/signing.jpg'),
      join(copy.contentDir, 'articles', 'images', 'signing.jpg'),
    );
    const draft = {
      title: 'A figure without alt text',
      date: '2020-05-30',
      source: 'Test',
      language: 'en',
      slug: 'figure-without-alt',
      companies: ['kt'],
    };
    const body =
      'import signing from \'./images/signing.jpg\';\n\n<Figure src={signing} caption="A caption but no alt" />\n';
    writeFileSync(
      join(copy.contentDir, 'articles', '2020-05-30-figure-without-alt.mdx'),
      scaffoldArticle(draft).replace(/\n\{\/\*[\s\S]*$/, `\n${body}`),
    );

    const build = await copy.build();
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      '<Figure> in content/articles/2020-05-30-figure-without-alt.mdx (page /articles/2020-05-30-figure-without-alt/) needs fixing:',
    );
    expect(build.output).toContain('  alt: missing; expected a description of the image for readers who cannot see it');
    expect(build.output).toContain('The build failed, so dist/ was left as it was (the previous site).');
    expect(readdirSync(build.outDir)).toEqual(['index.html']);
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(join(copy.root, '.dist-staging'))).toBe(false);
  } finally {
    copy.remove();
  }
});

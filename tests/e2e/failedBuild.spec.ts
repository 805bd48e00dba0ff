/** A build from bad content fails loudly and publishes nothing: no new dist/, the previous one untouched. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
      'content/articles/2020-05-26-broken-body.mdx:13: (MDX body): found <EditorsNote> never closed; expected </EditorsNote> after its text',
      "content/companies/nameless.yaml: name: missing; expected the company's English name",
    ]) {
      expect(build.output).toContain(line);
    }
    expect(build.output).toContain('The build failed, so dist/ was left as it was.');
    // The list as check:content prints it: before Astro starts, without its wrapper or a stack.
    expect(build.output).not.toContain('An unhandled error occurred');
    expect(build.output).not.toMatch(/^\s+at /m);
    expect(existsSync(build.outDir)).toBe(false);
    expect(existsSync(join(copy.root, '.dist-staging'))).toBe(false);
  } finally {
    copy.remove();
  }
});

test('a picture the image pipeline cannot read stops the build after Astro started, and the previous dist/ stays exactly as it was', async () => {
  const copy = copyProject(ROOT);
  try {
    // The previous deploy: a site that must survive a failed build byte for byte.
    mkdirSync(join(copy.root, 'dist'));
    writeFileSync(join(copy.root, 'dist', 'index.html'), 'the previous site');

    // Valid content (the content check passes: the file is there), but not a picture: only building finds it.
    mkdirSync(join(copy.contentDir, 'articles', 'images'));
    writeFileSync(join(copy.contentDir, 'articles', 'images', 'signing.jpg'), 'not a picture');
    const draft = {
      title: 'A figure whose file is not a picture',
      date: '2020-05-30',
      source: 'Test',
      language: 'en',
      slug: 'figure-not-a-picture',
      companies: ['kt'],
    };
    const body = '<Figure src="./images/signing.jpg" alt="Three executives sign" caption="The signing" />\n';
    writeFileSync(
      join(copy.contentDir, 'articles', '2020-05-30-figure-not-a-picture.mdx'),
      scaffoldArticle(draft).replace(/\n\{\/\*[\s\S]*$/, `\n${body}`),
    );

    const build = await copy.build();
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/^Content OK: /m);
    expect(build.output).toContain('content/articles/images/signing.jpg');
    expect(build.output).toContain('The build failed, so dist/ was left as it was (the previous site).');
    expect(readdirSync(build.outDir)).toEqual(['index.html']);
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(join(copy.root, '.dist-staging'))).toBe(false);
  } finally {
    copy.remove();
  }
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from './run.ts';

const BAD = 'tests/fixtures/bad-content';

describe('npm run check:content', () => {
  it('passes the real content', () => {
    const run = runCli('checkContent.ts');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Content OK: \d+ articles and \d+ companies in /);
    expect(run.code).toBe(0);
  });

  it('exits 1 on a bad content folder and lists every problem of every file, one per line', () => {
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: BAD });
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Content check failed: 16 problems.');
    expect(lines.at(-1)).toBe('See docs/authoring.md for every field and message.');
    // Each problem: file (and line, when known), field, what was found.
    const problems = lines.slice(1, -1).map((line) => line.replace(/; expected .*$/, ''));
    expect(problems).toEqual([
      `  ${BAD}/articles/2020-05-26-broken-body.mdx:13: (MDX body): found <EditorsNote> never closed`,
      `  ${BAD}/articles/2020-05-26-broken-body.mdx: date: found "15/03/2017"`,
      `  ${BAD}/articles/2020/2020-06-03-same-name.mdx: (file name): found the same file name as ${BAD}/articles/2020-06-03-same-name.mdx, so both would be published at one URL`,
      `  ${BAD}/articles/2021-01-01-bad-yaml.mdx:2: (YAML): found a syntax error: bad indentation of a mapping entry (often a ": " inside text that is not in quotes, or a line indented unlike its neighbours)`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: title: missing`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: date: found "2023-02-30"`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: language: found "fr"`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: source.url: found "javascript:alert(1)"`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: investments[0].amount: found 0`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: investments[0].currency: found "won"`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: investments[0].stake: found 101`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: tagz: found a field the contract does not have`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: companies[1]: found "nokia", which is not a company`,
      `  ${BAD}/articles/2023-02-30-bad-fields.mdx: investments[0].target: found "genie", which is not a company`,
      `  ${BAD}/companies/lg-uplus.yaml: parent: found "lg-group", which is not a company`,
      `  ${BAD}/companies/nameless.yaml: name: missing`,
    ]);
    expect(run.stdout).toBe('');
  });
});

describe('npm run check:content on a folder that is not as it should be', () => {
  let dir: string;
  let content: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-content-'));
    content = join(dir, 'content');
    cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names CONTENT_DIR when the folder it names does not exist', () => {
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: join(dir, 'nowhere') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `CONTENT_DIR: found ${JSON.stringify(join(dir, 'nowhere'))}, a folder that does not exist;`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a folder without articles', () => {
    rmSync(join(content, 'articles'), { recursive: true });
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/articles: (folder): found no articles; expected at least one article');
  });

  it('refuses links, a loop and one to a file outside the folder, with a message and no stack', () => {
    symlinkSync('loop.mdx', join(content, 'articles', 'loop.mdx'));
    writeFileSync(join(dir, 'outside.yaml'), 'name: Outside\n');
    symlinkSync(join(dir, 'outside.yaml'), join(content, 'companies', 'outside.yaml'));
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((line) => line.includes('(file): found a link'));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/articles\/loop\.mdx: \(file\): found a link/);
    expect(lines.join('\n')).toMatch(/companies\/outside\.yaml: \(file\): found a link/);
    expect(run.stderr).not.toContain('ELOOP');
  });

  it('refuses an article whose extension is not the one the site publishes', () => {
    const article = '2017-03-15-genie-music-stake.mdx';
    renameSync(join(content, 'articles', article), join(content, 'articles', article.replace('.mdx', '.MDX')));
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '2017-03-15-genie-music-stake.MDX: (file name): found the name "2017-03-15-genie-music-stake.MDX", which the site does not publish; expected "2017-03-15-genie-music-stake.mdx"',
    );
  });

  it('skips editors’ hidden swap and lock files, as the build does', () => {
    mkdirSync(join(content, 'articles', '.drafts'));
    writeFileSync(join(content, 'articles', '.drafts', 'x.mdx'), 'not an article');
    symlinkSync('nowhere', join(content, 'articles', '.#2017-03-15-genie-music-stake.mdx'));
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: content });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('prints warnings and passes', () => {
    const path = join(content, 'articles', '2017-03-15-genie-music-stake.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace("date: '2017-03-15'", "date: '2017-03-16'"));
    const run = runCli('checkContent.ts', [], { CONTENT_DIR: content });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Content OK: /);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'Content check: 1 warning (the content publishes as it is; check each):',
      `  ${relative(PROJECT_ROOT, path)}: date: found 2017-03-16, while the file name says 2017-03-15; check which is right: fix date, or, when the date was corrected after the article was published, keep the file name (it is the page’s address)`,
    ]);
  });
});

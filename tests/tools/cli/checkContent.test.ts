import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

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
      `  ${BAD}/articles/2020-05-26-broken-body.mdx:13: (MDX body): found an MDX error: Expected a closing tag for \`<EditorsNote>\``,
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

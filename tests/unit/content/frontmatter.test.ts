import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits at the fences and says on which line the body starts', () => {
    expect(splitFrontmatter('---\ntitle: x\ndate: y\n---\n\nBody.\n')).toEqual({
      frontmatter: 'title: x\ndate: y',
      body: '\nBody.\n',
      bodyLine: 5,
    });
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: x\r\n---\r\nBody.')).toMatchObject({
      frontmatter: 'title: x',
      body: 'Body.',
      bodyLine: 4,
    });
  });

  it('finds no frontmatter when the file does not start with ---', () => {
    expect(splitFrontmatter('Body.\n---\ntitle: x\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: x\n')).toBeUndefined();
  });
});

describe('parseYaml', () => {
  it('keeps dates as the text the editor typed, even impossible ones', () => {
    expect(parseYaml("a: 2023-02-30\nb: '2017-03-15'\nc: 2017-03-15")).toEqual({
      ok: true,
      data: { a: '2023-02-30', b: '2017-03-15', c: '2017-03-15' },
    });
  });

  it('reads numbers, lists and nested fields', () => {
    expect(parseYaml('amount: 26700000000\nstake: 7.5\ncompanies: [kt, lg-uplus]\nsource:\n  name: X')).toEqual({
      ok: true,
      data: { amount: 26_700_000_000, stake: 7.5, companies: ['kt', 'lg-uplus'], source: { name: 'X' } },
    });
  });

  it('reports a syntax error on its line, counted from the line the text starts on in the file', () => {
    expect(parseYaml('title: a\ntitle: b', 2)).toEqual({
      ok: false,
      line: 3,
      reason: 'duplicated mapping key (the same field is given twice)',
    });
  });

  it('explains the usual cause of "bad indentation": a colon in unquoted text', () => {
    expect(parseYaml('title: KT: LG join hands\n')).toEqual({
      ok: false,
      line: 1,
      reason:
        'bad indentation of a mapping entry (often a ": " inside text that is not in quotes, or a line indented unlike its neighbours)',
    });
  });

  it('reports an unclosed quote on the line it opens', () => {
    expect(parseYaml('title: x\nsummary: "never closed\nlanguage: en\ncompanies: [kt]\n', 2)).toMatchObject({
      ok: false,
      line: 3,
    });
    expect(parseYaml("title: 'never closed\nlanguage: en\n")).toMatchObject({ ok: false, line: 1 });
  });

  it('passes on errors it has no hint for, unchanged', () => {
    expect(parseYaml('a: 1\n- b')).toEqual({
      ok: false,
      line: 2,
      reason: 'end of the stream or a document separator is expected',
    });
  });

  it('explains an unclosed list', () => {
    expect(parseYaml('companies: [kt, lg-uplus\n')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('(a [list, like, this] is never closed with ])'),
    });
  });
});

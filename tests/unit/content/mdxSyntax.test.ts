/** Every MDX syntax error an editor can make by typing text, in the guide's words, with the fix, from the real parser's errors. */
import { describe, expect, it } from 'vitest';
import { checkArticleBody } from '../../../src/lib/content/articleBody.ts';
import { syntaxProblem } from '../../../src/lib/content/mdxSyntax.ts';

const check = (body: string) => checkArticleBody(body, { articlePath: 'articles/x.mdx' });

describe('syntax errors an editor makes by typing text', () => {
  it.each([
    ['a { in a sentence', 'The deal { was signed.\n', 1, 'a { in the text', 'text: write \\{ for a brace'],
    ['a { before words that are not code', 'Worth {30 billion} won.\n', 1, 'a { in the text', 'text: write \\{ for a brace'],
    ['a { in Korean text', '한국어 {중괄호\n', 1, 'a { in the text', 'text: write \\{ for a brace'],
    ['a < before a number', 'Less than <5 percent.\n', 1, 'a < that does not start a tag', 'write \\< for a less-than sign'],
    ['a <= comparison', 'When x <= 5.\n', 1, 'a < that does not start a tag', 'write \\< for a less-than sign'],
    ['a <3', 'R&D <3\n', 1, 'a < that does not start a tag', 'write \\< for a less-than sign'],
    ['an HTML comment', 'Text.\n\n<!-- a note -->\n', 3, 'an HTML comment <!-- … -->', 'a comment written {/* like this */}'],
    ['an HTML comment in a sentence', 'Text <!-- a note --> more.\n', 1, 'an HTML comment <!-- … -->', 'a comment written {/* like this */}'],
    ['an address in < >', 'See <https://example.com>.\n', 1, 'an address in < >', 'a link written [words](https://…)'],
    ['an email in < >', 'Write to <editor@example.com>.\n', 1, 'an address in < >', 'a link written [words](https://…)'],
    ['a component never closed', 'Text.\n\n<EditorsNote>\nA note.\n', 3, '<EditorsNote> never closed', '</EditorsNote> after its text'],
    ['a tag left open in a paragraph', 'Some <b>bold text.\n\nNext.\n', 1, '<b> not closed before the end of its paragraph', '</b> in the same paragraph'],
    ['a <br> without a slash', 'A line<br>\n', 1, '<br> not closed before the end of its paragraph', '<br /> for a tag without text'],
    ['tags closed out of order', '<PullQuote>\n<EditorsNote>\ntext\n</PullQuote>\n', 4, '</PullQuote> while <EditorsNote> (line 2) is still open', '</EditorsNote> first'],
    ['a closing tag with no opening one', 'Text </b> more.\n', 1, '</b> with no <b> before it', 'the opening <b> before it'],
    ['a value without quotes', '<Money amount=5 currency="KRW" />\n', 1, 'a tag MDX cannot read (<Money…)', 'every value in double quotes'],
    ['a quote never closed in a tag', '<PullQuote by="Hwang>Text</PullQuote>\n', 1, 'a tag MDX cannot read (<PullQuote…)', 'every value in double quotes'],
  ])('%s', (_, body, line, found, expected) => {
    const problems = check(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, found });
    expect(problems[0]?.expected).toContain(expected);
  });

  it('leaves what is only text alone: a lone }, a >, a stray backtick, a < before a space, entities', () => {
    expect(check('A } brace, a > b, a stray ` backtick, a < b, AT&T &amp; &#x3C;.\n\n> A quotation.\n')).toEqual([]);
  });

  it('words a reason it does not know plainly, without the parser’s rule names', () => {
    expect(syntaxProblem('3:7: Something new happened (1:2) (mdx-jsx:unexpected-character)', '')).toEqual({
      line: 3,
      found: 'text MDX cannot read (Something new happened)',
      expected: "text and the site's components: \\{ for a brace, \\< for a less-than sign, every <Tag> closed by </Tag>",
    });
  });
});

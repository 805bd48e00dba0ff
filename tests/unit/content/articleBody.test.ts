/**
 * The hostile-content suite for article text: every construct that could run, leak, redirect or
 * unstyle a page is refused wherever it appears, with the line and what to write instead; what
 * editors need (and everything the synthetic archive writes) is accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArticleBody, type BodyProblem } from '../../../src/lib/content/articleBody.ts';
import { seededRandom, syntheticContent } from '../../../tools/lib/synthetic.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

const FILES = new Set(['articles/images/signing.jpg', 'articles/images/chart.png']);
const CONTEXT = { articlePath: 'articles/2020-06-03-x.mdx', fileExists: (path: string) => FILES.has(path) };
const check = (body: string): BodyProblem[] => checkArticleBody(body, CONTEXT);
/** What was found, for each problem: the part of a message that names the construct. */
const found = (body: string) => check(body).map((problem) => problem.found);

/** A body with everything an article may hold. */
const EVERYTHING = `Paragraphs with *emphasis*, **strong** text, ~~struck~~ words, \`inline <script> code\`, an escaped \\{ brace and \\< sign.

## A heading

### A smaller one

- a list item with [a link](https://example.com/a?b=c#d)
- [mail](mailto:editor@example.com), [a page of the site](../2020-06-03-ai-one-team-signing/) and [a note](#notes)

1. numbered
2. items

> A quotation
> over two lines.

| company | stake |
|---|---|
| KT | 15% |

A footnote[^1] and a [reference link][ref].

[^1]: The note.

[ref]: https://example.com/ref "Title"

![Three executives sign](./images/signing.jpg)

![A chart][chart]

[chart]: ./images/chart.png

{/* An editor's comment, not shown */}
{/* two */ /* comments */}

\`\`\`html
<script>alert(1)</script>
\`\`\`

<EditorsNote title="Correction">An earlier version gave the stake as 51%.</EditorsNote>

<PhotoCaption>KT CEO Hwang Chang-gyu (KT)</PhotoCaption>

<PullQuote by="Hwang Chang-gyu, KT CEO">
The two companies will *combine* their technologies.
</PullQuote>

<Figure src="./images/signing.jpg" alt="Three executives sign" caption="The signing" credit="KT" />

LG Uplus paid <Money amount="26700000000" currency="KRW" usd="23000000" /> for <abbr title="fifteen">15</abbr> percent, <q cite="https://example.com/q">quoted</q>, on <time datetime="2017-03-15">15 March</time>; <a href="https://example.com" title="The original">the original</a>, <b>bold</b>, <i>italic</i>, <sub>1</sub><sup>2</sup>, <br /> a break.

<details open>
<summary>More</summary>

Hidden text.

</details>
`;

describe('checkArticleBody: what an article may hold', () => {
  it('accepts Markdown, the components with literal attributes, comments, and the allowed HTML', () => {
    expect(check(EVERYTHING)).toEqual([]);
  });

  it('accepts every body the synthetic archive writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { articles } = syntheticContent(40, {
          companies: [{ slug: 'kt', name: 'KT', nameKo: '케이티' }, { slug: 'lg-uplus', name: 'LG Uplus' }],
          alliances: ['kt-lg'],
          rateCurrencies: ['KRW'],
          seed,
        });
        for (const article of articles) {
          const body = splitFrontmatter(article.text)?.body ?? '';
          expect(check(body), body).toEqual([]);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('checkArticleBody: nothing that runs', () => {
  it('refuses import and export, naming the line, with what to write instead', () => {
    expect(check('Text.\n\nimport fs from "node:fs"\n\nexport const x = fs.readFileSync("/etc/passwd");\n')).toEqual([
      {
        line: 3,
        found: 'a line starting with "import", which MDX reads as code',
        expected: "no import or export: the site's components need none (a sentence that starts with the word begins with a capital: Import …, Export …)",
      },
      {
        line: 5,
        found: 'a line starting with "export", which MDX reads as code',
        expected: "no import or export: the site's components need none (a sentence that starts with the word begins with a capital: Import …, Export …)",
      },
    ]);
    expect(check("import photo from './images/signing.jpg';\n")[0]?.expected).toBe(
      'no import: a picture is written <Figure src="./images/photo.jpg" alt="…" caption="…" />, its path in quotes',
    );
    expect(found('import duties rose sharply\n')).toEqual(['a line starting with "import", which MDX reads as code']);
  });

  it.each([
    ['{process.env.HOME}', 'code in braces, {process.env.HOME}'],
    ['{1 + 1}', 'code in braces, {1 + 1}'],
    ['{<script src={u}></script>}', 'code in braces, {<script src={u}></script>}'],
    ['{/* a comment */ process.env.PATH}', 'code in braces, {/* a comment */ process.env.PATH}'],
    ['{`${secret}`}', 'code in braces, {`${secret}`}'],
  ])('refuses the expression %s', (expression, what) => {
    expect(check(`Before ${expression} after.\n`)).toEqual([
      {
        line: 1,
        found: what,
        expected: 'text: write \\{ for a brace (MDX reads { as the start of code), or {/* … */} for a comment',
      },
    ]);
  });

  it('accepts comments and empty braces, which MDX drops', () => {
    expect(check('A {/* note */} b {/* one */ /* two */} c {} d {\n// a line comment\n}\n')).toEqual([]);
  });

  it('refuses code in an attribute and spread attributes, on components and on HTML', () => {
    expect(check('<Money amount={26700000000} currency="KRW" />\n')).toEqual([
      { line: 1, found: 'amount={26700000000} on <Money>', expected: 'amount="26700000000": the value in double quotes (no code in braces)' },
    ]);
    expect(found('<Figure src={photo} alt="a" caption="b" />\n')).toEqual(['src={photo} on <Figure>']);
    expect(found('<a {...props}>x</a> <a href={url}>y</a>\n')).toEqual(['{...props} on <a>', 'href={url} on <a>']);
    expect(found('<Figure src="./images/signing.jpg" alt caption="b" />\n')).toEqual(['alt with no value on <Figure>']);
  });

  it.each(['onclick', 'onClick', 'ONLOAD', 'onmouseover'])('refuses the event handler %s', (name) => {
    expect(check(`<b ${name}="alert(1)">x</b>\n`)).toEqual([
      { line: 1, found: `${name}="alert(1)" on <b>`, expected: `no ${name}: nothing in an article runs (remove it)` },
    ]);
  });
});

describe('checkArticleBody: raw elements outside the allow-list', () => {
  it.each([
    ['script', '<script>alert(1)</script>', 'no <script>'],
    ['style', '<style>{"body{display:none}"}</style>', 'no <style>'],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://evil.example" />', 'nothing that changes the page itself'],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css" />', 'nothing that changes the page itself'],
    ['base', '<base href="https://evil.example/" />', 'nothing that changes the page itself'],
    ['iframe', '<iframe src="https://evil.example"></iframe>', 'a link to what you would embed'],
    ['object', '<object data="x.swf"></object>', 'a link to what you would embed'],
    ['embed', '<embed src="x.swf" />', 'a link to what you would embed'],
    ['frame', '<frame src="x" />', 'a link to what you would embed'],
    ['form', '<form action="https://evil.example">x</form>', 'no forms or controls'],
    ['input', '<input name="card" />', 'no forms or controls'],
    ['button', '<button formaction="https://evil.example">x</button>', 'no forms or controls'],
    ['select', '<select><option>a</option></select>', 'no forms or controls'],
    ['textarea', '<textarea>x</textarea>', 'no forms or controls'],
    ['svg', '<svg><a href="javascript:alert(1)">x</a></svg>', 'a picture saved as a file'],
    ['math', '<math><mi>x</mi></math>', 'a picture saved as a file'],
    ['img', '<img src="./images/signing.jpg" alt="x" />', 'a picture written ![description](./images/photo.jpg)'],
    ['video', '<video src="x.mp4" />', 'no video or sound'],
    ['template', '<template><b>x</b></template>', "Markdown, the site's components, or one of these HTML elements"],
    ['noscript', '<noscript>x</noscript>', "Markdown, the site's components, or one of these HTML elements"],
    ['h1', '<h1>Title</h1>', 'a heading written ## Heading'],
    ['div', '<div>x</div>', 'paragraphs separated by a blank line'],
  ])('refuses <%s>', (name, markup, expected) => {
    const problems = check(`Text.\n\n${markup}\n`);
    expect(problems[0]).toMatchObject({ line: 3, found: `an element <${name}>` });
    expect(problems[0]?.expected).toContain(expected);
  });

  it('refuses what a refused element holds too, each on its own', () => {
    expect(found('<svg><script>x</script></svg>\n')).toEqual(['an element <svg>', 'an element <script>']);
  });

  it('refuses fragments, member and namespaced names, unknown components and lowercase ones', () => {
    expect(check('<>text</>\n')).toEqual([{ line: 1, found: 'an empty tag <>', expected: 'the text alone, without <> and </>' }]);
    expect(found('<a.b /> <svg:rect /> <Foo /> <Monye amount="1" /> <money amount="1" />\n')).toEqual([
      '<a.b>',
      '<svg:rect>',
      "<Foo>, which is not one of the site's components",
      "<Monye>, which is not one of the site's components",
      '<money>',
    ]);
    expect(check('<Monye />\n')[0]?.expected).toBe('<Money> (check the spelling)');
    expect(check('<pullquote>x</pullquote>\n')[0]?.expected).toBe("<PullQuote>: a component's name starts with a capital letter");
  });

  it.each([
    ['style', '<span style="color:red">x</span>', "no style: the site's stylesheet gives the page its look, and the page's policy refuses inline styles (remove it)"],
    ['target', '<a href="https://example.com" target="_blank">x</a>', 'no target: a link opens where the reader chooses (remove it)'],
    ['srcset', '<span srcset="x.jpg 1x">x</span>', 'only title, lang, dir on <span>'],
    ['formaction', '<b formaction="https://evil.example">x</b>', 'only title, lang, dir on <b>'],
    ['xlink:href', '<a xlink:href="javascript:alert(1)">x</a>', 'only title, lang, dir, href on <a>'],
    ['id', '<span id="search">x</span>', 'only title, lang, dir on <span>'],
    ['class', '<span class="site-header">x</span>', 'only title, lang, dir on <span>'],
    ['ping', '<a href="https://example.com" ping="https://evil.example">x</a>', 'only title, lang, dir, href on <a>'],
  ])('refuses the attribute %s', (name, markup, expected) => {
    const problems = check(`${markup}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.found).toMatch(new RegExp(`^${name.replace(':', ':')}`));
    expect(problems[0]?.expected).toBe(expected);
  });
});

describe('checkArticleBody: addresses', () => {
  it.each([
    ['[x](javascript:alert(1))', 'a javascript: address runs code'],
    ['[x](JaVaScRiPt:alert(1))', 'a javascript: address runs code'],
    ['[x](jav&#x61;script:alert(1))', 'a javascript: address runs code'],
    ['[x](java&#9;script:alert(1))', 'a javascript: address runs code'],
    ['[x](<java script:alert(1)>)', 'a javascript: address runs code'],
    ['[x](vbscript:msgbox)', 'a javascript: address runs code'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'a data: address carries a whole document'],
    ['[x](file:///etc/passwd)', 'not file:'],
    ['[x](//evil.example/)', 'the full address, starting with https://'],
    ['[x](/articles/x/)', 'written relative to this one'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', 'a javascript: address runs code'],
    ['<a href="DATA:text/html,x">x</a>', 'a data: address'],
    ['<q cite="javascript:alert(1)">x</q>', 'a javascript: address runs code'],
  ])('refuses the link %s', (markup, expected) => {
    const problems = check(`Text ${markup} text.\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(1);
    expect(problems[0]?.expected).toContain(expected);
  });

  it('refuses a link definition with such an address, in any case', () => {
    expect(check('A [reference][d].\n\n[d]: JAVASCRIPT:alert(1)\n')).toMatchObject([{ line: 3, found: 'a link to "JAVASCRIPT:alert(1)"' }]);
  });

  it.each([
    ['![x](https://evil.example/x.png)', "a picture of the site's own"],
    ['![x](//evil.example/x.png)', "a picture of the site's own"],
    ['![x](data:image/png;base64,AAAA)', '(not data:)'],
    ['![x](/images/x.png)', 'relative to the article'],
    ['![x](./images/x.js?url)', 'no ? or #'],
    ['![x](./images/drawing.svg)', 'a picture file ending in .jpg'],
    ['![x](../../../../etc/x.jpg)', 'inside the content folder'],
    ['![x](./images/missing.jpg)', 'there is no file articles/images/missing.jpg'],
    ['![](./images/signing.jpg)', 'the description in the brackets'],
  ])('refuses the picture %s', (markup, expected) => {
    const problems = check(`${markup}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.expected).toContain(expected);
  });

  it('refuses a picture by reference to a definition of a remote address', () => {
    expect(check('![x][p]\n\n[p]: https://evil.example/x.png\n')).toMatchObject([{ line: 3, found: 'a picture at "https://evil.example/x.png"' }]);
  });

  it('refuses a code block that is never closed, which would swallow the rest', () => {
    expect(check('Text.\n\n```\ncode\n\nMore text.\n')).toEqual([
      {
        line: 3,
        found: 'a code block opened with ``` that is never closed',
        expected: '``` on a line of its own where the code ends (until then, the rest of the article shows as code)',
      },
    ]);
    expect(check('~~~~\ncode\n~~~~\n\n```js\nx\n```\n')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: anywhere in any valid body

/** Constructs the rules refuse; `inline` ones may stand inside a sentence, the others only as a block of their own. */
const DENY_LIST: readonly { markup: string; inline: boolean }[] = [
  { markup: 'import fs from "node:fs"', inline: false },
  { markup: 'export const leak = process.env', inline: false },
  { markup: '{process.env.HOME}', inline: true },
  { markup: '{<script src={u}></script>}', inline: true },
  { markup: '<script>alert(1)</script>', inline: true },
  { markup: '<style>{"body{display:none}"}</style>', inline: true },
  { markup: '<iframe src="https://evil.example"></iframe>', inline: true },
  { markup: '<meta http-equiv="refresh" content="0;url=https://evil.example" />', inline: true },
  { markup: '<base href="https://evil.example/" />', inline: true },
  { markup: '<form action="https://evil.example"><input name="x" /></form>', inline: true },
  { markup: '<svg><circle r="1" /></svg>', inline: true },
  { markup: '<b onclick="alert(1)">x</b>', inline: true },
  { markup: '<span style="color:red">x</span>', inline: true },
  { markup: '<a href="javascript:alert(1)">x</a>', inline: true },
  { markup: '<a {...props}>x</a>', inline: true },
  { markup: '[x](JaVaScRiPt:alert(1))', inline: true },
  { markup: '[x](data:text/html,x)', inline: true },
  { markup: '![x](https://evil.example/x.png)', inline: true },
  { markup: '<Money amount={1} currency="KRW" />', inline: true },
  { markup: '<>x</>', inline: true },
  { markup: '<a.b />', inline: true },
];

const word = fc.constantFrom('KT', 'LG', 'music', 'deal', 'the', 'stake', '15%', 'Seoul', '케이티', '투자');
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** A block of valid article text with one `§`: where an inline construct may go. */
const block = fc.oneof(
  sentence.map((text) => `${text} § *${text}* **${text}**.`),
  sentence.map((text) => `## ${text} §`),
  sentence.map((text) => `- ${text} §\n- ${text}`),
  sentence.map((text) => `> ${text} §`),
  sentence.map((text) => `| a | b |\n|---|---|\n| ${text} § | [${text}](https://example.com) |`),
  sentence.map((text) => `<PullQuote by="${text}">\n${text} §\n</PullQuote>`),
  sentence.map((text) => `<EditorsNote>${text} §</EditorsNote>`),
  sentence.map((text) => `<PhotoCaption>${text} §</PhotoCaption>`),
);

describe('properties of the rules', () => {
  it('accept every body of valid blocks', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const body = blocks.map((text) => text.replace('§', '')).join('\n\n');
        expect(check(body), body).toEqual([]);
      }),
    );
  });

  it('refuse every construct of the deny-list wherever it stands, naming its line', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...DENY_LIST),
        fc.nat(),
        fc.boolean(),
        (blocks, construct, at, inside) => {
          const index = at % (blocks.length + 1);
          const parts = blocks.map((text) => text.replace('§', ''));
          let marked: string;
          if (construct.inline && inside && index < blocks.length) {
            parts[index] = blocks[index]!.replace('§', '\u0000');
            marked = parts.join('\n\n');
          } else {
            parts.splice(index, 0, '\u0000');
            marked = parts.join('\n\n');
          }
          const line = marked.slice(0, marked.indexOf('\u0000')).split('\n').length;
          const body = marked.replace('\u0000', construct.markup);
          const problems = check(body);
          expect(
            problems.some((problem) => problem.line === line),
            `${body}\n→ ${JSON.stringify(problems)}`,
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse a link to any scheme but http, https and mailto, however it is written', () => {
    const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,9}$/).filter((name) => !['http', 'https', 'mailto'].includes(name));
    const obfuscate = (text: string, random: () => number) =>
      [...text].map((char) => (random() < 0.3 ? char.toUpperCase() : random() < 0.1 ? `&#x${char.charCodeAt(0).toString(16)};` : char)).join('');
    fc.assert(
      fc.property(scheme, fc.integer({ min: 1, max: 1000 }), (name, seed) => {
        const written = obfuscate(name, seededRandom(seed));
        expect(check(`[x](${written}:payload)\n`), written).toHaveLength(1);
        expect(check(`<a href="${written}:payload">x</a>\n`), written).toHaveLength(1);
      }),
    );
  });
});

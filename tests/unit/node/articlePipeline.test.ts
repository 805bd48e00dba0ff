/**
 * The build's MDX pipeline applies the article rules to the nodes satteri's parser visits by type
 * (src/node/articlePipeline.ts), not to the whole tree the content check walks: it must see every
 * type there is, and refuse exactly what the check refuses, at the same lines, in the same order.
 */
import fc from 'fast-check';
import { mdxToJs, type MdastNode } from 'satteri';
// satteri's own list of the node types its visitors take; not part of its public API, read here only.
import { VISITOR_KEYS } from '../../../node_modules/satteri/dist/mdast/generated/node-types.js';
import { describe, expect, it } from 'vitest';
import { checkArticleBody, nodesProblems, type BodyProblem } from '../../../src/lib/content/articleBody.ts';
import { MDAST_VISITOR_TYPES, ruledNodes } from '../../../src/node/articlePipeline.ts';

const FILES = new Set(['articles/images/signing.jpg']);
const CONTEXT = { articlePath: 'articles/2020-06-03-x.mdx', fileExists: (path: string) => FILES.has(path) };

/** What the pipeline's rules find in `body`: the nodes it is handed, under the rules. */
function pipelineProblems(body: string): BodyProblem[] {
  let problems: BodyProblem[] | undefined;
  mdxToJs(body, {
    mdastPlugins: [ruledNodes('test', (nodes, source) => (problems = nodesProblems(nodes, { ...CONTEXT, source })))],
  });
  if (!problems) throw new Error('the plugin never ran');
  return problems;
}

describe('the pipeline’s article rules', () => {
  it('know every node type satteri’s visitors take', () => {
    expect([...MDAST_VISITOR_TYPES].sort()).toEqual([...VISITOR_KEYS].sort());
  });

  it('hand the rules only nodes the rules may refuse', () => {
    const seen: string[] = [];
    mdxToJs('Text with *emphasis* and [a link](https://example.com).\n\n- a list\n', {
      mdastPlugins: [ruledNodes('test', (nodes) => seen.push(...nodes.map((node: MdastNode) => node.type)))],
    });
    expect(seen).toEqual(['link']);
  });

  it('refuse what the content check refuses, at the same lines, in the same order', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 10 }), (blocks) => {
        const body = blocks.join('\n\n');
        expect(pipelineProblems(body), body).toEqual(checkArticleBody(body, CONTEXT));
      }),
      { numRuns: 300 },
    );
  });
});

const word = fc.constantFrom('KT', 'LG', 'deal', 'the', '15%', '케이티');
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

/** Markup of every kind an article may hold or the rules refuse, to stand in a sentence or in a block. */
const inline = fc.constantFrom(
  '*x*',
  '`<script>`',
  '[a link](https://example.com/a)',
  '[a page](../2020-06-03-other/)',
  '[x](javascript:alert(1))',
  '[x](data:text/html,x)',
  '![A picture](./images/signing.jpg)',
  '![](./images/signing.jpg)',
  '![A picture](./images/missing.jpg)',
  '![A picture](https://evil.example/x.png)',
  '![A chart][chart]',
  '![][chart]',
  '[reference][ref]',
  'a note[^1]',
  '{/* a comment */}',
  '{process.env.HOME}',
  '<b>bold</b>',
  '<b onclick="alert(1)">x</b>',
  '<span style="color:red">x</span>',
  '<a href="https://example.com">x</a>',
  '<a href="javascript:alert(1)">x</a>',
  '<a {...props}>x</a>',
  '<script>alert(1)</script>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><circle r="1" /></svg>',
  '<Money amount="1000" currency="KRW" />',
  '<Money amount={1} currency="KRW" />',
  '<Moeny amount="1" />',
  '<>x</>',
  '<a.b />',
  '<div><script>x</script></div>',
);

const block = fc.oneof(
  fc.tuple(text, inline, text).map(([before, markup, after]) => `${before} ${markup} ${after}.`),
  fc.tuple(text, inline).map(([words, markup]) => `## ${words} ${markup}`),
  fc.tuple(text, inline).map(([words, markup]) => `- ${words} ${markup}\n- ${words}`),
  fc.tuple(text, inline).map(([words, markup]) => `> ${words} ${markup}`),
  fc.tuple(text, inline).map(([words, markup]) => `| a | b |\n|---|---|\n| ${words} | ${markup} |`),
  fc.tuple(text, inline).map(([words, markup]) => `<EditorsNote>${words} ${markup}</EditorsNote>`),
  fc.tuple(text, inline).map(([words, markup]) => `<PullQuote by="${words}">\n${words} ${markup}\n</PullQuote>`),
  fc.constantFrom(
    '[chart]: ./images/signing.jpg',
    '[chart]: https://evil.example/x.png',
    '[ref]: https://example.com/ref "Title"',
    '[ref]: javascript:alert(1)',
    '[^1]: The note.',
    '```html\n<script>alert(1)</script>\n```',
    '```\nnever closed',
    '    indented code',
    'import fs from "node:fs"',
    'export const leak = process.env',
    '{/* two */ /* comments */}',
    '<PhotoCaption>KT CEO (KT)</PhotoCaption>',
    '<Figure src="./images/signing.jpg" alt="A signing" caption="The signing" />',
    '<style>{"body{display:none}"}</style>',
    '***',
  ),
);

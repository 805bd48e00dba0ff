/**
 * The examples in docs/authoring.md are checked like content, and the messages the check gives for
 * an editor's mistakes are the guide's, so the guide cannot drift from the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticleBody } from '../../../src/lib/content/articleBody.ts';
import { formatProblem, formatWarning, type ContentProblem, type ContentWarning } from '../../../src/lib/content/problems.ts';
import { checkContent, validateContent, type ContentInput } from '../../../src/lib/content/validate.ts';
import { readSiteAddress } from '../../../src/lib/siteAddress.ts';
import { readContent } from '../../../src/node/contentDir.ts';
import { INVESTMENT_YAML, VALID_FRONTMATTER } from './validArticle.ts';

const GUIDE = readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');
const yamlBlocks = [...GUIDE.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
const content = readContent('content');

function problems(input: {
  article?: string | undefined;
  company?: string | undefined;
  rates?: string | undefined;
  site?: string | undefined;
}): string[] {
  return validateContent({
    articles: input.article === undefined ? [] : [{ path: 'content/articles/2017-03-15-guide-example.mdx', text: input.article }],
    companies: [
      ...content.companies,
      ...(input.company === undefined ? [] : [{ path: 'content/companies/guide-example.yaml', text: input.company }]),
    ],
    rates: { path: 'content/rates.yaml', text: input.rates ?? content.rates?.text ?? '' },
    site: input.site === undefined ? content.site : { path: 'content/site.yaml', text: input.site },
  }).map(formatProblem);
}

describe('docs/authoring.md', () => {
  it('has the five YAML examples: the worked article, a company, a correction, the site’s own text and the rate table', () => {
    expect(yamlBlocks).toHaveLength(5);
  });

  it('ends the worked example with an article that passes the content check', () => {
    expect(problems({ article: yamlBlocks[0] })).toEqual([]);
  });

  it('shows a company file that passes', () => {
    expect(problems({ company: yamlBlocks[1] })).toEqual([]);
  });

  it('shows corrections that pass, added to the worked article', () => {
    expect(yamlBlocks[2]).toMatch(/^corrections:/);
    const article = yamlBlocks[0]!.replace(/^---\n([\s\S]*?)\n---/, (_, fields: string) => `---\n${fields}\n${yamlBlocks[2]}---`);
    expect(article).toContain('\ncorrections:\n');
    expect(problems({ article })).toEqual([]);
  });

  it('shows a site.yaml that passes', () => {
    expect(problems({ site: yamlBlocks[3] })).toEqual([]);
  });

  it('shows a rate table that passes', () => {
    expect(problems({ rates: yamlBlocks[4] })).toEqual([]);
  });

  it('shows component examples that compile as MDX', () => {
    const mdx = [...GUIDE.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) =>
      (match[1] ?? '').replace(/^---\n[\s\S]*?\n---\n/, ''),
    );
    expect(mdx.length).toBeGreaterThanOrEqual(5);
    for (const body of mdx) expect(checkArticleBody(body, { articlePath: 'articles/x.mdx', fileExists: () => true }), body).toEqual([]);
  });
});

/** The messages in the guide's tables: the first cell of each row, without its backticks. */
const guideMessages = (text: string) =>
  [...text.matchAll(/^\| (``?)(.+?)\1 \|/gm)].map((match) => (match[2] ?? '').trim());
const GUIDE_MESSAGES = guideMessages(GUIDE);
const DEPLOY_MESSAGES = guideMessages(readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8'));

/**
 * Whether a guide lists a message: the row shows it from its field on (the file before it is an
 * example's), whole, or cut short with "…" where the rest depends on the content.
 */
function listed(messages: readonly string[], line: string, from: string): boolean {
  // Lines named inside a message are an example's.
  const lineless = (text: string) => text.replace(/\(line \d+\)/g, '(line N)');
  const tail = lineless(line.slice(line.indexOf(from)));
  return messages.some((row) => {
    const shown = row.includes(from) ? lineless(row.slice(row.indexOf(from))) : '';
    return shown === tail || (shown.endsWith('…') && tail.startsWith(shown.slice(0, -1)));
  });
}

const VALID = VALID_FRONTMATTER + INVESTMENT_YAML;

/** What an editor types, as content of its own: one mistake each, and the content of the real folder around it. */
function input(change: { frontmatter?: (text: string) => string; body?: string; name?: string; input?: Partial<ContentInput> }): ContentInput {
  const text = `---\n${(change.frontmatter ?? ((x: string) => x))(VALID)}\n---\n\n${change.body ?? 'Text.\n'}`;
  return {
    ...content,
    articles: [...content.articles, { path: `content/articles/${change.name ?? '2017-03-15-x'}.mdx`, text }],
    today: '2026-05-01',
    fileExists: (path) => path === 'articles/images/signing.jpg',
    ...change.input,
  };
}

/** The comment form under a WordPress report, as copied with the text: eight lines. */
const WORDPRESS_COMMENT_FORM = [
  'Leave a Reply',
  'Please log in using one of these methods to post your comment:',
  'WordPress.com Logo',
  'You are commenting using your WordPress.com account. Log Out /  Change )',
  'Facebook photo',
  'You are commenting using your Facebook account. Log Out /  Change )',
  'Connecting to %s',
  '%d bloggers like this:',
].join('\n\n');

const BODY_MISTAKES = [
  'The deal { was signed.',
  'Home: {process.env.HOME}',
  'Less than <5 percent.',
  'When x <= 5.',
  '<!-- a note -->',
  'See <https://example.com>.',
  '<EditorsNote>\nA note.',
  'Some <b>bold text.',
  '<PullQuote>\n<EditorsNote>\ntext\n</PullQuote>',
  'Text </b> more.',
  '<Money amount=5 currency="KRW" />',
  '```\ncode',
  'import fs from "node:fs"',
  "import photo from './images/signing.jpg'",
  '<script>alert(1)</script>',
  '<style>x</style>',
  '<meta http-equiv="refresh" content="0" />',
  '<iframe src="https://x"></iframe>',
  '<form>x</form>',
  '<img src="x.jpg" />',
  '<svg></svg>',
  '<h2>x</h2>',
  '<div>x</div>',
  '<marquee>x</marquee>',
  '<>x</>',
  '<a.b />',
  '<Monye />',
  '<money />',
  '<b onclick="alert(1)">x</b>',
  '<span style="color:red">x</span>',
  '<a href="https://example.com" target="_blank">x</a>',
  '<span class="x">x</span>',
  '<a {...props}>x</a>',
  '<a href={url}>x</a>',
  '[x](javascript:alert(1))',
  '[x](data:text/html,x)',
  '[x](file:///etc/passwd)',
  '[x](/articles/x/)',
  '[x](//evil.example)',
  '![x](https://example.com/x.jpg)',
  '![x](data:image/png;base64,AA)',
  '![x](/x.jpg)',
  '![x](./x.jpg?raw)',
  '![x](./x.svg)',
  '![x](../../x.jpg)',
  '![x](./images/missing.jpg)',
  '![](./images/signing.jpg)',
  '<Figure src={photo} alt="a" caption="b" />',
  '<Money amount={26700000000} currency="KRW" />',
  '<Money amount="26,700,000,000" currency="KRW" />',
  '<Money amount="26.7bn" currency="KRW" />',
  '<Money amount="5" currency="won" />',
  '<Figure src="./images/signing.jpg" caption="b" />',
  '<Figure src="./images/missing.jpg" alt="a" caption="b" />',
  '<PullQuote bye="x">y</PullQuote>',
  '<Figure src="./images/signing.jpg" alt caption="b" />',
];

const FRONTMATTER_MISTAKES: ((text: string) => string)[] = [
  (text) => text.replace('amount: 26700000000', 'amount: "30,000,000,000"'),
  (text) => text.replace('amount: 26700000000', 'amount: 26.7bn'),
  (text) => text.replace('amount: 26700000000', 'amount: "26700000000"'),
  (text) => text.replace('usd: 23000000', 'usd: .nan'),
  (text) => text.replace('stake: 15', 'stake: 15%'),
  (text) => text.replace('[kt, lg-uplus]', '[kt, lg-uplus, lg-upluss]'),
  (text) => text.replace('[kt, lg-uplus]', '[kt, lg-uplus, nokia]'),
];

describe('the messages in docs/authoring.md', () => {
  const problemsOf = (change: Parameters<typeof input>[0]): ContentProblem[] => checkContent(input(change)).problems;

  it('list every mistake an editor can make in the text, in the checker’s words', () => {
    for (const body of BODY_MISTAKES) {
      const problems = problemsOf({ body: `${body}\n` });
      expect(problems, body).not.toEqual([]);
      for (const problem of problems) expect(listed(GUIDE_MESSAGES, formatProblem(problem), '(MDX body)'), formatProblem(problem)).toBe(true);
    }
  });

  it('list every figure written as an editor types it, and unknown slugs with their suggestion', () => {
    for (const frontmatter of FRONTMATTER_MISTAKES) {
      const problems = problemsOf({ frontmatter });
      expect(problems, frontmatter(VALID)).toHaveLength(1);
      const line = formatProblem(problems[0]!);
      expect(listed(GUIDE_MESSAGES, line, `${problems[0]!.field}:`), line).toBe(true);
    }
  });

  it('list the problems of the content folder and of parent chains', () => {
    const lines = [
      ...validateContent({ articles: [], companies: [], dir: '../x', folder: { exists: false, variable: '../x', refused: [] } }),
      ...validateContent({ articles: [], companies: [], dir: 'content', folder: { exists: false, refused: [] } }),
      ...validateContent({ ...content, articles: [], folder: { exists: true, refused: [] } }),
      ...validateContent({
        ...input({}),
        folder: {
          exists: true,
          refused: [
            { path: 'content/articles/2017-03-15-x.MDX', kind: 'name', publishedName: '2017-03-15-x.mdx' },
            { path: 'content/articles/x.mdx', kind: 'link' },
          ],
        },
      }),
      ...validateContent({
        ...content,
        companies: [
          { path: 'content/companies/kt.yaml', text: 'name: KT\nparent: kt\n' },
          { path: 'content/companies/a.yaml', text: 'name: A\nparent: b\n' },
          { path: 'content/companies/b.yaml', text: 'name: B\nparent: a\n' },
        ],
        articles: [],
      }).filter((problem) => problem.field === 'parent'),
    ];
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const problem of lines) expect(listed(GUIDE_MESSAGES, formatProblem(problem), `${problem.field}:`), formatProblem(problem)).toBe(true);
  });

  it('list every warning', () => {
    const withoutUsd = (text: string) => text.replace(/\n {4}usd: .*/, '').replace("'2017-03-15'", "'2024-06-10'");
    const warnings: ContentWarning[] = [
      ...checkContent(input({ frontmatter: withoutUsd, name: '2024-06-10-x' })).warnings,
      ...checkContent(input({ frontmatter: (text) => withoutUsd(text).replace('currency: KRW', 'currency: USD'), name: '2024-06-10-x' })).warnings,
      ...checkContent(input({ frontmatter: (text) => text.replace('usd: 23000000', 'usd: 1e30') })).warnings,
      ...checkContent(input({ frontmatter: (text) => text.replace("'2017-03-15'", "'2099-03-15'"), name: '2099-03-15-x' })).warnings,
      ...checkContent(input({ frontmatter: (text) => text.replace("'2017-03-15'", "'1900-03-15'"), name: '1900-03-15-x' })).warnings,
      ...checkContent(input({ frontmatter: (text) => text.replace("'2017-03-15'", "'2017-03-16'") })).warnings,
      // What copying the report from its page left in the text: one warning per kind.
      ...checkContent(input({ body: `Text.\n\n${WORDPRESS_COMMENT_FORM}\n` })).warnings,
      ...checkContent(
        input({
          body: [
            'Text.',
            'Facebook Twitter Email',
            'By Song Su-hyun (song@heraldcorp.com)',
            '[ⓒ 세계일보 & Segye.com, 무단전재 및 재배포 금지]',
            'KT CEO Hwang Chang-gyu (KT)',
            '1709106199',
          ].join('\n\n'),
        }),
      ).warnings,
    ];
    expect(warnings).toHaveLength(12);
    for (const warning of warnings) expect(listed(GUIDE_MESSAGES, formatWarning(warning), `${warning.field}:`), formatWarning(warning)).toBe(true);
  });

  it('list the site address’s problems in docs/deploy.md', () => {
    for (const env of [
      { SITE_URL: 'javascript:alert(1)' },
      { SITE_URL: 'example.org' },
      { SITE_URL: 'https://example.com/news' },
      { SITE_URL: 'https://example.org/?a=1' },
      { BASE_PATH: '/a b/' },
    ]) {
      const reading = readSiteAddress(env);
      expect(reading.ok).toBe(false);
      const line = reading.ok ? '' : (reading.report.split('\n')[1] ?? '').trim();
      expect(listed(DEPLOY_MESSAGES, line, line.split(':')[0]!), line).toBe(true);
    }
  });
});

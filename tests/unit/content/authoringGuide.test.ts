/** The examples in docs/authoring.md are checked like content, so the guide cannot drift from the rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { checkMdxBody, readContent } from '../../../src/node/contentDir.ts';

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
    checkMdxBody,
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
    for (const body of mdx) expect(checkMdxBody(body), body).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { contentLinks } from '../../tools/lib/contentLinks.ts';

const article = (path: string, source: string) => ({
  path,
  text: `---\ntitle: T\ndate: '2017-03-15'\nsource:\n  name: P\n${source}companies: [kt]\n---\n\nText.\n`,
});

describe('contentLinks', () => {
  it('lists each article’s original and archived copy, then each company’s website, with file and field', () => {
    const links = contentLinks({
      articles: [
        article(
          'content/articles/a.mdx',
          '  archived: https://web.archive.org/web/2017/https://a.example/1\n  url: https://a.example/1\n',
        ),
        article('content/articles/b.mdx', '  url: "https://b.example/?q=1&r=2#top"\n'),
      ],
      companies: [{ path: 'content/companies/kt.yaml', text: 'name: KT\nurl: https://www.kt.com\n' }],
    });
    expect(links).toEqual([
      { file: 'content/articles/a.mdx', field: 'source.url', url: 'https://a.example/1' },
      {
        file: 'content/articles/a.mdx',
        field: 'source.archived',
        url: 'https://web.archive.org/web/2017/https://a.example/1',
      },
      { file: 'content/articles/b.mdx', field: 'source.url', url: 'https://b.example/?q=1&r=2#top' },
      { file: 'content/companies/kt.yaml', field: 'url', url: 'https://www.kt.com' },
    ]);
  });

  it('leaves out what is missing, not an http(s) address, or in a file that does not parse: npm run check:content reports those', () => {
    const links = contentLinks({
      articles: [
        article('content/articles/none.mdx', ''),
        article('content/articles/relative.mdx', '  url: /articles/x/\n  archived: javascript:alert(1)\n'),
        { path: 'content/articles/no-frontmatter.mdx', text: 'url: https://x.example\n' },
        { path: 'content/articles/bad-yaml.mdx', text: '---\nsource:\n  url: "https://x.example\n---\n' },
      ],
      companies: [
        { path: 'content/companies/list.yaml', text: '- url: https://x.example\n' },
        { path: 'content/companies/number.yaml', text: 'name: X\nurl: 42\n' },
      ],
    });
    expect(links).toEqual([]);
  });
});

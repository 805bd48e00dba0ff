import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../../src/node/searchRecord.ts';

const page = (title: string, body: string, head = '') =>
  new TextEncoder().encode(
    `<!doctype html><html lang="x"><head><style>article{}</style>${head}</head><body><header>Site</header>` +
      `<main><article class="wrap" data-pagefind-body><h1>${title}</h1>${body}</article></main>` +
      `<footer>Footer</footer></body></html>`,
  );

describe('articleRecord', () => {
  it('joins the article of each edition’s page, the first first, in one document of the default language', () => {
    const record = articleRecord('articles/a/', [
      { file: 'articles/a/index.html', html: page('Title', '<p>Text</p>') },
      { file: 'ko/articles/a/index.html', html: page('제목', '<p data-pagefind-ignore>Text</p>') },
    ]);
    expect(record).toBe(
      '<!doctype html><html lang="en"><body data-pagefind-meta="url[data-path]" data-path="articles/a/">' +
        '<article class="wrap" data-pagefind-body><h1>Title</h1><p>Text</p></article>' +
        '<article class="wrap" data-pagefind-body><h1>제목</h1><p data-pagefind-ignore>Text</p></article>' +
        '</body></html>',
    );
  });

  it('keeps an article nested in the text whole', () => {
    const html = page('Title', '<article><p>Quoted</p></article><p>After</p>');
    expect(articleRecord('articles/a/', [{ file: 'a.html', html }])).toContain(
      '<p>Quoted</p></article><p>After</p></article>',
    );
  });

  it('reads the article, not text that mentions one: in an attribute, a title or the article’s own text', () => {
    const mention = '<article data-pagefind-body> </article>';
    const html = page(
      `&lt;/article&gt; 𝒳`,
      `<p title="${mention}">${mention.replaceAll('<', '&lt;')}</p>`,
      `<meta name="description" content="${mention}"><title>${mention.replaceAll('<', '&lt;')}</title>`,
    );
    expect(articleRecord('articles/a/', [{ file: 'a.html', html }])).toContain(
      `<article class="wrap" data-pagefind-body><h1>&lt;/article&gt; 𝒳</h1><p title="${mention}">`,
    );
  });

  it('names the page that has no article to read', () => {
    expect(() =>
      articleRecord('articles/a/', [
        {
          file: 'ko/articles/a/index.html',
          html: new TextEncoder().encode('<main><p title="<article data-pagefind-body>">Nothing</p></main>'),
        },
      ]),
    ).toThrow(
      'ko/articles/a/index.html: the search index reads an article page’s <article data-pagefind-body>, and this page has none',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { articleRecord, resultUrl, searchField } from '../../src/lib/search/editions.ts';

describe('searchField', () => {
  it('names a field plainly in the default edition and with its language in another', () => {
    expect(searchField('title', 'en')).toBe('title');
    expect(searchField('date', 'ko')).toBe('date_ko');
  });
});

describe('resultUrl', () => {
  it('gives the page in the reader’s edition', () => {
    expect(resultUrl('articles/a/', '/', 'en')).toBe('/articles/a/');
    expect(resultUrl('articles/a/', '/', 'ko')).toBe('/ko/articles/a/');
  });

  it('puts the base path in front', () => {
    expect(resultUrl('articles/a/', '/timeline/', 'ko')).toBe('/timeline/ko/articles/a/');
    expect(resultUrl('articles/a/', 'timeline', 'en')).toBe('/timeline/articles/a/');
  });
});

describe('articleRecord', () => {
  const page = (title: string, body: string) =>
    Buffer.from(
      `<!doctype html><html lang="x"><head><style>article{}</style></head><body><header>Site</header>` +
        `<main><article class="wrap" data-pagefind-body><h1>${title}</h1>${body}</article></main>` +
        `<footer>Footer</footer></body></html>`,
    );

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

  it('names the page that has no article to read', () => {
    expect(() =>
      articleRecord('articles/a/', [
        { file: 'ko/articles/a/index.html', html: Buffer.from('<main><p>Nothing</p></main>') },
      ]),
    ).toThrow(/ko\/articles\/a\/index\.html: .*<article data-pagefind-body>/);
  });
});

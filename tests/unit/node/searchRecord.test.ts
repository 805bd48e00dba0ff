import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleRecord, articleRecords, keepForSearch } from '../../../src/node/searchRecord.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('articleRecord', () => {
  it('joins the article of each edition’s page, the first first, in one document of the default language', () => {
    expect(articleRecord('articles/a/', ['<article>Title</article>', '<article>제목</article>'])).toBe(
      '<!doctype html><html lang="en"><body data-pagefind-meta="url[data-path]" data-path="articles/a/">' +
        '<article>Title</article><article>제목</article></body></html>',
    );
  });
});

describe('keepForSearch and articleRecords', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'search-records-test-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keep each edition’s article as its page is finished, and give each article’s record once, the default edition first', () => {
    keepForSearch(folder, '/timeline/ko/articles/b/', '/timeline/', bytes('<article>나</article>'));
    keepForSearch(folder, '/timeline/articles/b/', '/timeline', bytes('<article>B</article>'));
    keepForSearch(folder, '/timeline/ko/articles/a/', '/timeline/', bytes('<article>가</article>'));
    keepForSearch(folder, '/timeline/articles/a/', '/timeline/', bytes('<article>A</article>'));
    expect([...articleRecords(folder)]).toEqual([
      { path: 'articles/a/', record: articleRecord('articles/a/', ['<article>A</article>', '<article>가</article>']) },
      { path: 'articles/b/', record: articleRecord('articles/b/', ['<article>B</article>', '<article>나</article>']) },
    ]);
  });

  it('name the page of an article whose other edition was not kept', () => {
    keepForSearch(folder, '/articles/a/', '/', bytes('<article>A</article>'));
    expect(() => [...articleRecords(folder)]).toThrow(
      'ko/articles/a/: the search index reads each edition’s page of an article, and this one has no <article data-pagefind-body>',
    );
  });

  it('refuse a page outside the base path', () => {
    expect(() => keepForSearch(folder, '/articles/a/', '/timeline/', bytes(''))).toThrow(
      "/articles/a/: a page outside the site's base path /timeline/",
    );
  });
});

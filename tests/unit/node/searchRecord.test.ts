import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleRecord, articleRecords, noteForSearch } from '../../../src/node/searchRecord.ts';

describe('articleRecord', () => {
  it('joins the article of each edition’s page, the first first, in one document of the default language', () => {
    expect(articleRecord('articles/a/', ['<article>Title</article>', '<article>제목</article>'])).toBe(
      '<!doctype html><html lang="en"><body data-pagefind-meta="url[data-path]" data-path="articles/a/">' +
        '<article>Title</article><article>제목</article></body></html>',
    );
  });
});

describe('noteForSearch and articleRecords', () => {
  let notes: string;
  let site: string;
  beforeEach(() => {
    notes = mkdtempSync(join(tmpdir(), 'search-notes-test-'));
    site = mkdtempSync(join(tmpdir(), 'search-site-test-'));
  });
  afterEach(() => {
    rmSync(notes, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  });

  /** Writes a built page holding `article` after a head, and notes where the article is, as the build does. */
  const built = (pathname: string, base: string, file: string, article: string) => {
    const head = '<head><meta name="x" content="<article data-pagefind-body>"></head>';
    writeFileSyncIn(join(site, file), `${head}${article}<footer>가</footer>`);
    const start = Buffer.byteLength(head);
    noteForSearch(notes, pathname, base, { start, end: start + Buffer.byteLength(article) });
  };

  it('take each edition’s article where it was noted and give each article’s record once, the default edition first', () => {
    built('/timeline/ko/articles/b/', '/timeline/', 'ko/articles/b/index.html', '<article>나</article>');
    built('/timeline/articles/b/', '/timeline', 'articles/b/index.html', '<article>B</article>');
    built('/timeline/ko/articles/a/', '/timeline/', 'ko/articles/a/index.html', '<article>가 𝒳</article>');
    built('/timeline/articles/a/', '/timeline/', 'articles/a/index.html', '<article>A</article>');
    expect([...articleRecords(notes, site)]).toEqual([
      {
        path: 'articles/a/',
        record: articleRecord('articles/a/', ['<article>A</article>', '<article>가 𝒳</article>']),
      },
      { path: 'articles/b/', record: articleRecord('articles/b/', ['<article>B</article>', '<article>나</article>']) },
    ]);
  });

  it('name the page of an article whose other edition was not noted, or where no article is', () => {
    built('/articles/a/', '/', 'articles/a/index.html', '<article>A</article>');
    expect(() => [...articleRecords(notes, site)]).toThrow(
      'ko/articles/a/index.html: the search index reads each edition’s page of an article, and found no <article data-pagefind-body> where it was noted',
    );
    built('/ko/articles/a/', '/', 'ko/articles/a/index.html', '<p>가</p>');
    expect(() => [...articleRecords(notes, site)]).toThrow('ko/articles/a/index.html: the search index reads');
  });

  it('refuse a page outside the base path', () => {
    expect(() => noteForSearch(notes, '/articles/a/', '/timeline/', { start: 0, end: 0 })).toThrow(
      "/articles/a/: a page outside the site's base path /timeline/",
    );
  });
});

function writeFileSyncIn(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

import { describe, expect, it } from 'vitest';
import { resultUrl, searchField } from '../../../src/lib/search/indexFields.ts';

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

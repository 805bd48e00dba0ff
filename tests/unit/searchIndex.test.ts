import { describe, expect, it } from 'vitest';
import { isSearchable } from '../../src/lib/search/indexHook.ts';
import { builtFile } from '../../src/node/searchIndex.ts';

describe('builtFile', () => {
  it('gives the file a page is built to, relative to the site root', () => {
    expect(builtFile('/articles/2017-03-15-genie-music-stake/', '/')).toBe(
      'articles/2017-03-15-genie-music-stake/index.html',
    );
    expect(builtFile('/ko/articles/x/', '/')).toBe('ko/articles/x/index.html');
    expect(builtFile('/', '/')).toBe('index.html');
  });

  it('leaves out the base the site is served under', () => {
    expect(builtFile('/timeline/articles/x/', '/timeline/')).toBe('articles/x/index.html');
    expect(builtFile('/timeline/', '/timeline/')).toBe('index.html');
  });

  it('keeps a page written as a file as it is', () => {
    expect(builtFile('/404.html', '/')).toBe('404.html');
  });
});

describe('isSearchable', () => {
  it('is true of a page that marks text for the search, and of no other', () => {
    expect(isSearchable('<article data-pagefind-body><h1>x</h1></article>')).toBe(true);
    expect(isSearchable('<main><h1>x</h1></main>')).toBe(false);
  });
});

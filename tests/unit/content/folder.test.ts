import { describe, expect, it } from 'vitest';
import { ARTICLE_PATTERN, COMPANY_PATTERN, isContentFile, publishedName } from '../../../src/lib/content/folder.ts';

describe('which files are content', () => {
  it('is what the loaders’ patterns match: lower-case .mdx articles, .yaml and .yml companies', () => {
    expect([ARTICLE_PATTERN, COMPANY_PATTERN]).toEqual(['**/*.mdx', '**/*.{yaml,yml}']);
    expect(isContentFile('2017-03-15-x.mdx', 'article')).toBe(true);
    expect(isContentFile('x.MDX', 'article')).toBe(false);
    expect(isContentFile('kt.yml', 'company')).toBe(true);
    expect(isContentFile('kt.YAML', 'company')).toBe(false);
  });

  it('names the file an editor meant, and leaves other files alone', () => {
    expect(publishedName('2017-03-15-x.MDX', 'article')).toBe('2017-03-15-x.mdx');
    expect(publishedName('2017-03-15-x.md', 'article')).toBe('2017-03-15-x.mdx');
    expect(publishedName('2017-03-15-x.markdown', 'article')).toBe('2017-03-15-x.mdx');
    expect(publishedName('kt.YAML', 'company')).toBe('kt.yaml');
    expect(publishedName('kt.Yml', 'company')).toBe('kt.yml');
    expect(publishedName('signing.jpg', 'article')).toBeUndefined();
    expect(publishedName('notes.txt', 'company')).toBeUndefined();
    expect(publishedName('x.mdx', 'article')).toBeUndefined();
  });
});

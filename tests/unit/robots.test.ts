import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('robotsTxt', () => {
  it('allows everyone and names the sitemap by its absolute URL', () => {
    const text = robotsTxt('https://example.org/timeline/sitemap-index.xml');
    expect(text.split('\n')).toEqual([
      'User-agent: *',
      'Allow: /',
      '',
      'Sitemap: https://example.org/timeline/sitemap-index.xml',
      '',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readSiteAddress } from '../../src/lib/siteAddress.ts';

const report = (env: Record<string, string>) => {
  const reading = readSiteAddress(env);
  return reading.ok ? undefined : reading.report.split('\n');
};

describe('readSiteAddress', () => {
  it('reads the origin and the base path, with defaults', () => {
    expect(readSiteAddress({})).toEqual({ ok: true, address: { site: 'http://localhost:4321', base: '/' } });
    expect(readSiteAddress({ SITE_URL: 'https://Example.org/', BASE_PATH: 'timeline' })).toEqual({
      ok: true,
      address: { site: 'https://example.org', base: '/timeline/' },
    });
    expect(readSiteAddress({ SITE_URL: '', BASE_PATH: '' })).toEqual({
      ok: true,
      address: { site: 'http://localhost:4321', base: '/' },
    });
  });

  it('names SITE_URL when it is not an http(s) address, without a stack', () => {
    expect(report({ SITE_URL: 'javascript:alert(1)' })).toEqual([
      'The site address is not set right:',
      '  SITE_URL: found "javascript:alert(1)"; expected an address starting with https:// or http://, such as https://example.org',
      'See docs/deploy.md ("One build, two variables").',
    ]);
    expect(report({ SITE_URL: 'example.org' })?.[1]).toBe(
      '  SITE_URL: found "example.org"; expected the site\'s public address, starting with https:// or http://, such as https://example.org',
    );
  });

  it('refuses a path in SITE_URL, naming both variables and the values to set', () => {
    expect(report({ SITE_URL: 'https://example.com/news' })?.[1]).toBe(
      '  SITE_URL: found "https://example.com/news"; expected the scheme and host alone, with the path in BASE_PATH: SITE_URL=https://example.com BASE_PATH=/news/',
    );
    expect(report({ SITE_URL: 'https://example.com/news/', BASE_PATH: '/news/' })?.[1]).toBe(
      '  SITE_URL: found "https://example.com/news/"; expected the scheme and host alone, SITE_URL=https://example.com: the path is BASE_PATH\'s, which is /news/ already',
    );
  });

  it('refuses credentials, a query or a fragment, and a base path of other characters', () => {
    expect(report({ SITE_URL: 'https://user:pw@example.org' })?.[1]).toContain('(no user name, password, ? or #)');
    expect(report({ SITE_URL: 'https://example.org/?a=1' })?.[1]).toContain('(no user name, password, ? or #)');
    expect(report({ BASE_PATH: '/a b/"><script>' })?.[1]).toBe(
      '  BASE_PATH: found "/a b/\\"><script>"; expected the path the site is served under, in letters, digits, - . _ ~ and /, such as /timeline/',
    );
  });
});

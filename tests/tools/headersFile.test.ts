import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { EMBED_PATH, embedChartPath, localizedPath } from '../../src/lib/urls.ts';
import {
  HEADERS_HOSTS,
  headersForPath,
  matchesPattern,
  parseCsp,
  parseHeadersFile,
} from '../../tools/lib/headersFile.ts';

describe('parseHeadersFile', () => {
  it('reads paths and their indented headers, skipping comments and blank lines', () => {
    const text = '# comment\n/*\n  X-One: 1\n  X-Two: a: b\n\n/_astro/*\r\n  Cache-Control: max-age=1\r\n';
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-One', '1'],
          ['X-Two', 'a: b'],
        ],
        detach: [],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'max-age=1']], detach: [] },
    ]);
  });

  it('reads "! Name" as a header to detach', () => {
    expect(parseHeadersFile('/embed/*\n  ! X-Frame-Options\n  !Content-Security-Policy\n  X-One: 1')).toEqual([
      { pattern: '/embed/*', headers: [['X-One', '1']], detach: ['X-Frame-Options', 'Content-Security-Policy'] },
    ]);
  });

  it('refuses a header with no path above it, naming the line', () => {
    expect(() => parseHeadersFile('  X-One: 1')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  no colon')).toThrow(/line 2/);
  });
});

describe('matchesPattern', () => {
  it('matches splats across slashes and placeholders within one segment', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/articles/x/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/a.B1.css')).toBe(true);
    expect(matchesPattern('/_astro/*', '/articles/_astro/a.css')).toBe(false);
    expect(matchesPattern('/articles/:slug/', '/articles/x/')).toBe(true);
    expect(matchesPattern('/articles/:slug/', '/articles/x/y/')).toBe(false);
    expect(matchesPattern('/a.b', '/aXb')).toBe(false);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile('/*\n  X-All: 1\n  Vary: A\n/_astro/*\n  Cache-Control: immutable\n  vary: B\n');
  const detaching = parseHeadersFile(
    '/*\n  X-Frame: DENY\n  X-All: 1\n/embed/*\n  ! X-Frame\n  X-All: 2\n  X-All: 3\n',
  );

  it('on Cloudflare Pages, gives the headers of every matching rule, joining repeated ones', () => {
    expect(headersForPath(rules, '/_astro/x.js')).toEqual({ 'X-All': '1', Vary: 'A, B', 'Cache-Control': 'immutable' });
    expect(headersForPath(rules, '/index.html')).toEqual({ 'X-All': '1', Vary: 'A' });
  });

  it('on Cloudflare Pages, "! Name" takes away what the rules above set', () => {
    expect(headersForPath(detaching, '/embed/x/', 'cloudflare')).toEqual({ 'X-All': '1, 2, 3' });
    expect(headersForPath(detaching, '/x/', 'cloudflare')).toEqual({ 'X-Frame': 'DENY', 'X-All': '1' });
  });

  it('on Netlify, gives each header the value of the last matching rule, and skips "! Name"', () => {
    expect(headersForPath(rules, '/_astro/x.js', 'netlify')).toEqual({
      'X-All': '1',
      vary: 'B',
      'Cache-Control': 'immutable',
    });
    expect(headersForPath(detaching, '/embed/x/', 'netlify')).toEqual({ 'X-Frame': 'DENY', 'X-All': '2, 3' });
  });
});

describe('parseCsp', () => {
  it('splits a policy into directives and their sources', () => {
    const csp = parseCsp("default-src 'self'; img-src 'self' data:;  frame-ancestors 'none' ;");
    expect([...csp]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['frame-ancestors', ["'none'"]],
    ]);
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const page = headersForPath(rules, '/articles/x/');
  const csp = parseCsp(page['Content-Security-Policy'] ?? '');

  it('sends as its Content-Security-Policy only what a page’s <meta> policy cannot carry: frame-ancestors', () => {
    // Both policies are enforced: a fetch directive here (default-src, script-src, style-src) would
    // refuse the inline CSS and script the page's own policy allows by their hashes.
    expect([...csp]).toEqual([['frame-ancestors', ["'none'"]]]);
  });

  it('sends nosniff and a referrer policy with every file', () => {
    for (const path of ['/', '/_astro/a.js', '/data/investments.csv']) {
      expect(headersForPath(rules, path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': expect.stringMatching(
          /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
        ),
      });
    }
  });

  const embeds = LOCALES.flatMap((locale) =>
    [EMBED_PATH, embedChartPath('investments')].map((path) => `/${localizedPath(path, locale)}`),
  );
  const pages = [
    '/',
    '/index.html',
    '/articles/x/',
    '/ko/',
    '/ko/companies/kt/',
    '/404.html',
    '/embed',
    '/_astro/a.js',
  ];

  it('lets no site frame a page but the embeds, on either host', () => {
    for (const host of HEADERS_HOSTS) {
      for (const path of pages) {
        expect(headersForPath(rules, path, host), `${host} ${path}`).toMatchObject({
          'Content-Security-Policy': "frame-ancestors 'none'",
          'X-Frame-Options': 'DENY',
        });
      }
    }
  });

  it('lets any site frame the embeds of every edition: on Cloudflare Pages without X-Frame-Options', () => {
    for (const host of HEADERS_HOSTS) {
      for (const path of embeds) {
        const headers = headersForPath(rules, path, host);
        expect([...parseCsp(headers['Content-Security-Policy'] ?? '')], `${host} ${path}`).toEqual([
          ['frame-ancestors', ['*']],
        ]);
        expect(headers, `${host} ${path}`).toMatchObject({
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': headersForPath(rules, '/', host)['Referrer-Policy'],
        });
        // Netlify cannot take away a header the "/*" rule sets; browsers ignore it beside frame-ancestors.
        expect(headers['X-Frame-Options'], `${host} ${path}`).toBe(host === 'netlify' ? 'DENY' : undefined);
      }
    }
  });

  it('caches hashed assets for a year and nothing else', () => {
    expect(headersForPath(rules, '/_astro/index.B1qVVqXC.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersForPath(rules, '/index.html')).not.toHaveProperty('Cache-Control');
    expect(headersForPath(rules, '/data/events.json')).not.toHaveProperty('Cache-Control');
  });
});

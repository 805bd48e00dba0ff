import { describe, expect, it } from 'vitest';
import { hasPolicy, pagePolicy, POLICY, sha256Source, withOwnHashes } from '../../src/lib/csp.ts';

const STYLE = 'body{margin:0}';
const LOADER = 'import("/_astro/site.js")';

/** A built page in miniature, with the policy BaseLayout writes, before its hashes. */
const page = (
  head = `<style>${STYLE}</style>`,
  body = `<p>x</p><script type="module">${LOADER}</script>`,
  policy = pagePolicy(),
) =>
  Buffer.from(
    `<html><head><meta http-equiv="content-security-policy" content="${policy}">${head}` +
      `<script type="application/ld+json">{"@type":"WebSite"}</script></head><body>${body}` +
      `<script type="module" src="/x.js"></script></body></html>`,
  );

const policyOf = (html: Buffer) => /content="([^"]*)"/.exec(html.toString())?.[1];

describe('sha256Source', () => {
  it('gives the source a browser compares with an inline element’s text', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    // The SHA-256 test vector of FIPS 180-2, "abc", in base64.
    expect(sha256Source('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });
});

describe('pagePolicy', () => {
  it('is the policy of every page, with the hashes given, each once, after the sources of its directive', () => {
    expect(pagePolicy()).toBe(
      `${POLICY.directives.join('; ')}; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`,
    );
    expect(pagePolicy({ scripts: ["'sha256-a='", "'sha256-a='"], styles: ["'sha256-b='", "'sha256-c='"] })).toBe(
      `${POLICY.directives.join('; ')}; script-src 'self' 'wasm-unsafe-eval' 'sha256-a='; style-src 'self' 'sha256-b=' 'sha256-c='`,
    );
  });

  it('allows nothing inline without a hash, and nothing from another origin', () => {
    expect(pagePolicy()).not.toMatch(/unsafe-inline|https?:|\*/);
  });
});

describe('withOwnHashes', () => {
  it('allows the page’s inline styles and the loaders the site wrote, by their hashes, and nothing else', () => {
    expect(policyOf(withOwnHashes(page(), 'index.html', [LOADER]))).toBe(
      pagePolicy({ scripts: [sha256Source(LOADER)], styles: [sha256Source(STYLE)] }),
    );
  });

  it('hashes every style in the head, over its UTF-8 bytes as browsers do', () => {
    const other = 'p::before{content:"가"}';
    const html = page(`<style>${STYLE}</style><style media="print">${other}</style>`, '');
    expect(policyOf(withOwnHashes(html, 'index.html'))).toBe(
      pagePolicy({ scripts: [], styles: [sha256Source(STYLE), sha256Source(other)] }),
    );
  });

  it('changes nothing else in the page', () => {
    const html = page();
    const finished = withOwnHashes(html, 'index.html', [LOADER]).toString();
    expect(finished.replace(/content="[^"]*"/, '')).toBe(html.toString().replace(/content="[^"]*"/, ''));
  });

  it('takes no other element starting with <s for a script or style', () => {
    const html = page('', '<section><span>a</span><svg></svg><styled-box>b</styled-box><scripts>c</scripts></section>');
    expect(policyOf(withOwnHashes(html, 'index.html'))).toBe(pagePolicy());
  });

  it('refuses inline code the site did not write, naming the file and the code', () => {
    expect(() => withOwnHashes(page(), 'articles/x/index.html')).toThrow(
      `articles/x/index.html: an inline <script> the site did not write, which its policy would refuse: ${LOADER}`,
    );
    expect(() => withOwnHashes(page('', '<script>alert(1)</script>'), 'a/index.html')).toThrow(
      'a/index.html: an inline <script> the site did not write, which its policy would refuse: alert(1)',
    );
    expect(() => withOwnHashes(page('', `<style>${STYLE}</style>`), 'a/index.html')).toThrow(
      'a/index.html: an inline <style> outside the head, which its policy would refuse',
    );
  });

  it('refuses a page without exactly one policy', () => {
    expect(() => withOwnHashes(Buffer.from('<html><style>p{}</style></html>'), '404.html')).toThrow(
      '404.html: expected one <meta http-equiv="content-security-policy">, found 0',
    );
    const twice = Buffer.from(
      page().toString().replace('<head>', `<head><meta http-equiv="content-security-policy" content="">`),
    );
    expect(() => withOwnHashes(twice, 'index.html', [LOADER])).toThrow('found 2');
  });
});

describe('hasPolicy', () => {
  it('tells a built page, which carries a policy, from one astro dev wrote', () => {
    expect(hasPolicy(page())).toBe(true);
    expect(hasPolicy(Buffer.from('<html><head><style>p{}</style></head></html>'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { hasPolicy, pagePolicy, POLICY, sha256Source } from '../../src/lib/csp.ts';
import { loaderFor } from '../../src/lib/deferredScripts.ts';
import { finishPage } from '../../src/lib/finishPage.ts';

const STYLE = 'body{margin:0}';
const SCRIPT = '/_astro/site.js';

/** A built page in miniature, as Astro renders it: the policy BaseLayout writes, before its hashes. */
const page = (head = `<style>${STYLE}</style>`, body = `<p>x</p><script type="module" src="${SCRIPT}"></script>`) =>
  Buffer.from(
    `<html><head><meta http-equiv="content-security-policy" content="${pagePolicy()}">${head}` +
      `<script type="application/ld+json">{"@type":"WebSite"}</script></head><body>${body}</body></html>`,
  );

/** The page as the build writes it (src/middleware.ts). */
const finished = (html: Buffer, file = 'index.html') => Buffer.concat(finishPage(html, file) ?? [html]).toString();
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

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

describe('a finished page’s policy', () => {
  it('allows the page’s inline styles and the loader of its script, by their hashes, and nothing else', () => {
    expect(policyOf(finished(page()))).toBe(
      pagePolicy({ scripts: [sha256Source(loaderFor(SCRIPT))], styles: [sha256Source(STYLE)] }),
    );
  });

  it('hashes every style in the head, over its UTF-8 bytes as browsers do', () => {
    const other = 'p::before{content:"가"}';
    const html = page(`<style>${STYLE}</style><style media="print">${other}</style>`, '');
    expect(policyOf(finished(html))).toBe(
      pagePolicy({ scripts: [], styles: [sha256Source(STYLE), sha256Source(other)] }),
    );
  });

  it('changes nothing else in the page but the script tag', () => {
    const html = page();
    const expected = html
      .toString()
      .replace(/content="[^"]*"/, '')
      .replace(
        `<script type="module" src="${SCRIPT}"></script>`,
        `<script type="module">${loaderFor(SCRIPT)}</script>`,
      );
    expect(finished(html).replace(/content="[^"]*"/, '')).toBe(expected);
  });

  it('takes no other element starting with <s for a script or style', () => {
    const html = page('', '<section><span>a</span><svg></svg><styled-box>b</styled-box><scripts>c</scripts></section>');
    expect(policyOf(finished(html))).toBe(pagePolicy());
  });

  it('refuses inline code the site did not write, naming the file and the code', () => {
    expect(() => finished(page('', '<script>alert(1)</script>'), 'articles/x/index.html')).toThrow(
      'articles/x/index.html: an inline <script> the site did not write, which its policy would refuse: alert(1)',
    );
    expect(() => finished(page('', `<style>${STYLE}</style>`), 'a/index.html')).toThrow(
      'a/index.html: an inline <style> outside the head, which its policy would refuse',
    );
  });

  it('refuses a page with more than one policy, and leaves one without a policy (astro dev) as it is', () => {
    const twice = Buffer.from(
      page().toString().replace('<head>', `<head><meta http-equiv="content-security-policy" content="">`),
    );
    expect(() => finished(twice)).toThrow(
      'index.html: expected one <meta http-equiv="content-security-policy">, found 2',
    );
    expect(finishPage(Buffer.from('<html><head><style>p{}</style></head></html>'), 'index.html')).toBeUndefined();
  });
});

describe('hasPolicy', () => {
  it('tells a built page, which carries a policy, from one astro dev wrote', () => {
    expect(hasPolicy(page())).toBe(true);
    expect(hasPolicy(Buffer.from('<html><head><style>p{}</style></head></html>'))).toBe(false);
  });
});

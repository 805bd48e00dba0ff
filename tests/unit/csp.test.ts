import { describe, expect, it } from 'vitest';
import { hasPolicy, inlineHashes, keepOwnHashes, sha256Source } from '../../src/lib/csp.ts';

const STYLE = 'body{margin:0}';
const SCRIPT = 'console.log(1)';
const OTHER = sha256Source('a style of another page');

/** A built page in miniature, with a policy as Astro writes it: every hash of the site. */
const page = (policy: string, body = `<style>${STYLE}</style><script type="module">${SCRIPT}</script>`) =>
  Buffer.from(
    `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}` +
      `<script type="application/ld+json">{"@type":"WebSite"}</script><script type="module" src="/x.js"></script></head></html>`,
  );

const policyOf = (html: Buffer) => /content="([^"]*)"/.exec(html.toString())?.[1];

describe('sha256Source', () => {
  it('gives the source a browser compares with an inline element’s text', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    // The SHA-256 test vector of FIPS 180-2, "abc", in base64.
    expect(sha256Source('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });
});

describe('inlineHashes', () => {
  it('hashes inline styles and scripts, not data blocks or external scripts', () => {
    expect(inlineHashes(page(''))).toEqual({ scripts: [sha256Source(SCRIPT)], styles: [sha256Source(STYLE)] });
  });

  it('counts a classic script and one typed as JavaScript, and a style with attributes', () => {
    const html = Buffer.from(
      `<script>a()</script><script type="text/javascript">b()</script><style media="print">p{}</style>`,
    );
    expect(inlineHashes(html)).toEqual({
      scripts: [sha256Source('a()'), sha256Source('b()')],
      styles: [sha256Source('p{}')],
    });
  });
});

describe('inlineHashes over the page’s bytes', () => {
  it('hashes text in any script as browsers do, over its UTF-8', () => {
    const html = Buffer.from('<p>서울</p><style>p::before{content:"가"}</style><script>x("한")</script>');
    expect(inlineHashes(html)).toEqual({
      scripts: [sha256Source('x("한")')],
      styles: [sha256Source('p::before{content:"가"}')],
    });
  });

  it('takes no other element starting with <s for a script or style', () => {
    const html = Buffer.from(
      '<section><span>a</span><svg></svg><styled-box>b</styled-box><scripts>c</scripts></section>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });
});

describe('keepOwnHashes', () => {
  it('keeps the page’s own hashes and every other source and directive, and drops the rest', () => {
    const policy = `default-src 'self';object-src 'none'; script-src 'self' ${OTHER} ${sha256Source(SCRIPT)}; style-src 'self' ${sha256Source(STYLE)} ${OTHER};`;
    expect(policyOf(keepOwnHashes(page(policy), 'index.html'))).toBe(
      `default-src 'self'; object-src 'none'; script-src 'self' ${sha256Source(SCRIPT)}; style-src 'self' ${sha256Source(STYLE)}`,
    );
  });

  it('leaves a page without inline script only the non-hash sources of script-src', () => {
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' ${OTHER}; style-src ${sha256Source(STYLE)}`,
      `<style>${STYLE}</style>`,
    );
    expect(policyOf(keepOwnHashes(html, 'a/index.html'))).toBe(
      `script-src 'self' 'wasm-unsafe-eval'; style-src ${sha256Source(STYLE)}`,
    );
  });

  it('changes nothing else in the page', () => {
    const html = page(`style-src ${sha256Source(STYLE)}; script-src ${sha256Source(SCRIPT)}`);
    expect(keepOwnHashes(html, 'index.html').toString()).toBe(html.toString());
  });

  it('refuses a page with inline code its policy does not allow, naming the file, the directive and the hash', () => {
    const policy = `script-src 'self' ${sha256Source(SCRIPT)}; style-src 'self' ${OTHER}`;
    expect(() => keepOwnHashes(page(policy), 'articles/x/index.html')).toThrow(
      `articles/x/index.html: style-src of its policy lacks the hashes ${sha256Source(STYLE)} of inline code in the page`,
    );
  });

  it('refuses a page without exactly one policy', () => {
    expect(() => keepOwnHashes(Buffer.from('<html><style>p{}</style></html>'), '404.html')).toThrow(
      '404.html: expected one <meta http-equiv="content-security-policy">, found 0',
    );
    const twice = Buffer.from(
      page("style-src 'self'")
        .toString()
        .replace('<head>', `<head><meta http-equiv="content-security-policy" content="">`),
    );
    expect(() => keepOwnHashes(twice, 'index.html')).toThrow('found 2');
  });
});

describe('keepOwnHashes with scripts the site wrote after Astro', () => {
  const LOADER = 'import("/_astro/site.js")';
  const withLoader = (policy: string) =>
    page(policy, `<style>${STYLE}</style><script type="module">${LOADER}</script>`);

  it('allows them by their hashes, which Astro’s policy lacks, after the sources kept', () => {
    const html = withLoader(`default-src 'self'; script-src 'self' ${OTHER}; style-src ${sha256Source(STYLE)}`);
    expect(policyOf(keepOwnHashes(html, 'index.html', [LOADER, LOADER]))).toBe(
      `default-src 'self'; script-src 'self' ${sha256Source(LOADER)}; style-src ${sha256Source(STYLE)}`,
    );
  });

  it('still refuses other inline code the policy does not allow', () => {
    const html = withLoader(`script-src 'self'; style-src 'self'`);
    expect(() => keepOwnHashes(html, 'index.html', [LOADER])).toThrow(
      `index.html: style-src of its policy lacks the hashes ${sha256Source(STYLE)}`,
    );
    expect(() =>
      keepOwnHashes(withLoader(`script-src 'self'; style-src ${sha256Source(STYLE)}`), 'index.html'),
    ).toThrow(`index.html: script-src of its policy lacks the hashes ${sha256Source(LOADER)}`);
  });
});

describe('hasPolicy', () => {
  it('tells a built page, which carries a policy, from one astro dev wrote', () => {
    expect(hasPolicy(page("script-src 'self'"))).toBe(true);
    expect(hasPolicy(Buffer.from('<html><head><style>p{}</style></head></html>'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { pagePolicy, policyMeta, POLICY } from '../../src/lib/csp.ts';

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

describe('policyMeta', () => {
  it('is the <meta> tag that carries the policy, its value written as an attribute', () => {
    const hashes = { scripts: ["'sha256-a+/='"], styles: [] };
    expect(policyMeta(hashes)).toBe(`<meta http-equiv="content-security-policy" content="${pagePolicy(hashes)}">`);
    expect(policyMeta({ scripts: ['"&'], styles: [] })).toContain("'wasm-unsafe-eval' &quot;&amp;; style-src");
  });
});

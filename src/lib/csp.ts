/**
 * The Content-Security-Policy of every page: the site's own directives, and the one `<meta>` tag that
 * carries them with the hashes of a page's inline code. The build writes that tag into each page as it
 * finishes it (src/node/finishPage.ts); this module only says what the policy is
 * (docs/deploy.md, "Security headers" and "Changing the policy").
 */

/** The policy of every page, before the hashes of its own inline code (docs/deploy.md, "Changing the policy"). */
export const POLICY = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  // The site's scripts, and 'wasm-unsafe-eval' for the search's WebAssembly (Pagefind).
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
} as const;

/** Hash sources (`'sha256-…'`) of a page's inline scripts and styles. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

const NONE: InlineHashes = { scripts: [], styles: [] };

/** The policy allowing the inline code with these hashes, each once, after the sources of its directive. */
export function pagePolicy(hashes: InlineHashes = NONE): string {
  return [
    ...POLICY.directives,
    ['script-src', ...POLICY.scriptSources, ...new Set(hashes.scripts)].join(' '),
    ['style-src', ...POLICY.styleSources, ...new Set(hashes.styles)].join(' '),
  ].join('; ');
}

/** The `<meta>` tag that gives a page its policy: it covers what comes after it, so it goes before any inline code. */
export function policyMeta(hashes: InlineHashes = NONE): string {
  const content = pagePolicy(hashes).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<meta http-equiv="content-security-policy" content="${content}">`;
}

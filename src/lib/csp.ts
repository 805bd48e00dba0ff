/**
 * Each page's Content-Security-Policy: a `<meta>` tag at the top of its head (BaseLayout writes
 * `pagePolicy()` there in a build), completed as the page is built with the hashes of the inline code
 * the site put in it, and nothing else: the page's CSS, which Astro inlines in the head, and the
 * loaders of its scripts (src/lib/deferredScripts.ts). Any other inline script or style fails the
 * build, naming the page: published, it would be refused (docs/deploy.md, "Security headers").
 * Pages are read and written as Astro rendered them, as UTF-8 bytes: every built page passes
 * through here, and decoding and encoding each again cost seconds at 20,000 pages.
 */
import { hash } from 'node:crypto';
import type { PageEdit } from './pageEdits.ts';
import { memoized } from './memoize.ts';

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

/** The policy as a `<meta>` tag's content, allowing the inline code with these hashes. */
export function pagePolicy(hashes: { scripts: readonly string[]; styles: readonly string[] } = NONE): string {
  return [
    ...POLICY.directives,
    ['script-src', ...POLICY.scriptSources, ...new Set(hashes.scripts)].join(' '),
    ['style-src', ...POLICY.styleSources, ...new Set(hashes.styles)].join(' '),
  ].join('; ');
}

const NONE = { scripts: [], styles: [] };
const META = '<meta http-equiv="content-security-policy" content="';
const INLINE_TAGS = ['script', 'style'] as const;

/** Whether a page carries a `<meta>` policy: every built page does; `astro dev` writes none. */
export function hasPolicy(html: Buffer): boolean {
  return html.includes(META);
}

/** Hashes already computed: every page has the same script loader. */
const hashOf = new Map<string, string>();

/** The CSP source for a text's SHA-256 hash, as browsers compute it: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return memoized(hashOf, text, () => sha256OfBytes(Buffer.from(text)));
}

/** The same for text already in UTF-8 bytes, as an inline element's text is in a built page. */
function sha256OfBytes(bytes: Uint8Array): string {
  return `'sha256-${hash('sha256', bytes, 'base64')}'`;
}

/**
 * The edit that completes the page's policy (its bytes as Astro wrote them): allowing its inline
 * styles in the head and the `loaders` the site writes into it (src/lib/deferredScripts.ts) by their
 * hashes. Throws, naming `file`, when the page has no policy or more than one, or has other inline
 * code: an inline script (the site writes none but the loaders), or a style outside the head.
 */
export function ownPolicy(html: Buffer, file: string, loaders: readonly string[]): PageEdit {
  // Found by plain search, not a pattern: it is in the head, and the rest is only checked for another.
  const start = html.indexOf(META);
  const end = html.indexOf('"', start + META.length);
  const found = start === -1 ? 0 : html.indexOf(META, start + 1) === -1 ? 1 : countOf(html, META);
  if (found !== 1 || end === -1) {
    throw new Error(`${file}: expected one <meta http-equiv="content-security-policy">, found ${found}`);
  }
  const headEnd = html.indexOf('</head>');
  const styles: string[] = [];
  for (const { tag, at, attributes, code } of inlineElements(html)) {
    if (tag === 'style') {
      if (at > headEnd) throw new Error(`${file}: an inline <style> outside the head, which its policy would refuse`);
      styles.push(sha256OfBytes(code));
    } else if (!/\bsrc=/.test(attributes) && isJavaScript(attributes)) {
      throw new Error(
        `${file}: an inline <script> the site did not write, which its policy would refuse: ${code.toString().slice(0, 60)}`,
      );
    }
  }
  return { start: start + META.length, end, text: pagePolicy({ scripts: loaders.map(sha256Source), styles }) };
}

/** Each `<script>` and `<style>` element of a page, found by plain search: where it starts, its attributes and its text's bytes. */
function* inlineElements(
  html: Buffer,
): Generator<{ tag: 'script' | 'style'; at: number; attributes: string; code: Buffer }> {
  for (let at = html.indexOf('<s'); at !== -1; at = html.indexOf('<s', at + 2)) {
    const tag = INLINE_TAGS.find((name) => html.toString('latin1', at + 1, at + 1 + name.length) === name);
    const after = tag && html[at + 1 + tag.length];
    // `<scripts>` or `<styled>` are other elements: the name ends at a space, a slash or the tag's end.
    if (!tag || after === undefined || !/[\s/>]/.test(String.fromCharCode(after))) continue;
    const open = html.indexOf('>', at);
    const close = html.indexOf(`</${tag}>`, open);
    if (open === -1 || close === -1) return;
    yield {
      tag,
      at,
      attributes: html.toString('utf8', at + 1 + tag.length, open),
      code: html.subarray(open + 1, close),
    };
    at = close;
  }
}

function isJavaScript(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript';
}

function countOf(html: Buffer, text: string): number {
  let count = 0;
  for (let at = html.indexOf(text); at !== -1; at = html.indexOf(text, at + 1)) count += 1;
  return count;
}

/**
 * Each page's own Content-Security-Policy. Astro's `security.csp` writes the same `<meta>` policy
 * into every page, listing the hash of every inline script and style of the whole site and of
 * Astro's island scripts, which this site has none of. A page needs only its own: keeping just those
 * allows nothing else to run, and keeps the first screen's one response small (docs/deploy.md,
 * "Security headers"; docs/performance.md). Pages are read and written as Astro rendered them, as
 * UTF-8 bytes: every built page passes through here, and decoding and encoding each again cost
 * seconds at 20,000 pages.
 */
import { createHash } from 'node:crypto';
import { remembered } from './remembered.ts';

const META = '<meta http-equiv="content-security-policy" content="';
const HASH = /^'sha(256|384|512)-[\w+/]+=*'$/;
const INLINE_TAGS = ['script', 'style'] as const;

/** Whether a page carries a `<meta>` policy: every built page does; `astro dev` writes none. */
export function hasPolicy(html: Buffer): boolean {
  return html.includes(META);
}

/** Hashes already computed: every page has the same script loader. */
const hashOf = new Map<string, string>();

/** The CSP source for a text's SHA-256 hash, as browsers compute it: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return remembered(hashOf, text, () => sha256OfBytes(Buffer.from(text)));
}

/** The same for text already in UTF-8 bytes, as an inline element's text is in a built page. */
function sha256OfBytes(bytes: Uint8Array): string {
  return `'sha256-${createHash('sha256').update(bytes).digest('base64')}'`;
}

/** The hash sources of a page's inline scripts and styles; data blocks (JSON-LD) and external scripts need none. */
export function inlineHashes(html: Buffer): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const { tag, attributes, code } of inlineElements(html)) {
    if (tag === 'style') styles.push(sha256OfBytes(code));
    else if (!/\bsrc=/.test(attributes) && isJavaScript(attributes)) scripts.push(sha256OfBytes(code));
  }
  return { scripts, styles };
}

/** Each `<script>` and `<style>` element of a page, found by plain search: its attributes and its text's bytes. */
function* inlineElements(html: Buffer): Generator<{ tag: 'script' | 'style'; attributes: string; code: Buffer }> {
  for (let at = html.indexOf('<s'); at !== -1; at = html.indexOf('<s', at + 2)) {
    const tag = INLINE_TAGS.find((name) => html.toString('latin1', at + 1, at + 1 + name.length) === name);
    const after = tag && html[at + 1 + tag.length];
    // `<scripts>` or `<styled>` are other elements: the name ends at a space, a slash or the tag's end.
    if (!tag || after === undefined || !/[\s/>]/.test(String.fromCharCode(after))) continue;
    const open = html.indexOf('>', at);
    const close = html.indexOf(`</${tag}>`, open);
    if (open === -1 || close === -1) return;
    yield { tag, attributes: html.toString('utf8', at + 1 + tag.length, open), code: html.subarray(open + 1, close) };
    at = close;
  }
}

function isJavaScript(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript';
}

/**
 * The page with its `<meta>` policy keeping, in `script-src` and `style-src`, only the hashes of the
 * page's own inline scripts and styles. Inline scripts the site itself wrote into the page after
 * Astro (`written`, src/lib/deferredScripts.ts) are allowed by their hashes too. Throws, naming
 * `file`, when the page has no policy or has other inline code its policy does not allow: published,
 * that code would be refused.
 */
export function keepOwnHashes(html: Buffer, file: string, written: readonly string[] = []): Buffer<ArrayBuffer> {
  // Found by plain search, not a pattern: it is in the head, and the rest is only checked for another.
  const start = html.indexOf(META);
  const end = html.indexOf('"', start + META.length);
  const found = start === -1 ? 0 : html.indexOf(META, start + 1) === -1 ? 1 : countOf(html, META);
  if (found !== 1 || end === -1) {
    throw new Error(`${file}: expected one <meta http-equiv="content-security-policy">, found ${found}`);
  }
  const own = inlineHashes(html);
  const added = new Set(written.map(sha256Source));
  const policy = html.toString('utf8', start + META.length, end);
  const kept = policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const needed = name === 'script-src' ? own.scripts : name === 'style-src' ? own.styles : undefined;
      if (!needed) return directive.trim();
      const missing = needed.filter((hash) => !sources.includes(hash) && !added.has(hash));
      if (missing.length > 0) {
        throw new Error(
          `${file}: ${name} of its policy lacks the hashes ${missing.join(' ')} of inline code in the page`,
        );
      }
      const keptSources = sources.filter((source) => !HASH.test(source) || needed.includes(source));
      const addedHere = name === 'script-src' ? [...added].filter((hash) => !keptSources.includes(hash)) : [];
      return [name, ...keptSources, ...addedHere].join(' ');
    })
    .filter((directive) => directive !== '')
    .join('; ');
  return Buffer.concat([html.subarray(0, start + META.length), Buffer.from(kept), html.subarray(end)]);
}

function countOf(html: Buffer, text: string): number {
  let count = 0;
  for (let at = html.indexOf(text); at !== -1; at = html.indexOf(text, at + 1)) count += 1;
  return count;
}

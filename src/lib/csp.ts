/**
 * Each page's own Content-Security-Policy. Astro's `security.csp` writes the same `<meta>` policy
 * into every page, listing the hash of every inline script and style of the whole site and of
 * Astro's island scripts, which this site has none of. A page needs only its own: keeping just those
 * allows nothing else to run, and keeps the first screen's one response small (docs/deploy.md,
 * "Security headers"; docs/performance.md).
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const HASH = /^'sha(256|384|512)-[\w+/]+=*'$/;

/** The CSP source for a text's SHA-256 hash, as browsers compute it: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of a page's inline scripts and styles; data blocks (JSON-LD) and external scripts need none. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const styles = [...html.matchAll(STYLE)].map((match) => sha256Source(match[1]!));
  const scripts = [...html.matchAll(SCRIPT)]
    .filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && isJavaScript(attributes))
    .map((match) => sha256Source(match[2]!));
  return { scripts, styles };
}

function isJavaScript(attributes: string): boolean {
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript';
}

/**
 * The page with its `<meta>` policy allowing, beside what it allows already, the inline scripts
 * `codes` that the site itself writes into the page after Astro (src/lib/deferredScripts.ts).
 */
export function allowInlineScripts(html: string, codes: readonly string[]): string {
  if (codes.length === 0) return html;
  const hashes = [...new Set(codes.map(sha256Source))].join(' ');
  return html.replace(META, (tag, policy: string) =>
    tag.replace(
      policy,
      policy.replace(/(^|;\s*)script-src\b/, (directive) => `${directive} ${hashes}`),
    ),
  );
}

/**
 * The page with its `<meta>` policy keeping, in `script-src` and `style-src`, only the hashes of the
 * page's own inline scripts and styles. Throws, naming `file`, when the page has no policy or has
 * inline code its policy does not allow: published, that code would be refused.
 */
export function keepOwnHashes(html: string, file: string): string {
  const metas = [...html.matchAll(META)];
  if (metas.length !== 1) {
    throw new Error(`${file}: expected one <meta http-equiv="content-security-policy">, found ${metas.length}`);
  }
  const own = inlineHashes(html);
  const policy = metas[0]![1]!;
  const kept = policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const needed = name === 'script-src' ? own.scripts : name === 'style-src' ? own.styles : undefined;
      if (!needed) return directive.trim();
      const missing = needed.filter((hash) => !sources.includes(hash));
      if (missing.length > 0) {
        throw new Error(
          `${file}: ${name} of its policy lacks the hashes ${missing.join(' ')} of inline code in the page`,
        );
      }
      return [name, ...sources.filter((source) => !HASH.test(source) || needed.includes(source))].join(' ');
    })
    .filter((directive) => directive !== '')
    .join('; ');
  return html.replace(metas[0]![0], `<meta http-equiv="content-security-policy" content="${kept}">`);
}

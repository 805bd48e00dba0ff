/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages share: a URL pattern on a line of
 * its own, then its headers indented below it, `Name: value`, and on Cloudflare Pages `! Name` to
 * detach a header an earlier rule set. The two hosts combine the rules that match a path differently
 * (`headersForPath`). The tests serve the site with these headers, so what is checked is what those
 * hosts send.
 */

/** One block of the file: a pattern and the headers of every URL it matches. */
export interface HeaderRule {
  /** A path from the site root; `*` matches anything (slashes included), `:name` one path segment. */
  pattern: string;
  headers: [name: string, value: string][];
  /** Headers set by earlier matching rules that this rule takes away (`! Name`): Cloudflare Pages only. */
  detach: string[];
}

/** The hosts that read `_headers`, each combining the rules that match a path in its own way. */
export const HEADERS_HOSTS = ['cloudflare', 'netlify'] as const;

/** A host that reads `_headers`. */
export type HeadersHost = (typeof HEADERS_HOSTS)[number];

/** The rules of a `_headers` file, in file order; `#` comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s+!\s*(\S+)\s*$/.exec(line)?.[1];
    if (rule && detached) {
      rule.detach.push(detached);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon === -1)
      throw new SyntaxError(
        `_headers line ${index + 1}: expected "  Name: value" under a path, found "${line.trim()}"`,
      );
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a URL path matches a rule's pattern. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for a path, from the rules that match it, in file order. A header set
 * twice within one rule gets both values, joined with ", ", on both hosts. Across rules they differ:
 * - Cloudflare Pages sends the headers of every matching rule, joining the values of a header more
 *   than one sets; a rule's `! Name` first takes away what the rules before it set
 *   (developers.cloudflare.com/pages/configuration/headers);
 * - Netlify sends, for each header, the value of the last matching rule that sets it, and skips
 *   `! Name` lines, which have no colon (as its own engine does: netlify/build's headers-parser and
 *   @netlify/headers' `headersForPath`).
 */
export function headersForPath(
  rules: readonly HeaderRule[],
  pathname: string,
  host: HeadersHost = 'cloudflare',
): Record<string, string> {
  const headers = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    if (host === 'cloudflare') for (const name of rule.detach) headers.delete(name.toLowerCase());
    const setHere = new Set<string>();
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = host === 'netlify' && !setHere.has(key) ? undefined : headers.get(key);
      headers.set(key, { name: earlier?.name ?? name, values: [...(earlier?.values ?? []), value] });
      setHere.add(key);
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, values }) => [name, values.join(', ')]));
}

/** A Content-Security-Policy split into its directives: `{ 'script-src': ["'self'"], … }`. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages share: a URL pattern on a line of
 * its own, then its headers indented below it, `Name: value`. The tests serve the site with these
 * headers, so what is checked is what those hosts send.
 */

/** One block of the file: a pattern and the headers of every URL it matches. */
export interface HeaderRule {
  /** A path from the site root; `*` matches anything (slashes included), `:name` one path segment. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file, in file order; `#` comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
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
 * The headers a host sends for a path: those of every matching rule, in file order; a header set by
 * more than one rule gets the values joined with ", ", as both hosts do.
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const entry = headers.get(key) ?? { name, values: [] };
      entry.values.push(value);
      headers.set(key, entry);
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

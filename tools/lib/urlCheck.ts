/**
 * Requests outside addresses with linkinator and says of each whether it is live, dead (gone for
 * good: 404, 410, no such host, connection refused) or could not be verified (the site refused a
 * robot, was down for a moment, or did not answer in time), so only a link that is really gone fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

/** What a check says of an address. */
export interface UrlVerdict {
  state: 'live' | 'dead' | 'unverified';
  /** The answer in words: `404 Not Found`, `connection refused`, `timed out`. */
  reason: string;
}

/** How the addresses are requested. */
export interface UrlCheckOptions {
  /** Milliseconds to wait for an answer to one request. */
  timeout: number;
  /** How many more times a request is tried after a passing failure: a 5xx or 429 answer, no connection, a timeout. */
  retries: number;
  /** How many requests are open at once. */
  concurrency: number;
}

/** Patient enough for slow news sites far away, gentle enough not to look like an attack. */
export const URL_CHECK_OPTIONS: UrlCheckOptions = { timeout: 20_000, retries: 2, concurrency: 8 };

/** A desktop browser's User-Agent: many news sites answer an unknown client with 403 whether the page exists or not. */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

/** Answers that mean the page is gone; any other failure may be the site refusing robots. */
const GONE_STATUSES: ReadonlySet<number> = new Set([404, 410]);

/** Network errors that mean the address leads nowhere, by Node's error code. */
const GONE_ERRORS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'no such host',
  ECONNREFUSED: 'connection refused',
};

/** Checks every item's `url`, each distinct address once, and returns the items with their verdicts, in order. */
export async function checkUrls<T extends { url: string }>(
  items: readonly T[],
  options: UrlCheckOptions = URL_CHECK_OPTIONS,
): Promise<Array<T & { verdict: UrlVerdict }>> {
  const addresses = [...new Set(items.map((item) => requestedUrl(item.url)))];
  const results = addresses.length === 0 ? new Map<string, LinkResult>() : await requestAll(addresses, options);
  return items.map((item) => {
    const result = results.get(requestedUrl(item.url));
    return { ...item, verdict: result ? verdictOf(result) : { state: 'unverified', reason: 'not checked' } };
  });
}

/** The verdict on one of linkinator's results. */
export function verdictOf(result: Pick<LinkResult, 'state' | 'status' | 'failureDetails'>): UrlVerdict {
  const status = result.status ?? 0;
  if (result.state === LinkState.OK) return { state: 'live', reason: statusText(status) };
  if (status === 0) return errorVerdict(result.failureDetails ?? []);
  return { state: GONE_STATUSES.has(status) ? 'dead' : 'unverified', reason: statusText(status) };
}

/**
 * linkinator checks the links of a page, not a list of addresses: it is given a page that links to
 * every address, and requests each without reading the page it leads to (`recurse: false`).
 */
async function requestAll(addresses: readonly string[], options: UrlCheckOptions): Promise<Map<string, LinkResult>> {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  try {
    const page = join(dir, 'links.html');
    writeFileSync(page, addresses.map((url) => `<a href="${escapeAttribute(url)}"></a>\n`).join(''));
    const { links } = await new LinkChecker().check({
      path: page,
      recurse: false,
      timeout: options.timeout,
      retryErrors: true,
      retryErrorsCount: options.retries,
      retryErrorsJitter: 1000,
      concurrency: options.concurrency,
      userAgent: BROWSER_USER_AGENT,
    });
    // The page itself is a result too, the only one without a parent.
    return new Map(links.filter((link) => link.parent !== undefined).map((link) => [link.url, link]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An address as linkinator requests and reports it: normalised, without the `#fragment` a server never sees. */
function requestedUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function errorVerdict(details: ReadonlyArray<unknown>): UrlVerdict {
  const error = details.findLast((detail): detail is Error => detail instanceof Error);
  if (!error) return { state: 'unverified', reason: 'no answer' };
  if (error.name === 'TimeoutError') return { state: 'unverified', reason: 'timed out' };
  // fetch reports a network failure as "fetch failed", with the system's error as its cause.
  const code = errorCode(error.cause) ?? errorCode(error);
  const gone = code === undefined ? undefined : GONE_ERRORS[code];
  return gone ? { state: 'dead', reason: gone } : { state: 'unverified', reason: code ?? error.message };
}

function errorCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function statusText(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : String(status);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

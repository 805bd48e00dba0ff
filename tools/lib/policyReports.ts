/**
 * Serves a built site with its own headers (`_headers`) and has every browser report each
 * Content-Security-Policy violation back to the server, from the first byte of a page, whatever
 * the engine and its driver can see: each page is also sent its own `<meta>` policy as a
 * `Content-Security-Policy-Report-Only` header with a `report-uri`, so whatever the enforced
 * policy refuses, the same policy reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFromFile, serveStatic, type StaticSite } from './staticServer.ts';

/** The site served, and the violations its pages reported. */
export interface ReportingSite extends StaticSite {
  /** One line per violation reported since the last `clear()`: the directive, what it blocked and on which page. */
  violations(): string[];
  clear(): void;
}

const REPORT_PATH = '/__csp-reports';
/** The policy a built page carries (src/lib/csp.ts writes exactly this tag). */
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** The `<meta>` policy of a page's HTML, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const content = META_POLICY.exec(html)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** A violation report as one line (the `application/csp-report` body browsers post to a `report-uri`). */
export function describeReport(body: string): string {
  try {
    const report = (JSON.parse(body) as { 'csp-report'?: Record<string, unknown> })['csp-report'] ?? {};
    const field = (name: string) => String(report[name] ?? '');
    return `${field('effective-directive') || field('violated-directive')} blocked ${field('blocked-uri') || 'inline code'} on ${field('document-uri')}`;
  } catch {
    return `an unreadable report: ${body.slice(0, 200)}`;
  }
}

/** Serves `dir` at `/` with its `_headers` and the report-only twin of each page's policy. */
export async function serveReportingPolicy(dir: string): Promise<ReportingSite> {
  const ownHeaders = headersFromFile(join(dir, '_headers'));
  let violations: string[] = [];
  const site = await serveStatic(
    dir,
    '/',
    (sitePath) => {
      const page = htmlFile(dir, sitePath);
      const policy = page && metaPolicy(readFileSync(page, 'utf8'));
      return {
        ...ownHeaders(sitePath),
        ...(policy ? { 'Content-Security-Policy-Report-Only': `${policy}; report-uri ${REPORT_PATH}` } : {}),
      };
    },
    { reports: { path: REPORT_PATH, receive: (body) => violations.push(describeReport(body)) } },
  );
  return {
    ...site,
    violations: () => [...violations],
    clear: () => {
      violations = [];
    },
  };
}

/** The HTML file a static host answers a path with (`/ko/` → `ko/index.html`), if there is one. */
function htmlFile(dir: string, sitePath: string): string | undefined {
  const candidate = sitePath.endsWith('/')
    ? join(dir, sitePath, 'index.html')
    : sitePath.endsWith('.html')
      ? join(dir, sitePath)
      : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
}

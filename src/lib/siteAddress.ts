/**
 * `SITE_URL` and `BASE_PATH`, the deployer's interface (docs/deploy.md), read once: the site's public
 * origin and the path it is served under, or what is wrong with them in words that name the variable.
 */
import { normalizeBase } from './urls.ts';

/** Where the site is published: its origin (`https://example.org`) and its base path (`/timeline/`). */
export interface SiteAddress {
  site: string;
  base: string;
}

/** The origin `astro dev` and `astro preview` serve, and a build uses when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The address the variables give, or a report of every problem with them (one line each, no stack). */
export type SiteAddressReading = { ok: true; address: SiteAddress } | { ok: false; report: string };

/** Reads `SITE_URL` and `BASE_PATH` from an environment; unset (or empty), they are the defaults. */
export function readSiteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddressReading {
  const problems: string[] = [];
  const written = env['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  const basePath = env['BASE_PATH']?.trim() ?? '';
  const origin = siteOrigin(written, basePath, problems);
  if (basePath !== '' && !/^[/A-Za-z0-9._~-]*$/.test(basePath)) {
    problems.push(
      `BASE_PATH: found ${JSON.stringify(basePath)}; expected the path the site is served under, in letters, digits, - . _ ~ and /, such as /timeline/`,
    );
  }
  if (problems.length > 0 || origin === undefined) {
    return {
      ok: false,
      report: [
        'The site address is not set right:',
        ...problems.map((line) => `  ${line}`),
        'See docs/deploy.md ("One build, two variables").',
      ].join('\n'),
    };
  }
  return { ok: true, address: { site: origin, base: normalizeBase(basePath) } };
}

function siteOrigin(written: string, basePath: string, problems: string[]): string | undefined {
  const found = `SITE_URL: found ${JSON.stringify(written)}`;
  if (!URL.canParse(written)) {
    problems.push(
      `${found}; expected the site's public address, starting with https:// or http://, such as https://example.org`,
    );
    return undefined;
  }
  const url = new URL(written);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${found}; expected an address starting with https:// or http://, such as https://example.org`);
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    problems.push(`${found}; expected the scheme and host alone, ${url.origin} (no user name, password, ? or #)`);
    return undefined;
  }
  if (url.pathname !== '/') {
    const path = normalizeBase(url.pathname);
    problems.push(
      normalizeBase(basePath) === path
        ? `${found}; expected the scheme and host alone, SITE_URL=${url.origin}: the path is BASE_PATH's, which is ${path} already`
        : `${found}; expected the scheme and host alone, with the path in BASE_PATH: SITE_URL=${url.origin} BASE_PATH=${path}`,
    );
    return undefined;
  }
  return url.origin;
}

/**
 * The host configurations in deploy/ (and the GitHub Pages workflow) say what docs/deploy.md says,
 * each copy of the security headers matches public/_headers, the one the tests serve, and the
 * CloudFront function does what the guide says on sample requests. nginx is run for real by
 * tests/e2e/nginx.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../../src/lib/csp.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { EMBED_PATH, embedChartPath, localizedPath } from '../../src/lib/urls.ts';
import { headersForPath, parseHeadersFile } from '../../tools/lib/headersFile.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const rules = parseHeadersFile(read('public/_headers'));
const pageHeaders = headersForPath(rules, '/index.html');
const assetHeaders = headersForPath(rules, '/_astro/x.js');
const embedHeaders = headersForPath(rules, '/embed/');
const guide = read('docs/deploy.md');
/** Paths of every kind a host must tell apart: pages, files, and the embeds of each edition. */
const SAMPLE_PATHS = [
  '/',
  '/index.html',
  '/articles/2020-06-03-x/',
  '/ko/',
  '/ko/companies/kt/',
  '/404.html',
  '/embed',
  '/data/investments.csv',
  '/_astro/x.js',
  ...LOCALES.flatMap((locale) =>
    [EMBED_PATH, embedChartPath('ownership'), `${EMBED_PATH}x.json`].map((path) => `/${localizedPath(path, locale)}`),
  ),
];
/** The same headers, whatever the case of their names. */
const byName = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

describe('.github/workflows/deploy.yml', () => {
  const text = read('.github/workflows/deploy.yml');
  const workflow = yaml.load(text) as Workflow;
  const build = workflow.jobs['build']!.steps;

  it('builds with the base path and origin GitHub Pages reports', () => {
    const pages = build.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBeDefined();
    const buildStep = build.find((step) => step.run === 'npm run build');
    expect(buildStep?.env).toEqual({
      SITE_URL: `\${{ steps.${pages!.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages!.id}.outputs.base_path }}`,
    });
    const order = (predicate: (step: Step) => boolean) => build.findIndex(predicate);
    expect(order((step) => step === pages)).toBeLessThan(order((step) => step === buildStep));
    expect(order((step) => step.run === 'npm ci')).toBeLessThan(order((step) => step === buildStep));
  });

  it('uploads dist/ and deploys it, with the permissions Pages needs and no apt', () => {
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({
      path: 'dist',
    });
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    for (const command of commands) expect(command).not.toMatch(/\bapt(-get)?\b/);
  });
});

describe('deploy/netlify/netlify.toml', () => {
  const text = read('deploy/netlify/netlify.toml');

  it('builds with npm run build, publishes dist/ and uses the Node of .nvmrc', () => {
    expect(text).toMatch(/^\s*publish = "dist"$/m);
    expect(text).toMatch(/^\s*command = ".*npm run build"$/m);
    expect(text).toMatch(new RegExp(`^\\s*NODE_VERSION = "${read('.nvmrc').trim()}"$`, 'm'));
  });

  it('is found by the one setting the guide names: its folder as the package directory', () => {
    expect(text).toContain('Package directory to deploy/netlify');
    expect(guide).toContain('set **Package directory** to `deploy/netlify`');
  });
});

describe('deploy/vercel/vercel.json', () => {
  const vercel = JSON.parse(read('deploy/vercel/vercel.json')) as {
    outputDirectory: string;
    buildCommand: string;
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  /**
   * The headers Vercel sends for a path: those of every rule whose source matches it. Our sources are
   * plain paths and regular-expression groups, which path-to-regexp takes as they are.
   */
  const vercelHeaders = (path: string) =>
    Object.assign(
      {},
      ...vercel.headers
        .filter((rule) => new RegExp(`^${rule.source}$`).test(path))
        .map((rule) => Object.fromEntries(rule.headers.map((header) => [header.key, header.value]))),
    ) as Record<string, string>;

  it('sends the headers of public/_headers, the embeds’ to the embeds alone, no rule setting what another sets', () => {
    for (const path of SAMPLE_PATHS)
      expect(byName(vercelHeaders(path)), path).toEqual(byName(headersForPath(rules, path)));
    for (const path of SAMPLE_PATHS) {
      const keys = vercel.headers
        .filter((rule) => new RegExp(`^${rule.source}$`).test(path))
        .flatMap((rule) => rule.headers.map((header) => header.key));
      expect(new Set(keys).size, path).toBe(keys.length);
    }
  });

  it('builds with npm run build and publishes dist/', () => {
    expect(vercel.buildCommand).toBe('npm run build');
    expect(vercel.outputDirectory).toBe('dist');
  });
});

describe('deploy/nginx/', () => {
  /** The headers an nginx snippet adds. */
  const added = (file: string) =>
    Object.fromEntries(
      [...read(file).matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map(([, name, value]) => [name!, value!]),
    );
  const site = read('deploy/nginx/timeline.conf');

  it('has the headers of public/_headers for the pages and for the embeds (nginx.spec.ts runs them)', () => {
    const { 'Cache-Control': _cache, ...pages } = pageHeaders;
    expect(added('deploy/nginx/timeline-headers.conf')).toEqual(pages);
    expect(added('deploy/nginx/timeline-embed-headers.conf')).toEqual(embedHeaders);
  });

  it('gives the embeds of every edition their headers, and every other location the pages’', () => {
    for (const locale of LOCALES) {
      const location = `location /timeline/${localizedPath(EMBED_PATH, locale)} {`;
      const block = site.slice(site.indexOf(location), site.indexOf('}', site.indexOf(location)));
      expect(site, location).toContain(location);
      expect(block).toContain('include snippets/timeline-embed-headers.conf;');
    }
    const locations = site.split(/^location /m).slice(1);
    for (const block of locations.filter((block) => !/^\/timeline\/(ko\/)?embed\//.test(block))) {
      expect(block, block.split('\n')[0]).toMatch(/include snippets\/timeline-headers\.conf;|return 404;/);
    }
  });
});

describe('deploy/cloudfront/*-headers.json', () => {
  interface Policy {
    SecurityHeadersConfig: {
      ContentSecurityPolicy?: { ContentSecurityPolicy: string; Override: boolean };
      ContentTypeOptions?: { Override: boolean };
      FrameOptions?: { FrameOption: string; Override: boolean };
      ReferrerPolicy?: { ReferrerPolicy: string; Override: boolean };
    };
    CustomHeadersConfig: { Quantity: number; Items: { Header: string; Value: string; Override: boolean }[] };
  }
  /** The headers a response headers policy adds, by the names CloudFront sends them under. */
  const headersOf = (file: string) => {
    const { SecurityHeadersConfig: security, CustomHeadersConfig: custom } = JSON.parse(read(file)) as Policy;
    expect(custom.Quantity).toBe(custom.Items.length);
    return {
      ...(security.ContentSecurityPolicy && {
        'Content-Security-Policy': security.ContentSecurityPolicy.ContentSecurityPolicy,
      }),
      ...(security.ContentTypeOptions && { 'X-Content-Type-Options': 'nosniff' }),
      ...(security.FrameOptions && { 'X-Frame-Options': security.FrameOptions.FrameOption }),
      ...(security.ReferrerPolicy && { 'Referrer-Policy': security.ReferrerPolicy.ReferrerPolicy }),
      ...Object.fromEntries(custom.Items.map((item) => [item.Header, item.Value])),
    };
  };

  it('are the headers of public/_headers for the pages and for the embeds', () => {
    const { 'Cache-Control': _cache, ...pages } = pageHeaders;
    expect(headersOf('deploy/cloudfront/page-headers.json')).toEqual(pages);
    expect(headersOf('deploy/cloudfront/embed-headers.json')).toEqual(embedHeaders);
  });

  it('are attached as the guide says: one per path behaviour, the embeds’ to each edition’s embeds', () => {
    expect(guide).toContain('file://deploy/cloudfront/page-headers.json');
    expect(guide).toContain('file://deploy/cloudfront/embed-headers.json');
    for (const locale of LOCALES) expect(guide).toContain(`\`timeline/${localizedPath(EMBED_PATH, locale)}*\``);
  });
});

describe('deploy/cloudfront/directory-index.js', () => {
  /** The function as CloudFront runs it: a plain script that defines `handler`, in a context of its own. */
  type Handler = (event: { request: { uri: string } }) => { uri?: string; statusCode?: number; headers?: unknown };
  const handler = runInNewContext(`${read('deploy/cloudfront/directory-index.js')}\nhandler;`) as Handler;
  const run = (uri: string) => handler({ request: { uri } });

  it('serves a folder’s index.html at its address, the site root and the base path included', () => {
    for (const uri of ['/', '/timeline/', '/timeline/articles/2020-06-03-x/', '/timeline/companies/']) {
      expect(run(uri), uri).toEqual({ uri: `${uri}index.html` });
    }
  });

  it('redirects a folder asked for without its trailing slash to the address with it', () => {
    for (const uri of ['/timeline', '/timeline/articles/2020-06-03-x', '/timeline/companies']) {
      expect(run(uri), uri).toEqual({
        statusCode: 301,
        statusDescription: 'Moved Permanently',
        headers: { location: { value: `${uri}/` } },
      });
    }
  });

  it('passes files through unchanged', () => {
    for (const uri of [
      '/timeline/_astro/ChartFigure.astro_astro_type_script_index_0_lang.CaZ-2Cy5.js',
      '/timeline/data/investments.csv',
      '/timeline/feed.json',
      '/timeline/404.html',
      '/favicon.svg',
    ]) {
      expect(run(uri), uri).toEqual({ uri });
    }
  });
});

describe('docs/deploy.md', () => {
  const shipped = readdirSync('deploy', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

  it('names every host configuration in deploy/, and names none that is not there', () => {
    for (const file of shipped) expect(guide, file).toContain(file);
    const named = guide.match(/deploy\/[\w./-]+\w/g) ?? [];
    for (const file of named) expect(existsSync(file), `${file}, named in the guide`).toBe(true);
  });

  it('inlines no copy of a configuration: the headers appear only as the table of public/_headers', () => {
    expect(guide).not.toMatch(/add_header /);
    expect(guide).not.toMatch(/"headers": \[/);
    expect(guide).not.toMatch(/"SecurityHeadersConfig"/);
    const scope: Record<string, string> = {
      'Cache-Control': ' (only `/_astro/*`)',
      'Content-Security-Policy': ' (all but the embeds)',
      'X-Frame-Options': ' (all but the embeds)',
    };
    for (const [name, value] of Object.entries({ ...pageHeaders, ...assetHeaders })) {
      const where = scope[name] ?? '';
      expect(guide).toContain(`| \`${name}\`${where} | \`${value}\` |`);
    }
    expect(guide).toContain(
      `| \`Content-Security-Policy\` (only the embeds: \`/embed/*\`, \`/ko/embed/*\`) | \`${embedHeaders['Content-Security-Policy']}\` |`,
    );
  });

  it('gives the policy of the pages as src/lib/csp.ts writes it, and its script sources as that file lists them', () => {
    const example = /^default-src .*$/m.exec(guide)?.[0] ?? '';
    expect(example).toBe(
      `${POLICY.directives.join('; ')}; script-src ${POLICY.scriptSources.join(' ')} 'sha256-…'; style-src ${POLICY.styleSources.join(' ')} 'sha256-…'`,
    );
    expect(guide).toContain(
      `scriptSources: [${POLICY.scriptSources.map((source) => JSON.stringify(source)).join(', ')}],`,
    );
    // The search's WebAssembly needs it, and nothing else is added to 'self'.
    expect(POLICY.scriptSources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('covers every host the deploy guide promises', () => {
    for (const host of ['GitHub Pages', 'Netlify', 'Cloudflare Pages', 'Vercel', 'S3', 'CloudFront', 'nginx']) {
      expect(guide).toMatch(new RegExp(`^## .*${host}`, 'm'));
    }
  });
});

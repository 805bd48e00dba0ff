/**
 * The host configurations say what docs/deploy.md says, and every copy of the security headers
 * (the nginx snippet and the vercel.json in the guide) matches public/_headers, the one the tests serve.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../tools/lib/headersFile.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const rules = parseHeadersFile(read('public/_headers'));
const pageHeaders = headersForPath(rules, '/index.html');
const assetHeaders = headersForPath(rules, '/_astro/x.js');
const guide = read('docs/deploy.md');

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

describe('netlify.toml', () => {
  const text = read('netlify.toml');

  it('builds with npm run build, publishes dist/ and uses the Node of .nvmrc', () => {
    expect(text).toMatch(/^\s*publish = "dist"$/m);
    expect(text).toMatch(/^\s*command = ".*npm run build"$/m);
    expect(text).toMatch(new RegExp(`^\\s*NODE_VERSION = "${read('.nvmrc').trim()}"$`, 'm'));
  });
});

describe('docs/deploy.md', () => {
  it('gives the Content-Security-Policy of public/_headers wherever it gives one', () => {
    const policies = guide.match(/default-src[^"\n]*/g) ?? [];
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const policy of policies) expect(policy).toBe(pageHeaders['Content-Security-Policy']);
  });

  it('has an nginx snippet with every header of public/_headers, and the asset cache lifetime', () => {
    const addHeaders = new Map(
      [...guide.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((match) => [match[1], match[2]]),
    );
    for (const [name, value] of Object.entries(pageHeaders)) expect(addHeaders.get(name), name).toBe(value);
    expect(addHeaders.get('Cache-Control')).toBe(assetHeaders['Cache-Control']);
  });

  it('has a vercel.json with the same headers', () => {
    const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    const vercel = JSON.parse(json ?? '{}') as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const bySource = new Map(
      vercel.headers.map((rule) => [rule.source, Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))]),
    );
    expect(bySource.get('/(.*)')).toEqual(pageHeaders);
    expect(bySource.get('/_astro/(.*)')).toEqual({ 'Cache-Control': assetHeaders['Cache-Control'] });
  });

  it('covers every host the issue names', () => {
    for (const host of ['GitHub Pages', 'Netlify', 'Cloudflare Pages', 'Vercel', 'S3', 'CloudFront', 'nginx']) {
      expect(guide).toMatch(new RegExp(`^## .*${host}`, 'm'));
    }
  });
});

/**
 * `npm run check:links` against a server on 127.0.0.1 (no outside network): a content folder whose
 * addresses are live, gone, moved, refused or closed, and the report the tool makes of them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCliAsync } from './run.ts';

/** Each path the server knows, and its answer. */
const ROUTES: Record<string, { status: number; location?: string }> = {
  '/live': { status: 200 },
  '/with-query': { status: 200 },
  '/moved': { status: 301, location: '/new-home' },
  '/new-home': { status: 200 },
  '/gone': { status: 404 },
  '/removed': { status: 410 },
  '/forbidden': { status: 403 },
};

let server: Server;
let base: string;
let closedPort: number;
const requests: { method: string; url: string; userAgent: string }[] = [];
const folders: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push({ method: request.method ?? '', url, userAgent: request.headers['user-agent'] ?? '' });
    const path = url.split('?')[0] ?? url;
    // The query must arrive as written: a link checker that mangled it would be checking another page.
    const route = path === '/with-query' && !url.endsWith('?page=1&section=2') ? undefined : ROUTES[path];
    response.writeHead(route?.status ?? 404, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(route?.location ? { Location: route.location } : {}),
    });
    // A page with links of its own: the check must not follow them.
    response.end(route?.status === 200 ? '<a href="/not-to-be-followed">x</a>' : '');
  });
  base = `http://127.0.0.1:${await listen(server)}`;
  // A port that was just free and is closed again: nothing answers there.
  const closed = createServer();
  closedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('npm run check:links', () => {
  it('lists every dead address by file and field, asks each address once as a browser would, and exits 1', async () => {
    requests.length = 0;
    const dir = contentFolder({
      'articles/2017-03-15-a.mdx': article({ url: `${base}/live`, archived: `${base}/gone` }),
      'articles/2018-01-01-b.mdx': article({ url: `${base}/moved`, archived: `${base}/forbidden` }),
      'articles/2019-01-01-c.mdx': article({
        url: `${base}/with-query?page=1&section=2`,
        archived: `http://127.0.0.1:${closedPort}/`,
      }),
      'companies/kt.yaml': `name: KT\nurl: ${base}/removed\n`,
      'companies/lg-uplus.yaml': `name: LG Uplus\nurl: ${base}/live\n`,
      'companies/genie-music.yaml': `name: Genie Music\nurl: "${base}/gone#about"\n`,
      'companies/meta.yaml': 'name: Meta\nurl: not a URL\n',
    });
    const file = (name: string) => relative(PROJECT_ROOT, join(dir, name));

    const run = await runCliAsync('checkLinks.ts', [], { CONTENT_DIR: dir });

    expect(run.code).toBe(1);
    const dead = section(run.stderr, /^Link check failed: 4 dead links\.$/);
    expect(dead).toEqual([
      `  ${file('articles/2017-03-15-a.mdx')}: source.archived: ${base}/gone (404 Not Found)`,
      `  ${file('articles/2019-01-01-c.mdx')}: source.archived: http://127.0.0.1:${closedPort}/ (connection refused)`,
      `  ${file('companies/genie-music.yaml')}: url: ${base}/gone#about (404 Not Found)`,
      `  ${file('companies/kt.yaml')}: url: ${base}/removed (410 Gone)`,
    ]);
    expect(section(run.stderr, /^Could not verify 1 link /)).toEqual([
      `  ${file('articles/2018-01-01-b.mdx')}: source.archived: ${base}/forbidden (403 Forbidden)`,
    ]);
    for (const live of ['/live', '/moved', '/with-query']) expect(run.stderr).not.toContain(`${base}${live}`);
    expect(run.stdout).toContain('Links: 4 live, 4 dead, 0 gone but archived, 1 could not be verified.');

    // Two files name /live and two name /gone (one with a #fragment): each address is requested by one check.
    expect(requests.filter((request) => request.url === '/live' && request.method === 'HEAD')).toHaveLength(1);
    expect(requests.filter((request) => request.url === '/gone' && request.method === 'HEAD')).toHaveLength(1);
    expect(requests.map((request) => request.url)).not.toContain('/not-to-be-followed');
    for (const request of requests) expect(request.userAgent).toMatch(/^Mozilla\/5\.0 \(.*\) .*Chrome\/\d+/);
  }, 30_000);

  it('exits 0 when nothing is dead but unverifiable addresses and originals whose archived copy answers', async () => {
    const dir = contentFolder({
      'articles/2017-03-15-a.mdx': article({ url: `${base}/live`, archived: `${base}/forbidden` }),
      'articles/2018-01-01-b.mdx': article({ url: `${base}/gone`, archived: `${base}/live` }),
      'companies/kt.yaml': 'name: KT\n',
    });
    const file = (name: string) => relative(PROJECT_ROOT, join(dir, name));

    const run = await runCliAsync('checkLinks.ts', [], { CONTENT_DIR: dir });

    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('Link check failed');
    expect(section(run.stderr, /^Could not verify 1 link /)).toEqual([
      `  ${file('articles/2017-03-15-a.mdx')}: source.archived: ${base}/forbidden (403 Forbidden)`,
    ]);
    expect(section(run.stdout, /^Originals that are gone while their archived copy answers/)).toEqual([
      `  ${file('articles/2018-01-01-b.mdx')}: source.url: ${base}/gone (404 Not Found)`,
    ]);
    expect(run.stdout).toContain('Links: 2 live, 0 dead, 1 gone but archived, 1 could not be verified.');
  }, 30_000);
});

function listen(target: Server): Promise<number> {
  return new Promise((resolve) => target.listen(0, '127.0.0.1', () => resolve((target.address() as AddressInfo).port)));
}

/** A content folder in the system's temporary directory, removed after the tests. */
function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-content-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function article(source: { url: string; archived: string }): string {
  return `---
title: "A headline"
date: '2017-03-15'
language: en
summary: "What happened."
source:
  name: "The Korea Herald"
  url: "${source.url}"
  archived: "${source.archived}"
companies: [kt]
---

The text.
`;
}

/** The indented lines under the line a pattern matches. */
function section(output: string, heading: RegExp): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('  '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

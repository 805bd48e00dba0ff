/**
 * The nginx configuration in deploy/nginx/, run: a copy of the project built with
 * `BASE_PATH=/timeline/`, served by a real nginx that includes deploy/nginx/timeline.conf and its two
 * headers snippets unchanged (tools/lib/nginx.ts writes only the server around them: port, root).
 * Every file answers with its own bytes and type and the headers public/_headers gives its path; the
 * base path redirects; unknown addresses get the site's 404 page; text is gzip-compressed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIResponse } from '@playwright/test';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../tools/lib/headersFile.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { isEmbedPath, localizedPath } from '../../src/lib/urls.ts';
import { startNginx, type RunningNginx } from '../../tools/lib/nginx.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { allPages } from './pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASE = '/timeline/';
/** The type nginx must send for each kind of file the build writes; a new kind fails the test until it is added here. */
const CONTENT_TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.js': /^(application|text)\/javascript; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
  '.xml': /^text\/xml; charset=utf-8$/,
  '.txt': /^text\/plain; charset=utf-8$/,
  '.csv': /^text\/csv; charset=utf-8$/,
  '.png': /^image\/png$/,
  // The search index: compressed by Pagefind itself and read by its own script, whatever the type.
  '.pagefind': /^application\/octet-stream$/,
  '.pf_meta': /^application\/octet-stream$/,
  '.pf_index': /^application\/octet-stream$/,
  '.pf_fragment': /^application\/octet-stream$/,
};
/** The text files that must go out compressed when the reader accepts gzip. */
const COMPRESSED = ['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.csv'];

let copy: ProjectCopy;
let webRoot: string;
let nginx: RunningNginx;
let outDir: string;
/** The built files, relative to dist/ (`_astro/x.css`), except _headers, which nginx does not serve. */
let files: string[];
let rules: HeaderRule[];
/** Every header name public/_headers sets for some path. */
let managedHeaders: string[];

const url = (sitePath: string) => `${nginx.origin}${BASE}${sitePath.replace(/^\.?\//, '')}`;

/** The response's headers of public/_headers equal those the file gives `sitePath`; the others absent. */
function expectHeadersOf(response: APIResponse, sitePath: string) {
  const expected = Object.fromEntries(
    Object.entries(headersForPath(rules, sitePath)).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const sent = Object.fromEntries(managedHeaders.map((name) => [name, response.headers()[name]]));
  expect(sent, `headers of ${sitePath}`).toEqual(
    Object.fromEntries(managedHeaders.map((name) => [name, expected[name]])),
  );
}

// One build and one nginx for the whole file, so its tests run one after another in one worker.
test.describe.configure({ mode: 'default', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  copy = copyProject(ROOT);
  const build = await copy.build({ SITE_URL: 'https://example.org', BASE_PATH: BASE });
  expect(build.code, build.output).toBe(0);
  outDir = build.outDir;
  // A kind of text file the build does not write today (stylesheets and scripts, while they are
  // inline) gets a probe file in _astro/, where the build would put it, so the rules for it (type,
  // compression, cache lifetime) are checked all the same.
  const built = new Set(readdirSync(outDir, { recursive: true }).map((name) => extname(String(name))));
  mkdirSync(join(outDir, '_astro'), { recursive: true });
  for (const extension of COMPRESSED.filter((extension) => !built.has(extension))) {
    writeFileSync(join(outDir, '_astro', `probe${extension}`), `/* a probe for the ${extension} rules */\n`.repeat(40));
  }
  files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(outDir.length + 1))
    .filter((file) => file !== '_headers');
  rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
  managedHeaders = [...new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())))];
  // The site in a folder named like the base path, under the server's root, as docs/deploy.md says.
  webRoot = mkdtempSync(join(tmpdir(), 'nginx-root-'));
  symlinkSync(outDir, join(webRoot, BASE.slice(1, -1)));
  nginx = await startNginx(
    webRoot,
    {
      'timeline.conf': join(ROOT, 'deploy/nginx/timeline.conf'),
      'timeline-headers.conf': join(ROOT, 'deploy/nginx/timeline-headers.conf'),
      'timeline-embed-headers.conf': join(ROOT, 'deploy/nginx/timeline-embed-headers.conf'),
    },
    'include snippets/timeline.conf;',
  );
});

test.afterAll(async () => {
  await nginx?.stop();
  copy?.remove();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

test('every built file answers 200 with its own bytes, its type and the headers of _headers', async ({ request }) => {
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const response = await request.get(url(file), { headers: { 'accept-encoding': 'identity' } });
    expect(response.status(), file).toBe(200);
    expect(await response.body(), file).toEqual(readFileSync(join(outDir, file)));
    const type = CONTENT_TYPES[extname(file)];
    expect(type, `a content type for ${extname(file)} files (${file})`).toBeDefined();
    expect(response.headers()['content-type'], file).toMatch(type!);
    expectHeadersOf(response, `/${file}`);
  }
});

test('hashed assets are cached for a year; pages, feeds and data are revalidated', async ({ request }) => {
  const asset = files.find((file) => file.startsWith('_astro/'));
  expect(asset).toBeDefined();
  expect((await request.get(url(asset!))).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const file of ['index.html', 'feed.json', 'data/investments.csv']) {
    expect((await request.get(url(file))).headers()['cache-control'], file).toBeUndefined();
  }
});

test('pages answer at their address; without the trailing slash they redirect to it', async ({ request }) => {
  for (const page of allPages()) {
    const response = await request.get(url(page));
    expect(response.status(), page).toBe(200);
    expect(await response.text(), page).toBe(readFileSync(join(outDir, page, 'index.html'), 'utf8'));
    expectHeadersOf(response, page.slice(1));
    if (page === './') continue;
    const bare = await request.get(url(page).slice(0, -1), { maxRedirects: 0 });
    expect(bare.status(), page).toBe(301);
    expect(bare.headers()['location']).toBe(`${BASE}${page.slice(2)}`);
  }
});

test('any site may frame the embeds, and no site any other page', async ({ request }) => {
  const pages = allPages();
  expect(pages.filter((page) => isEmbedPath(page.slice(2))).length).toBeGreaterThan(0);
  for (const page of pages) {
    const embed = isEmbedPath(page.slice(2));
    const headers = (await request.get(url(page))).headers();
    expect(headers['content-security-policy'], page).toBe(embed ? 'frame-ancestors *' : "frame-ancestors 'none'");
    expect(headers['x-frame-options'], page).toBe(embed ? undefined : 'DENY');
  }
});

test('the base path without its slash redirects to the site, with the security headers', async ({ request }) => {
  const response = await request.get(`${nginx.origin}${BASE.slice(0, -1)}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe(BASE);
  expectHeadersOf(response, '/');
  const followed = await request.get(`${nginx.origin}${BASE.slice(0, -1)}`);
  expect(followed.url()).toBe(`${nginx.origin}${BASE}`);
  expect(await followed.text()).toBe(readFileSync(join(outDir, 'index.html'), 'utf8'));
});

test('an unknown address gets its edition’s own 404 page with status 404; a missing asset’s 404 is not cached', async ({
  request,
}) => {
  for (const locale of LOCALES) {
    const edition = localizedPath('', locale);
    const notFound = readFileSync(join(outDir, edition, '404.html'), 'utf8');
    const paths = [
      'no/such/page/',
      'articles/no-such-article/',
      ...(edition ? [] : ['_headers', '_astro/missing.css']),
    ];
    for (const path of paths.map((path) => `${edition}${path}`)) {
      const response = await request.get(url(path));
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toBe(notFound);
      expect(response.headers()['cache-control'], path).toBeUndefined();
      expect(response.headers()['content-security-policy'], path).toBe(
        headersForPath(rules, `/${edition}404.html`)['Content-Security-Policy'],
      );
    }
  }
});

test('text goes out gzip-compressed when the reader accepts it, and plain when not', async ({ request }) => {
  for (const extension of COMPRESSED) {
    const file = files.find((name) => extname(name) === extension)!;
    const gzipped = await request.get(url(file), { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers()['content-encoding'], file).toBe('gzip');
    expect(gzipped.headers()['vary'], file).toBe('Accept-Encoding');
    // Playwright decompresses: what arrives is the file itself.
    expect(await gzipped.body(), file).toEqual(readFileSync(join(outDir, file)));
    const plain = await request.get(url(file), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], file).toBeUndefined();
  }
  const image = files.find((file) => extname(file) === '.png')!;
  const png = await request.get(url(image), { headers: { 'accept-encoding': 'gzip' } });
  expect(png.headers()['content-encoding'], 'already compressed').toBeUndefined();
});

/**
 * `npm run build`: checks the site's address (`SITE_URL`, `BASE_PATH`) and the content first, as
 * `npm run check:content` does and in its words, and stops there on a problem; then builds the site
 * into a staging folder and puts it in `dist/` only when the whole build succeeded, so a failed
 * build never leaves a half-written site where a deploy would pick it up. On failure the staging
 * folder is removed, the previous `dist/` is left exactly as it was, and the exit code is Astro's (1
 * for a problem found before). Extra arguments go to `astro build` (e.g. `npm run build -- --force`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteAddress } from '../src/lib/siteAddress.ts';
import { contentRoot } from '../src/node/contentDir.ts';
import { CHECKED_CONTENT } from '../src/node/contentGuard.ts';
import { reportContent } from '../src/node/contentReport.ts';

/** Where Astro writes while it builds; never served, never deployed. */
const STAGING = '.dist-staging';
/** Where the previous site waits for the moment the new one takes its place. */
const PREVIOUS = '.dist-previous';
const OUT = 'dist';

rmSync(STAGING, { recursive: true, force: true });

/** Stops before Astro starts: the problem is printed as it is, without a stack, and nothing is built. */
function refuse(report: string): never {
  console.error(
    `${report}\n\nThe build failed, so ${OUT}/ was left as it was${existsSync(OUT) ? ' (the previous site)' : ''}.`,
  );
  process.exit(1);
}

const address = readSiteAddress(process.env);
if (!address.ok) refuse(address.report);
const content = reportContent();
if (content.warnings) console.warn(content.warnings);
if (!content.ok) refuse(content.problems);
for (const note of content.notes) console.log(note);

// Astro runs on this same Node (the project's own 24), whatever `node` is first on the PATH.
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * Semi-spaces of 32 MB, larger than V8's default: a page is strings that live for one render, and a
 * larger young generation collects them with less work (measured in docs/performance.md).
 */
const NODE_FLAGS = ['--max-semi-space-size=32'];
const build = spawnSync(
  process.execPath,
  [...NODE_FLAGS, astro, 'build', '--outDir', STAGING, ...process.argv.slice(2)],
  // The content guard inside Astro need not check the folder again.
  { stdio: 'inherit', env: { ...process.env, [CHECKED_CONTENT]: contentRoot() } },
);

if (build.status !== 0) {
  if (build.error) console.error(build.error.message);
  rmSync(STAGING, { recursive: true, force: true });
  console.error(`\nThe build failed, so ${OUT}/ was left as it was${existsSync(OUT) ? ' (the previous site)' : ''}.`);
  process.exitCode = build.status ?? 1;
} else {
  // Two renames, each atomic: dist/ is missing only between them, and never half-written.
  rmSync(PREVIOUS, { recursive: true, force: true });
  if (existsSync(OUT)) renameSync(OUT, PREVIOUS);
  renameSync(STAGING, OUT);
  rmSync(PREVIOUS, { recursive: true, force: true });
  console.log(`\nThe site is in ${OUT}/.`);
}

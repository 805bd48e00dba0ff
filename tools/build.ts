/**
 * `npm run build`: builds the site into a staging folder and puts it in `dist/` only when the whole
 * build succeeded, so a failed build never leaves a half-written site where a deploy would pick it up.
 * On failure the staging folder is removed, the previous `dist/` is left exactly as it was, and the
 * exit code is Astro's. Extra arguments go to `astro build` (e.g. `npm run build -- --force`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where Astro writes while it builds; never served, never deployed. */
const STAGING = '.dist-staging';
/** Where the previous site waits for the moment the new one takes its place. */
const PREVIOUS = '.dist-previous';
const OUT = 'dist';

rmSync(STAGING, { recursive: true, force: true });
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
  {
    stdio: 'inherit',
  },
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

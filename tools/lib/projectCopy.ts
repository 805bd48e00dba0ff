/**
 * A throwaway copy of the site's sources with its own content folder, for builds that must not
 * touch the real `content/` or `dist/`: fixture tests and the build benchmark.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentRoot } from '../../src/node/contentDir.ts';

/** What a build of a copy produced: its exit code, its output and where the site went. */
export interface CopyBuild {
  code: number;
  output: string;
  outDir: string;
}

/** A copy of the project in a temporary folder. */
export interface ProjectCopy {
  root: string;
  contentDir: string;
  /** Runs the build (`tools/build.ts`, as `npm run build` does) in the copy, with extra environment variables (e.g. `BASE_PATH`). */
  build(env?: Record<string, string>): Promise<CopyBuild>;
  /** Deletes the copy. */
  remove(): void;
}

const SOURCES = ['src', 'tools', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the site's sources and a content folder (default: the one the commands use, `CONTENT_DIR` or `content/`) to a temporary folder. */
export function copyProject(projectRoot: string, contentFrom = contentRoot(projectRoot)): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'timeline-site-'));
  for (const name of SOURCES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  symlinkSync(join(resolve(projectRoot), 'node_modules'), join(root, 'node_modules'), 'dir');
  const contentDir = join(root, 'content');
  cpSync(contentFrom, contentDir, { recursive: true });
  return {
    root,
    contentDir,
    build: (env = {}) => buildIn(root, env),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

async function buildIn(root: string, env: Record<string, string>): Promise<CopyBuild> {
  // The project's own build command, so a copy fails the way `npm run build` does: dist/ only on success.
  const run = await runNodeIn(root, ['tools/build.ts'], { CONTENT_DIR: 'content', ...env });
  return { ...run, outDir: join(root, 'dist') };
}

/** Runs a script with the project's own Node (its `node_modules/.bin/node`) in `root`, and collects what it printed. */
export function runNodeIn(
  root: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'node'), args, {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

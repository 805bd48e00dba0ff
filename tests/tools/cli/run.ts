/** Runs one of the project's command-line tools the way its npm script does, and collects what it printed. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where the npm scripts run. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** What a command did: its exit code and its two output streams. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node tools/<script>` in the project root with extra environment variables; stdin is not a terminal. */
export function runCli(script: string, args: readonly string[] = [], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [`tools/${script}`, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

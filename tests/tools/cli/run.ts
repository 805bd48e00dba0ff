/** Runs one of the project's command-line tools the way its npm script does, and collects what it printed. */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
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
  const result = spawnSync(process.execPath, [`tools/${script}`, ...args], { ...spawnOptions(env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking this process, for a tool that talks to a server the test runs. */
export function runCliAsync(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`tools/${script}`, ...args], spawnOptions(env));
    const output = { stdout: '', stderr: '' };
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
    child.on('error', reject).on('close', (code) => resolve({ code, ...output }));
  });
}

function spawnOptions(env: Record<string, string>): SpawnOptions {
  return { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] };
}

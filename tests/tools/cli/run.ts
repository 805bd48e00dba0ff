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

/** A command-line tool running in a terminal, answered as a person would answer it. */
export interface TerminalRun {
  /** Waits until `question` has been printed (again, after `after` when given), then types `answer` and Enter. */
  answer(question: string, answer: string, after?: string): Promise<void>;
  /** The exit code and everything the terminal showed, once the tool has ended. */
  exited: Promise<{ code: number | null; output: string }>;
}

/**
 * Runs `node tools/<script>` with a terminal of its own (util-linux's `script` gives it one, so
 * `process.stdin.isTTY` is true), for the questions a tool asks only in a terminal. Each answer waits
 * for its question to be printed, however slow the machine.
 */
export function runInTerminal(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): TerminalRun {
  const command = [process.execPath, `tools/${script}`, ...args].map(shellQuote).join(' ');
  const child = spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: { text: string; from: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const wait of [...waiting]) {
      if (!output.includes(wait.text, wait.from)) continue;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    settle();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    child.on('error', reject).on('close', (code) => resolve({ code, output }));
  });
  /** How far the output had got when the last answer was typed: a question counts only when printed after it. */
  let answeredUpTo = 0;
  return {
    answer: async (question, answer, after) => {
      const from = after === undefined ? answeredUpTo : output.indexOf(after, answeredUpTo);
      const start = Math.max(answeredUpTo, from);
      await Promise.race([
        new Promise<void>((resolve) => {
          waiting.push({ text: question, from: start, resolve });
          settle();
        }),
        exited.then(({ output: shown }) => {
          throw new Error(`The tool ended before asking "${question}":\n${shown}`);
        }),
      ]);
      answeredUpTo = output.length;
      child.stdin?.write(`${answer}\n`);
    },
    exited,
  };
}

/** A word for a POSIX shell: in single quotes, a single quote written '\\''. */
function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

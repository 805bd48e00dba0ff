/**
 * `astro dev` in a project copy (tools/lib/projectCopy.ts), for tests of the preview an editor uses:
 * started on a port, everything it prints collected, stopped with the copy.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** A running dev server: its address, what it printed so far, and how to wait for more. */
export interface DevServer {
  /** The address it serves, ending in `/` (with the base path). */
  url: string;
  /** Everything printed on stdout and stderr so far. */
  output(): string;
  /** Resolves once the output (from `from` on, an index into it) matches; rejects if the server exits first or after `timeout` ms. */
  waitForOutput(pattern: RegExp, options?: { from?: number; timeout?: number }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `astro dev` in `root` on `port` (Vite takes the next free one when it is taken) and
 * resolves when it says where it listens. `timeout` bounds a start that never comes, on a busy machine.
 */
export function startDevServer(
  root: string,
  port: number,
  env: Record<string, string> = {},
  timeout = 180_000,
): Promise<DevServer> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'node'),
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content', NO_COLOR: '1', ...env },
    },
  );
  let output = '';
  let exited = false;
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      for (const listener of listeners) listener();
      resolve();
    }),
  );

  const waitForOutput: DevServer['waitForOutput'] = (pattern, { from = 0, timeout: limit = 120_000 } = {}) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (pattern.test(output.slice(from))) finish(resolve);
        else if (exited) finish(() => reject(new Error(`astro dev exited before printing ${pattern}:\n${output}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`astro dev did not print ${pattern} within ${limit} ms:\n${output}`))),
        limit,
      );
      const finish = (then: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        then();
      };
      listeners.add(check);
      check();
    });

  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    await exit;
  };

  return waitForOutput(/Local\s+http:\/\/\S+/, { timeout }).then(
    () => ({
      url: /Local\s+(http:\/\/\S+?)\/?\s/.exec(output)![1]! + '/',
      output: () => output,
      waitForOutput,
      stop,
    }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

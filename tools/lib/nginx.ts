/**
 * Runs a real nginx for the deploy tests: finds one (`NGINX_PATH`, the usual install places), installs
 * Debian's package as root where there is none (systemPrograms.ts), and starts it in the foreground
 * on a free loopback port with a generated configuration around the project's own files from
 * deploy/nginx/, included unchanged.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort, waitForPort } from './ports.ts';
import { NGINX, ensurePrograms } from './systemPrograms.ts';

/** A running nginx: the origin it answers on and a way to stop it. */
export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx with one server on 127.0.0.1 whose `root` is `root` and whose body is `serverBody`
 * (e.g. `include snippets/timeline.conf;`). `snippets` (file name → path) are copied unchanged into
 * the `snippets/` folder beside the generated nginx.conf, where relative includes look.
 */
export async function startNginx(
  root: string,
  snippets: Record<string, string>,
  serverBody: string,
): Promise<RunningNginx> {
  const nginx = ensurePrograms([NGINX])[0]!;
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'snippets'));
  for (const [name, file] of Object.entries(snippets)) cpSync(file, join(prefix, 'snippets', name));
  const port = await freePort();
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, testConfig(prefix, mimeTypesOf(nginx), port, root, serverBody));

  // One process, in the foreground, as the user running the tests: it reads what that user can read.
  const child = spawn(nginx, ['-p', `${prefix}/`, '-c', config, '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const started = await Promise.race([waitForPort(port).then(() => true), exited.then(() => false)]);
  if (!started) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start with ${config}:\n${stderr}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function testConfig(prefix: string, mimeTypes: string, port: number, root: string, serverBody: string): string {
  const temp = (name: string) => join(prefix, name);
  return `daemon off;
master_process off;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')};
events { worker_connections 64; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    access_log ${temp('access.log')};
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    server {
        listen 127.0.0.1:${port};
        root ${root};
        ${serverBody}
    }
}
`;
}

/** The mime.types beside this nginx's own nginx.conf (`nginx -V` names its conf path). */
function mimeTypesOf(nginx: string): string {
  // nginx -V prints to stderr.
  const { stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  const mimeTypes = join(dirname(confPath), 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`${nginx}: no mime.types beside its configuration, at ${mimeTypes}`);
  return mimeTypes;
}

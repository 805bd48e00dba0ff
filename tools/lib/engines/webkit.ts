/**
 * WebKit (Safari's engine) as WebKitGTK: its WebDriver server drives MiniBrowser over classic W3C
 * WebDriver (the `webdriver` client of WebdriverIO), in a virtual X server of its own.
 *
 * Two things differ from the other engines. MiniBrowser's toolbar keeps its window at least ~447 px
 * wide, so a GTK stylesheet (in a configuration folder of the session's own) shrinks the toolbar's
 * buttons and address field until a phone's width fits. And classic WebDriver has no console to
 * read nor a way to run a script before the page's own (MiniBrowser under automation writes no
 * console either: its sessions are private), so listeners are added as soon as each page has
 * loaded: WebKit reports the errors raised from then on, and a script that failed before is seen
 * by what it failed to do (the flows wait for the page's custom elements).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebDriver, { ELEMENT_KEY, type Client } from 'webdriver';
import { freePort, waitForPort } from '../ports.ts';
import { MINIBROWSER, WEBKIT_WEBDRIVER, XVFB, ensurePrograms } from '../systemPrograms.ts';
import {
  callExpression,
  scrollIntoViewAtOnce,
  waitUntil,
  type Engine,
  type EnginePage,
  type NamedKey,
  type PageFunction,
} from './page.ts';

/** Lets MiniBrowser's window be as narrow as a phone: its toolbar's buttons and address field shrink to nothing. */
const NARROW_TOOLBAR_CSS =
  'entry, button, entry *, button * { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.01); }\n';

/** The virtual screen: room for the widest window the tests ask for. */
const SCREEN = '1920x1200x24';

/** WebDriver's code points for named keys. */
const KEY_CODES: Record<NamedKey, string> = {
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
};

/** Starts MiniBrowser under WebKitWebDriver, in an X server of its own, with one tab. */
export async function launchWebKit(): Promise<Engine> {
  const [driverPath, miniBrowser, xvfb] = ensurePrograms([WEBKIT_WEBDRIVER, MINIBROWSER, XVFB]);
  const config = mkdtempSync(join(tmpdir(), 'webkit-engine-'));
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(config, gtk));
    writeFileSync(join(config, gtk, 'gtk.css'), NARROW_TOOLBAR_CSS);
  }
  const started: ChildProcess[] = [];
  const stop = async () => {
    for (const child of started.reverse()) await stopProcess(child);
    rmSync(config, { recursive: true, force: true });
  };
  try {
    const { child: server, display } = await startXvfb(xvfb!);
    started.push(server);
    const port = await freePort();
    const driver = spawn(driverPath!, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: `:${display}`, XDG_CONFIG_HOME: config },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    started.push(driver);
    await untilListening(driver, port, 'WebKitWebDriver');
    const client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'silent',
      capabilities: {
        // Classic WebDriver: WebKitGTK's driver has no WebDriver BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser!, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    const version = String(client.capabilities.browserVersion ?? '');
    return {
      name: 'webkit',
      version: `WebKitGTK ${version}`,
      page: webDriverPage(client),
      close: async () => {
        await client.deleteSession().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function webDriverPage(client: Client): EnginePage {
  const evaluate = async <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>> =>
    (await client.executeScript(
      `return ${callExpression(fn as PageFunction<unknown[], unknown>, args)}`,
      [],
    )) as Awaited<R>;
  const element = async (selector: string) => {
    if (!(await evaluate(scrollIntoViewAtOnce, selector))) throw new Error(`No element matches ${selector}`);
    const reference = await client.findElement('css selector', selector);
    return reference[ELEMENT_KEY];
  };
  const keys = (values: string[]) =>
    client.performActions([
      {
        type: 'key',
        id: 'keyboard',
        actions: values.flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      },
    ]);

  return {
    goto: async (url) => {
      await client.navigateTo(url);
      await evaluate(listenForErrors);
    },
    url: () => client.getUrl(),
    setViewport: async (width, height) => {
      const size = () =>
        evaluate(() => ({
          width: window.innerWidth,
          height: window.innerHeight,
          chromeWidth: window.outerWidth - window.innerWidth,
          chromeHeight: window.outerHeight - window.innerHeight,
        }));
      await client.setWindowRect(null, null, width, height);
      await waitUntil(`a ${width}×${height} px viewport in MiniBrowser`, async () => {
        const now = await size();
        if (now.width === width && now.height === height) return true;
        // The window holds the toolbar too: grow it by what the toolbar takes from the page, read
        // again until the page has its size, as a window still settling reads a wrong difference
        // (a negative one, even: WebDriver refuses a width below the page's).
        await client.setWindowRect(
          null,
          null,
          width + Math.max(0, now.chromeWidth),
          height + Math.max(0, now.chromeHeight),
        );
        return false;
      });
    },
    evaluate,
    click: async (selector) => client.elementClick(await element(selector)),
    hover: async (selector) => {
      const id = await element(selector);
      await client.performActions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', duration: 0, origin: { [ELEMENT_KEY]: id }, x: 0, y: 0 }],
        },
      ]);
    },
    type: async (text) => keys([...text]),
    press: async (key) => keys([KEY_CODES[key as NamedKey] ?? key]),
    back: () => client.back(),
    errors: () => evaluate(() => (window as unknown as { engineErrors?: string[] }).engineErrors ?? []),
  };
}

/**
 * Runs in the page once it has loaded: records uncaught errors, rejections, resources that failed to
 * load and console errors in `window.engineErrors`.
 */
function listenForErrors(): void {
  const page = window as unknown as { engineErrors?: string[] };
  if (page.engineErrors) return;
  const errors: string[] = [];
  page.engineErrors = errors;
  addEventListener(
    'error',
    (event) => {
      const target = event.target as { src?: string; href?: string } | null;
      errors.push(
        event instanceof ErrorEvent ? event.message : `failed to load ${target?.src ?? target?.href ?? 'a resource'}`,
      );
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
}

/** Starts Xvfb on the first free display, which it reports once it accepts clients. */
async function startXvfb(xvfb: string): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', SCREEN, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    let written = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(written.trim());
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it started:\n${stderr}`)));
    child.on('error', reject);
  });
  return { child, display };
}

async function untilListening(child: ChildProcess, port: number, name: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const outcome = await Promise.race([waitForPort(port).then(() => 'listening' as const), exited]);
  if (outcome !== 'listening') throw new Error(`${name} exited (${outcome}) before it listened:\n${stderr}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

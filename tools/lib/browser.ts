/**
 * Finds a Chromium for Playwright, and installs one when there is none: `CHROMIUM_PATH`, then
 * Playwright's own download, then a system Chromium; failing those, `playwright install chromium`,
 * then (as root) the distribution's `chromium` package.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep headless Chromium quiet and working in containers and closed networks. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The path of a Chromium that exists, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  return [chromium.executablePath(), ...SYSTEM_CHROMIUMS].find((path) => existsSync(path));
}

/** A Chromium to test with, installing one (and saying so) when none is found. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log('[browser] No Chromium found. Running `npx playwright install chromium`…');
  if (!tryRun('npx playwright install chromium')) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot) {
      console.log(
        '[browser] Playwright could not download Chromium. Installing Debian/Ubuntu `chromium` with apt-get…',
      );
      tryRun('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    }
  }
  const installed = findChromium();
  if (!installed) {
    throw new Error(
      'No Chromium could be found or installed. Install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.',
    );
  }
  console.log(`[browser] Using ${installed}`);
  return installed;
}

function tryRun(command: string): boolean {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

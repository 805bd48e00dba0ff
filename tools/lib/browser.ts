/**
 * Finds a Chromium for Playwright, and installs one when there is none: `CHROMIUM_PATH`, then
 * Playwright's own download, then a system Chromium; failing those, `playwright install chromium`,
 * then (as root) the distribution's `chromium` package.
 */
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { ensurePrograms, findProgram, type SystemProgram } from './systemPrograms.ts';

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

/** Chromium: `CHROMIUM_PATH`, Playwright's own download, or a system one. */
const CHROMIUM: SystemProgram = {
  name: 'Chromium',
  env: 'CHROMIUM_PATH',
  paths: [
    chromium.executablePath(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  debianPackage: 'chromium',
};

/** A Chromium to test with: Playwright's download where there is none, else (as root) the distribution's package, saying so. */
export function ensureChromium(): string {
  const found = findProgram(CHROMIUM);
  if (found) return found;
  console.log('[browser] No Chromium found. Running `npx playwright install chromium`…');
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } catch {
    // Then the distribution's package, below.
  }
  const [installed] = ensurePrograms([CHROMIUM]);
  console.log(`[browser] Using ${installed}`);
  return installed!;
}

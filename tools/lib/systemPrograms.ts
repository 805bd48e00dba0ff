/**
 * Finds the programs the tests run: Firefox ESR, WebKitGTK's WebDriver and MiniBrowser, the virtual
 * X server WebKit draws into, pdftotext and nginx (and Chromium, in browser.ts). Where one is
 * missing and the user is root, the distribution's packages are installed, saying so; failing that,
 * the error names every missing program and its package.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A program the tests run: where it usually is, the variable that says where it is instead, and the Debian package that brings it. */
export interface SystemProgram {
  /** What it is, for messages. */
  name: string;
  /** An environment variable holding its path, which then must exist. */
  env: string;
  /** Where distributions put it, most likely first. */
  paths: readonly string[];
  /** The Debian/Ubuntu package that installs it. */
  debianPackage: string;
}

/** Library folders holding architecture-specific files (`/usr/lib/x86_64-linux-gnu`), where WebKitGTK keeps MiniBrowser. */
function multiarchFolders(): string[] {
  if (!existsSync('/usr/lib')) return [];
  return readdirSync('/usr/lib')
    .filter((name) => /-linux-gnu/.test(name))
    .map((name) => join('/usr/lib', name));
}

/** Firefox, as Debian's ESR or any other build. */
export const FIREFOX: SystemProgram = {
  name: 'Firefox',
  env: 'FIREFOX_PATH',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'],
  debianPackage: 'firefox-esr',
};

/** WebKitGTK's WebDriver server, which starts MiniBrowser for each session. */
export const WEBKIT_WEBDRIVER: SystemProgram = {
  name: 'WebKitWebDriver',
  env: 'WEBKIT_WEBDRIVER_PATH',
  paths: ['/usr/bin/WebKitWebDriver'],
  debianPackage: 'webkit2gtk-driver',
};

/** WebKitGTK's own small browser, which the driver controls (it comes with the WebKitGTK library the driver needs). */
export const MINIBROWSER: SystemProgram = {
  name: 'MiniBrowser (WebKitGTK)',
  env: 'MINIBROWSER_PATH',
  paths: [
    ...multiarchFolders().map((folder) => join(folder, 'webkit2gtk-4.1', 'MiniBrowser')),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ],
  debianPackage: 'webkit2gtk-driver',
};

/** The virtual X server MiniBrowser draws into on a machine without a screen. */
export const XVFB: SystemProgram = {
  name: 'Xvfb',
  env: 'XVFB_PATH',
  paths: ['/usr/bin/Xvfb'],
  debianPackage: 'xvfb',
};

/** Poppler's PDF-to-text converter, which reads printed pages back. */
export const PDFTOTEXT: SystemProgram = {
  name: 'pdftotext',
  env: 'PDFTOTEXT_PATH',
  paths: ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'],
  debianPackage: 'poppler-utils',
};

/** nginx, for the deploy tests of deploy/nginx/. */
export const NGINX: SystemProgram = {
  name: 'nginx',
  env: 'NGINX_PATH',
  paths: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'],
  debianPackage: 'nginx',
};

/** The path of the program, or undefined where it is not installed. */
export function findProgram(program: SystemProgram, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env[program.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${program.env} is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  return program.paths.find((path) => existsSync(path));
}

/**
 * The paths of the programs, in order, installing the packages of those missing (as root, with
 * apt-get) and saying so; throws naming each program still missing and the package that brings it.
 */
export function ensurePrograms(programs: readonly SystemProgram[]): string[] {
  const missing = () => programs.filter((program) => findProgram(program) === undefined);
  const packages = [...new Set(missing().map((program) => program.debianPackage))];
  if (packages.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`[tests] Installing Debian/Ubuntu ${packages.join(', ')} with apt-get…`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
        stdio: 'inherit',
      });
    } catch {
      // Said below, program by program.
    }
  }
  const stillMissing = missing();
  if (stillMissing.length > 0) {
    throw new Error(
      `Missing for the tests: ${stillMissing
        .map((program) => `${program.name} (package ${program.debianPackage}, or set ${program.env})`)
        .join('; ')}. Install them, e.g. \`apt-get install ${[
        ...new Set(stillMissing.map((program) => program.debianPackage)),
      ].join(' ')}\`.`,
    );
  }
  return programs.map((program) => findProgram(program)!);
}

/**
 * Firefox through puppeteer-core over WebDriver BiDi, the protocol Firefox speaks natively
 * (Playwright's patched-Firefox protocol does not drive a stock Firefox ESR).
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { FIREFOX, ensurePrograms } from '../systemPrograms.ts';
import { callExpression, scrollIntoViewAtOnce, type Engine, type EnginePage, type PageFunction } from './page.ts';

/** Starts a headless Firefox with one tab. */
export async function launchFirefox(): Promise<Engine> {
  const [executablePath] = ensurePrograms([FIREFOX]);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: executablePath!,
    headless: true,
    // A bound for a browser that hangs as it starts, on a machine busy with other tests.
    timeout: 90_000,
  });
  const page = await browser.newPage();
  return {
    name: 'firefox',
    version: await browser.version(),
    page: puppeteerPage(page),
    close: () => browser.close(),
  };
}

function puppeteerPage(page: Page): EnginePage {
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));

  const evaluate = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
    page.evaluate(callExpression(fn as PageFunction<unknown[], unknown>, args)) as Promise<Awaited<R>>;
  const intoView = async (selector: string) => {
    if (!(await evaluate(scrollIntoViewAtOnce, selector))) throw new Error(`No element matches ${selector}`);
  };

  return {
    goto: async (url) => {
      errors = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    url: () => evaluate(() => location.href),
    setViewport: (width, height) => page.setViewport({ width, height }),
    evaluate,
    click: async (selector) => {
      await intoView(selector);
      await page.click(selector);
    },
    hover: async (selector) => {
      await intoView(selector);
      await page.hover(selector);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]),
    back: async () => {
      await page.goBack();
    },
    errors: async () => [...errors],
    pdf: async (format) => page.pdf({ format: format === 'A4' ? 'a4' : 'letter' }),
  };
}

/** Chromium through Playwright, the browser the rest of the suite drives, behind the engines' interface. */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../browser.ts';
import { callExpression, scrollIntoViewAtOnce, type Engine, type EnginePage, type PageFunction } from './page.ts';

/** Starts a headless Chromium with one tab. */
export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    page: playwrightPage(page),
    close: () => browser.close(),
  };
}

function playwrightPage(page: Page): EnginePage {
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

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
    url: async () => page.url(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    evaluate,
    click: async (selector) => {
      await intoView(selector);
      await page.locator(selector).first().click();
    },
    hover: async (selector) => {
      await intoView(selector);
      await page.locator(selector).first().hover();
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    back: async () => {
      await page.goBack();
    },
    errors: async () => [...errors],
    pdf: (format) => page.pdf({ format }),
  };
}

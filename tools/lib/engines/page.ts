/**
 * One interface over three ways of driving a browser (Playwright for Chromium, WebDriver BiDi for
 * Firefox, classic WebDriver for WebKitGTK): what the reader flows and the print tests need, so each
 * flow is written once and run in every engine.
 */

/** The engines the tests know. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Paper sizes for printing. */
export type PaperFormat = 'A4' | 'Letter';

/** Keys pressed by name rather than as the character they type. */
export type NamedKey = 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape' | 'Tab';

/** A function run in the page: its arguments and result travel as JSON. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R;

/** One browser tab a test drives, the same whatever engine is behind it. */
export interface EnginePage {
  /** Loads the URL and waits for its load event; the page's errors are counted from here. */
  goto(url: string): Promise<void>;
  /** The page's address now. */
  url(): Promise<string>;
  /** Sizes the viewport: the page's layout width and height in CSS pixels. */
  setViewport(width: number, height: number): Promise<void>;
  /** Runs `fn` in the page with `args` and returns its result, awaited; both travel as JSON (return no DOM nodes). */
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>>;
  /** Scrolls the first element matching the CSS selector into view at once, then clicks its centre. */
  click(selector: string): Promise<void>;
  /** Moves the mouse over the centre of the first element matching the selector. */
  hover(selector: string): Promise<void>;
  /** Types the text key by key into the focused element. */
  type(text: string): Promise<void>;
  /** Presses and releases one key: a character such as `/`, or a named key. */
  press(key: NamedKey | string): Promise<void>;
  /** Goes back one step in the tab's history. */
  back(): Promise<void>;
  /** What the page reported as errors since `goto`: uncaught exceptions, rejections and console errors. */
  errors(): Promise<string[]>;
  /** The page printed as a PDF on paper of that size, as a reader's print dialog would (engines that can). */
  pdf?(format: PaperFormat): Promise<Uint8Array>;
}

/** A running browser with its one tab. */
export interface Engine {
  name: EngineName;
  /** The browser's own name and version, for messages. */
  version: string;
  page: EnginePage;
  close(): Promise<void>;
}

/** How long a condition may take to come true before a wait fails: a bound for a hang, not a pause. */
export const WAIT_TIMEOUT = 15_000;

/**
 * Polls `probe` until it returns a truthy value and returns that value; fails naming `what` (and the
 * last value or error seen) once `timeout` has passed. A probe that throws counts as not yet: the page
 * may be between two documents. Tests wait for conditions this way, never for a time.
 */
export async function waitUntil<R>(what: string, probe: () => Promise<R>, timeout = WAIT_TIMEOUT): Promise<R> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let last: string;
    try {
      const value = await probe();
      if (value) return value;
      last = JSON.stringify(value);
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `fn`, run in the page, returns a truthy value, and returns it. */
export function waitForPage<A extends unknown[], R>(
  page: EnginePage,
  what: string,
  fn: PageFunction<A, R>,
  ...args: A
): Promise<Awaited<R>> {
  return waitUntil(what, () => page.evaluate(fn, ...args));
}

/** The source of a call of `fn` with `args`, as an expression a browser evaluates. */
export function callExpression(fn: PageFunction<unknown[], unknown>, args: readonly unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

/**
 * Whether a page is whole, as a reader sees it once its script has run: every custom element
 * defined, and every drawing the page draws on arrival drawn (`drawnFrom`: the attribute that marks
 * them, DRAWN_FROM of src/lib/charts/markup.ts; run in the page, the function imports nothing).
 */
export function pageWhole(drawnFrom: string): boolean {
  return document.querySelector(':not(:defined)') === null && document.querySelector(`[${drawnFrom}]`) === null;
}

/** Scrolls the element into view without the page's smooth scrolling, so a click lands where it is. */
export function scrollIntoViewAtOnce(selector: string): boolean {
  const element = document.querySelector(selector);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  return true;
}

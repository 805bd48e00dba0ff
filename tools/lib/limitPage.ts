/**
 * The one-request limit page of `npm run bench`: the first screen of the built home page (its site
 * header, its heading and the intro around it) with all of the page's CSS inline, and nothing else
 * but the page's icon: no script. No page of the site can draw that screen sooner, so the benchmark reports
 * every page's LCP as a ratio to this one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { normalizeBase } from '../../src/lib/urls.ts';

/** Where the benchmark serves the limit page, relative to the site root. */
export const LIMIT_PAGE_PATH = 'one-request-limit/';

/** What the browser keeps of the home page: the `<html>` tag's attributes, the head parts, the stylesheets and the trimmed body. */
interface FirstScreen {
  htmlAttributes: [name: string, value: string][];
  head: string;
  /** A file or inline CSS, and the media it is for where it is not for all (`print`). */
  stylesheets: { href?: string; text?: string; media?: string }[];
  body: string;
}

/**
 * Builds the limit page from the home page `index.html` of a built site in `siteDir` (served at
 * `base`), parsing it in a browser `page` with every request refused, so nothing is fetched or run.
 */
export async function limitPage(siteDir: string, base: string, page: Page): Promise<string> {
  const file = join(siteDir, 'index.html');
  await page.route('**/*', (route) => route.abort());
  await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'domcontentloaded' });
  const screen = await page.evaluate(firstScreen);
  if (typeof screen === 'string') throw new Error(`${file}: ${screen}`);

  const root = normalizeBase(base);
  const css = screen.stylesheets.map(({ href, text, media }) => {
    let rules = text ?? '';
    if (href !== undefined) {
      const { pathname } = new URL(href, `http://site${root}`);
      if (!pathname.startsWith(root)) throw new Error(`${file}: stylesheet ${href} is not under the base ${root}`);
      rules = readFileSync(join(siteDir, pathname.slice(root.length)), 'utf8');
    }
    // In one <style>, a sheet for print only keeps to print.
    return media && media !== 'all' ? `@media ${media}{${rules}}` : rules;
  });
  const attributes = screen.htmlAttributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<!DOCTYPE html><html${attributes}><head>${screen.head}<style>${css.join('\n')}</style></head>${screen.body}</html>`;
}

/**
 * Runs in the browser: trims the parsed home page to its first screen. Returns what is wrong
 * instead when the page has no `<h1>` in its `<main>`.
 */
function firstScreen(): FirstScreen | string {
  const heading = document.querySelector('main h1');
  if (!heading) return 'no <h1> inside <main> to build the first screen around';
  // The heading's own header block (kicker, heading, intro), or its parent where there is none.
  const intro = heading.closest('main header') ?? heading.parentElement!;
  const kept = [document.querySelector('body > header'), intro].filter((element) => element !== null);
  const stylesheets = [
    ...document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel~="stylesheet"], style'),
  ].map((element) => ({
    ...(element instanceof HTMLLinkElement
      ? { href: element.getAttribute('href')! }
      : { text: element.textContent ?? '' }),
    ...(element.media ? { media: element.media } : {}),
  }));
  // Everything that is neither a kept block, inside one, nor around one goes (skip link, footer, the rest of main, scripts).
  for (const element of [...document.body.querySelectorAll('*')]) {
    if (!kept.some((keep) => keep.contains(element) || element.contains(keep))) element.remove();
  }
  // Nor any script inside them: the limit page is one response, with nothing to fetch or run.
  for (const script of [...document.body.querySelectorAll('script')]) script.remove();
  return {
    htmlAttributes: [...document.documentElement.attributes].map((attribute) => [attribute.name, attribute.value]),
    // The icon too: without a link, browsers would fetch /favicon.ico (the site's 404 page). The
    // site's pages carry theirs inline, so the limit page shows the same one with no request either.
    head: [...document.head.querySelectorAll('meta[charset], meta[name="viewport"], title, link[rel~="icon"]')]
      .map((element) => element.outerHTML)
      .join(''),
    stylesheets,
    body: document.body.outerHTML,
  };
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

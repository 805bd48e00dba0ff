/**
 * The site's scripts only enhance a page that is complete without them (the search box, the filter,
 * the charts' tooltips), so nothing of them is fetched before the page is first drawn: each module
 * script (`<script type="module" src>`) becomes a small inline module that imports it once the page's
 * first contentful paint is on screen. A page's first screen is then its one response
 * (docs/performance.md).
 */

import type { PageEdit } from './pageEdits.ts';

const MODULE_SCRIPT_START = '<script type="module" src="';
const MODULE_SCRIPT_END = '"></script>';

/**
 * The inline code that imports `src` once the browser reports the page's first contentful paint (as
 * drawn on screen), or at the load event in a browser that reports no paints.
 */
export function loaderFor(src: string): string {
  return [
    `const load=()=>import(${JSON.stringify(src)});`,
    `PerformanceObserver.supportedEntryTypes?.includes("paint")`,
    `?new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();load()}}).observe({type:"paint",buffered:true})`,
    `:addEventListener("load",load)`,
  ].join('');
}

/**
 * The edits that load each of the page's module scripts after its first contentful paint (its bytes
 * as Astro wrote them), and the inline code they write (for its policy).
 */
export function loadAfterFirstPaint(html: Buffer): { edits: PageEdit[]; loaders: string[] } {
  // Plain search, not a pattern: every page has its script tag, and every built page passes through here.
  const edits: PageEdit[] = [];
  const loaders: string[] = [];
  let start = html.indexOf(MODULE_SCRIPT_START);
  while (start !== -1) {
    const srcStart = start + MODULE_SCRIPT_START.length;
    const end = html.indexOf(MODULE_SCRIPT_END, srcStart);
    if (end === -1) break;
    const src = html.toString('utf8', srcStart, end);
    // A tag with more attributes than type and src is not one Astro wrote, and stays as it is.
    if (!src.includes('"')) {
      const loader = loaderFor(src);
      loaders.push(loader);
      edits.push({ start, end: end + MODULE_SCRIPT_END.length, text: `<script type="module">${loader}</script>` });
    }
    start = html.indexOf(MODULE_SCRIPT_START, srcStart);
  }
  return { edits, loaders };
}

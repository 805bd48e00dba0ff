/**
 * The site's scripts only enhance a page that is complete without them (the search box, the filter,
 * the charts' tooltips), so nothing of them is fetched before the page is first drawn: each module
 * script Astro writes (`<script type="module" src>`) becomes a small inline module that imports it once
 * the page's first contentful paint is on screen (src/node/finishPage.ts makes the swap). A page's
 * first screen is then its one response (docs/performance.md).
 */

/**
 * The inline code that imports `src` once the browser reports the page's first contentful paint (as
 * drawn on screen), or at the load event in a browser that reports no paints. No `<` is written as
 * itself, so no address can end the script element early.
 */
export function loaderFor(src: string): string {
  const url = JSON.stringify(src).replaceAll('<', '\\u003c');
  return [
    `const load=()=>import(${url});`,
    `PerformanceObserver.supportedEntryTypes?.includes("paint")`,
    `?new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();load()}}).observe({type:"paint",buffered:true})`,
    `:addEventListener("load",load)`,
  ].join('');
}

/**
 * The site's scripts only enhance a page that is complete without them (the search box, the filter,
 * the charts' tooltips), so nothing of them is fetched before the page is first drawn: each module
 * script (`<script type="module" src>`) becomes a small inline module that imports it once the page's
 * first contentful paint is on screen. A page's first screen is then its one response
 * (docs/performance.md).
 */

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

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

/** The page with each module script loaded after its first contentful paint, and the inline code it now runs (for its policy). */
export function loadAfterFirstPaint(html: string): { html: string; loaders: string[] } {
  const loaders: string[] = [];
  const deferred = html.replace(MODULE_SCRIPT, (_, src: string) => {
    const loader = loaderFor(src);
    loaders.push(loader);
    return `<script type="module">${loader}</script>`;
  });
  return { html: deferred, loaders };
}

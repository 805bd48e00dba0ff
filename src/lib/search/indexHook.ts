/**
 * How a page reaches the search index as it is rendered: for the length of a build, the search-index
 * integration (src/node/searchIndex.ts) puts a function on `globalThis` under this key, and
 * src/middleware.ts hands it every page that marks text for the search (`data-pagefind-body`).
 * Pagefind, a process of its own, reads each page while the next ones render, instead of reading
 * every file back from `dist/` once all are written.
 */
export const SEARCH_INDEX_HOOK = Symbol.for('kt-lg-timeline.search-index');

/** Takes a rendered page: its path as requested (base included) and its HTML. */
export type IndexPage = (pathname: string, html: string) => void;

/** The hook during a build that writes a search index; none in `astro dev`. */
export function searchIndexHook(): IndexPage | undefined {
  return (globalThis as Record<symbol, IndexPage | undefined>)[SEARCH_INDEX_HOOK];
}

/** Whether a page marks text for the search: the article pages do. */
export function isSearchable(html: string): boolean {
  return html.includes('data-pagefind-body');
}

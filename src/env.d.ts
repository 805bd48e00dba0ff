interface ImportMetaEnv {
  /** Whether the page is being built by `astro build`, not served by `astro dev` (src/node/buildFlag.ts). */
  readonly SITE_BUILD: boolean;
  /** Where a build keeps each article page's part for the search index (src/node/searchIndex.ts). */
  readonly SEARCH_RECORDS: string;
}

interface ImportMetaEnv {
  /** Whether the page is being built by `astro build`, not served by `astro dev` (src/node/buildFlag.ts). */
  readonly SITE_BUILD: boolean;
  /** Where a build notes where each article page's part for the search index is (src/node/searchIndex.ts). */
  readonly SEARCH_NOTES: string;
}

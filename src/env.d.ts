interface ImportMetaEnv {
  /** Whether the page is being built by `astro build`, not served by `astro dev` (src/node/buildFlag.ts). */
  readonly SITE_BUILD: boolean;
}

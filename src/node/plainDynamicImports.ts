/**
 * An Astro integration that keeps Vite's preload helper off the pages. The site's scripts load their
 * heavier parts with `import()` when a reader first uses them (the search box, the filter), and those
 * parts import nothing that needs preloading; Vite still wraps every `import()` in a helper that can
 * preload a module's CSS and imports, on every page (its size: docs/performance.md). Here that helper
 * becomes a plain call, and the build fails if a dynamic import ever does come to need preloading.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Vite's module for the helper. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** The helper's export, which Vite wraps every `import()` in. */
const PRELOAD_FUNCTION = '__vitePreload';

const plugin: Plugin = {
  name: 'plain-dynamic-imports',
  enforce: 'pre',
  applyToEnvironment: (environment) => environment.config.consumer === 'client',
  // The helper's one export, `(load, deps) => load()`: whichever chunk holds it grows by a few bytes, not by the helper.
  load: (id) => (id === PRELOAD_HELPER ? `export const ${PRELOAD_FUNCTION} = (load) => load();` : null),
  renderChunk(code, chunk) {
    if (code.includes('__vite__mapDeps')) {
      this.error(
        `${chunk.fileName} imports a module that has dependencies to preload; src/node/plainDynamicImports.ts no longer fits the site's scripts.`,
      );
    }
    return null;
  },
};

/** Adds the plugin to the client build. */
export function plainDynamicImports(): AstroIntegration {
  return {
    name: 'plain-dynamic-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}

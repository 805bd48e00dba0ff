/**
 * An Astro integration that tells the pages whether they are being built (`astro build`) or served
 * by `astro dev`, whatever NODE_ENV says (`import.meta.env.PROD` follows NODE_ENV): a built page
 * carries the Content-Security-Policy (src/layouts/BaseLayout.astro), which would refuse the styles
 * `astro dev` injects as files change.
 */
import type { AstroIntegration } from 'astro';

export function buildFlag(): AstroIntegration {
  return {
    name: 'build-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SITE_BUILD': JSON.stringify(command === 'build') } } });
      },
    },
  };
}

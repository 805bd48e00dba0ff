import { describe, expect, it } from 'vitest';
import { buildFlag } from '../../../src/node/buildFlag.ts';

type ConfigSetup = (options: { command: string; updateConfig: (config: unknown) => void }) => void;

/** What the integration adds to Astro's config for a command. */
function configFor(command: string): unknown {
  let added: unknown;
  const setup = buildFlag().hooks['astro:config:setup'] as unknown as ConfigSetup;
  setup({ command, updateConfig: (config) => (added = config) });
  return added;
}

describe('buildFlag', () => {
  it('tells the pages they are built by `astro build`, and not by any other command, whatever NODE_ENV says', () => {
    expect(configFor('build')).toEqual({ vite: { define: { 'import.meta.env.SITE_BUILD': 'true' } } });
    for (const command of ['dev', 'preview', 'sync']) {
      expect(configFor(command)).toEqual({ vite: { define: { 'import.meta.env.SITE_BUILD': 'false' } } });
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { buildFlag } from '../../../src/node/buildFlag.ts';

type ConfigSetup = (options: { command: string; updateConfig: (config: unknown) => void }) => void;

/** What the integration adds to Astro's config for a command. */
function configFor(command: string): unknown {
  let added: unknown;
  const setup = buildFlag().hooks['astro:config:setup'] as unknown as ConfigSetup;
  setup({ command, updateConfig: (config) => (added = config) });
  return added;
}

const flag = (built: boolean) => ({ vite: { define: { 'import.meta.env.SITE_BUILD': JSON.stringify(built) } } });
const nodeEnv = process.env['NODE_ENV'];

describe('buildFlag', () => {
  afterEach(() => {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  });

  it('tells the pages they are built by `astro build`, and not by any other command, whatever NODE_ENV says', () => {
    for (const environment of ['production', 'development', 'test', '']) {
      process.env['NODE_ENV'] = environment;
      expect(configFor('build'), `NODE_ENV=${environment}`).toEqual(flag(true));
      for (const command of ['dev', 'preview', 'sync']) {
        expect(configFor(command), `${command}, NODE_ENV=${environment}`).toEqual(flag(false));
      }
    }
  });
});

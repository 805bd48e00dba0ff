/** The engines the tests drive through one interface (page.ts), each started by name. */
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { Engine, EngineName } from './page.ts';
import { launchWebKit } from './webkit.ts';

export * from './page.ts';

const LAUNCHERS: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
};

/** Starts the engine's browser with one tab; the programs it needs are found, or installed, first. */
export function launchEngine(name: EngineName): Promise<Engine> {
  return LAUNCHERS[name]();
}

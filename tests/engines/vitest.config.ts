/**
 * The engines suite (`npm run test:engines`): the reader's flows in Firefox and WebKit, and printed
 * pages in Chromium and Firefox, against one build of the site (globalSetup.ts). One file and one
 * browser at a time: browsers share the machine's cores with each other.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/globalSetup.ts'],
    fileParallelism: false,
    // Bounds for a hang, not waits: every step waits for a condition of its own (tools/lib/engines/page.ts).
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});

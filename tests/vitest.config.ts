/** Unit tests for `src/lib`, `src/node` and `tools/`, under a pinned non-UTC time zone (set below) so date bugs show. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Pinned, and west of UTC: a date parsed as local midnight would show the day before.
process.env['TZ'] = 'America/Los_Angeles';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/tools/**/*.test.ts'],
  },
});

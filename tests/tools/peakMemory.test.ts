import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peakMemoryEnv, readUsage } from '../../tools/lib/peakMemory.ts';

describe('peakMemoryEnv and readUsage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peak-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // What the child does is small, and measured in CPU time, not wall time; a machine busy with a build
  // beside the tests may still take a while to give it that, so the bound is for a hang only.
  it(
    'record the largest Node process of a command and the CPU time of all, a child process included',
    { timeout: 120_000 },
    () => {
      const file = join(dir, 'usage');
      // A small parent that starts a child holding 300 MB and computing for a tenth of a second of CPU time: the peak is the child's.
      const child = `const b = Buffer.alloc(300 * 2 ** 20, 1); while (process.cpuUsage().user < 100_000);`;
      const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
      const run = spawnSync(process.execPath, ['-e', parent], { env: { ...process.env, ...peakMemoryEnv(file) } });
      expect(run.status).toBe(0);
      const usage = readUsage(file);
      expect(usage.peakMemoryMb).toBeGreaterThan(300);
      expect(usage.peakMemoryMb).toBeLessThan(1000);
      expect(usage.cpuSeconds).toBeGreaterThan(0.1);
    },
  );

  it('refuse a file with nothing recorded', () => {
    const file = join(dir, 'empty');
    writeFileSync(file, '');
    expect(() => readUsage(file)).toThrow(/No usage recorded/);
  });
});

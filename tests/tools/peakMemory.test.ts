import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peakMemoryEnv, readUsage } from '../../tools/lib/peakMemory.ts';

describe('peakMemoryEnv and readUsage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peak-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The child's half second of CPU time takes far longer in wall time on a machine busy with other
  // tests (the unit suite runs two files at once): the timeout bounds a hang, not the machine's speed.
  it('record the largest Node process of a command and the CPU time of all, a child process included', () => {
    const file = join(dir, 'usage');
    // A small parent that starts a child holding 300 MB and computing for half a second of CPU time: the peak is the child's.
    const child = `const b = Buffer.alloc(300 * 2 ** 20, 1); while (process.cpuUsage().user < 500_000);`;
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
    const run = spawnSync(process.execPath, ['-e', parent], { env: { ...process.env, ...peakMemoryEnv(file) } });
    expect(run.status).toBe(0);
    const usage = readUsage(file);
    expect(usage.peakMemoryMb).toBeGreaterThan(300);
    expect(usage.peakMemoryMb).toBeLessThan(1000);
    expect(usage.cpuSeconds).toBeGreaterThan(0.4);
  }, 60_000);

  it('refuse a file with nothing recorded', () => {
    const file = join(dir, 'empty');
    writeFileSync(file, '');
    expect(() => readUsage(file)).toThrow(/No usage recorded/);
  });
});

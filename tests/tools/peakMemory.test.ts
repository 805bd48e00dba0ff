import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peakMemoryEnv, readPeakMemoryMb } from '../../tools/lib/peakMemory.ts';

describe('peakMemoryEnv and readPeakMemoryMb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peak-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('record the largest Node process of a command, a child process included', () => {
    const file = join(dir, 'rss');
    // A small parent that starts a child holding 300 MB: the peak is the child's.
    const child = `const b = Buffer.alloc(300 * 2 ** 20, 1); console.log(b.length);`;
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
    const run = spawnSync(process.execPath, ['-e', parent], { env: { ...process.env, ...peakMemoryEnv(file) } });
    expect(run.status).toBe(0);
    const peak = readPeakMemoryMb(file);
    expect(peak).toBeGreaterThan(300);
    expect(peak).toBeLessThan(1000);
  });

  it('refuse a file with nothing recorded', () => {
    const file = join(dir, 'empty');
    writeFileSync(file, '');
    expect(() => readPeakMemoryMb(file)).toThrow(/No peak memory recorded/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProgram, type SystemProgram } from '../../tools/lib/systemPrograms.ts';

const dir = mkdtempSync(join(tmpdir(), 'programs-'));
const present = join(dir, 'present');
writeFileSync(present, '');
const program: SystemProgram = {
  name: 'A program',
  env: 'A_PROGRAM_PATH',
  paths: [join(dir, 'absent'), present],
  debianPackage: 'a-package',
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findProgram', () => {
  it('takes the first of the usual places that exists', () => {
    expect(findProgram(program, {})).toBe(present);
    expect(findProgram({ ...program, paths: [join(dir, 'absent')] }, {})).toBeUndefined();
  });

  it('takes the path its variable gives, and refuses one where there is no file', () => {
    expect(findProgram(program, { A_PROGRAM_PATH: present })).toBe(present);
    expect(() => findProgram(program, { A_PROGRAM_PATH: join(dir, 'nowhere') })).toThrow(
      /A_PROGRAM_PATH is set to .*nowhere, but there is no file there/,
    );
  });
});

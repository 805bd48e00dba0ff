/** Reads a whole folder into memory, for comparing two builds of the site (a few megabytes at most). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FileTree } from './treeDiff.ts';

/** Every file below `dir`, by its `/`-separated path relative to `dir`. */
export function readTree(dir: string): FileTree {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path).split(sep).join('/'), readFileSync(path)];
    }),
  );
}

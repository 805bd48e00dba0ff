/**
 * The layout is the architecture (README, "Layout"): `src/` is exactly the site and imports nothing
 * outside itself; `src/lib` is plain TypeScript that never imports Astro's virtual modules or Astro files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every relative or virtual module specifier a file imports, with the file's path. */
function imports(dir: string): { file: string; specifier: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name))
    .flatMap((name) => {
      const file = join(dir, name);
      const text = readFileSync(join(ROOT, file), 'utf8');
      return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g)].map(
        (match) => ({ file, specifier: (match[1] ?? match[2])! }),
      );
    });
}

describe('src/', () => {
  it('imports nothing outside src/ but packages', () => {
    const outside = imports('src')
      .filter(({ specifier }) => specifier.startsWith('.'))
      .filter(({ file, specifier }) =>
        relative(join(ROOT, 'src'), resolve(ROOT, dirname(file), specifier)).startsWith('..'),
      )
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(outside).toEqual([]);
  });

  it('src/lib never imports astro:* modules or .astro components, so plain unit tests cover it', () => {
    const astro = imports('src/lib')
      .filter(({ specifier }) => specifier.startsWith('astro:') || specifier.endsWith('.astro'))
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(astro).toEqual([]);
  });
});

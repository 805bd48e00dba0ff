/**
 * The layout is the architecture (README, "Layout"): `src/` is exactly the site and imports nothing
 * outside itself; `src/lib` is plain TypeScript that runs anywhere TypeScript runs (no Astro virtual
 * modules or Astro files, no Node modules, no `Buffer`), and the browser's scripts import only it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every module specifier the files under a folder import, with the file's path. */
function imports(dir: string): { file: string; specifier: string }[] {
  return filesUnder(dir).flatMap((file) => importsOf(file));
}

/** Every module specifier a file imports, statically or dynamically, with the file's path; with `running`, only what the code that runs imports. */
function importsOf(file: string, running = false): { file: string; specifier: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return (
    [
      ...text.matchAll(
        /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm,
      ),
    ]
      // `import type` is gone from the code that runs.
      .filter((match) => !running || !/^(?:import|export)\s+type\s/.test(match[0]))
      .map((match) => ({ file, specifier: (match[1] ?? match[2] ?? match[3])! }))
  );
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

  it('src/lib uses nothing of Node: no node: or built-in module, no Buffer', () => {
    const builtins = new Set(builtinModules);
    const node = imports('src/lib')
      .filter(({ specifier }) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!))
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    const buffers = filesUnder('src/lib')
      .filter((file) => /\bBuffer\b/.test(readFileSync(join(ROOT, file), 'utf8')))
      .map((file) => `${file} uses Buffer`);
    expect([...node, ...buffers]).toEqual([]);
  });

  it('the browser’s scripts (src/scripts) reach only each other, src/lib and packages, never Node or build code', () => {
    const builtins = new Set(builtinModules);
    const reached = new Set<string>();
    const follow = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const { specifier } of importsOf(file, true)) {
        if (specifier.startsWith('.')) follow(moduleFile(resolve(ROOT, dirname(file), specifier)));
        else if (/^(node|astro):/.test(specifier) || builtins.has(specifier)) reached.add(specifier);
      }
    };
    filesUnder('src/scripts').forEach(follow);
    const outside = [...reached].filter((file) => !/^src\/(scripts|lib)\//.test(file));
    expect(outside).toEqual([]);
  });
});

/** Every TypeScript, module or Astro file under a folder, relative to the root. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name))
    .map((name) => join(dir, name));
}

/** The module file an import resolves to, relative to the root: as written, or with `.ts`. */
function moduleFile(path: string): string {
  const file = [path, `${path}.ts`, join(path, 'index.ts')].find(
    (candidate) => existsSync(candidate) && /\.\w+$/.test(candidate),
  );
  return relative(ROOT, file ?? path);
}

/** Where the content lives and how to read it from disk: the only I/O the content checks need. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import type { ContentFile, ContentInput, MdxBodyCheck } from '../lib/content/validate.ts';

/** The content root: `CONTENT_DIR` when set, else `content`, resolved against the project root. */
export function contentRoot(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env['CONTENT_DIR'] || 'content');
}

/** Compiles an MDX body with the same processor Astro uses, and reports where it fails. */
export const checkMdxBody: MdxBodyCheck = (body) => {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(message);
    // Positions like "(4:1)" count from the body's first line; the report gives the file's line instead.
    const reason = message
      .replace(/^(\d+):(\d+):\s*/, '')
      .replace(/\s*\(mdx[-\w]*:[-\w]+\)$/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    return position ? { line: Number(position[1]), reason } : { reason };
  }
};

/** Reads every article and company file below a content root, with paths relative to the project root. */
export function readContent(dir: string, root: string = process.cwd()): ContentInput {
  return {
    articles: readFiles(join(dir, 'articles'), /\.mdx$/i, root),
    companies: readFiles(join(dir, 'companies'), /\.ya?ml$/i, root),
    rates: readFiles(dir, /^rates\.yaml$/, root, false)[0],
    site: readFiles(dir, /^site\.yaml$/, root, false)[0],
    dir: relative(root, dir).split('\\').join('/') || '.',
    checkMdxBody,
  };
}

function readFiles(dir: string, pattern: RegExp, root: string, recursive = true): ContentFile[] {
  if (!exists(dir)) return [];
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
    });
}

function exists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

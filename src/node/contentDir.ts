/** Where the content lives and how to read it from disk: the only I/O the content checks need. */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { calendarDateFromUtc } from '../lib/dates.ts';
import {
  DEFAULT_CONTENT_DIR,
  isContentFile,
  publishedName,
  type ContentKind,
  type RefusedEntry,
} from '../lib/content/folder.ts';
import type { ContentFile, ContentInput } from '../lib/content/validate.ts';

/** The content folder as the build's loaders and the commands read it: `CONTENT_DIR` when set, else `content`. */
export function contentFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env['CONTENT_DIR'] || DEFAULT_CONTENT_DIR;
}

/** The content root: `contentFolder()` resolved against the project root. */
export function contentRoot(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, contentFolder(env));
}

/**
 * The content folder the commands use (`CONTENT_DIR`, else `content`), read for a check: its files,
 * what else it holds, which `CONTENT_DIR` named it, and today's date (for dates in the future).
 */
export function readContentFolder(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): ContentInput {
  const content = readContent(contentRoot(root, env), root);
  return {
    ...content,
    folder: { ...content.folder!, variable: env['CONTENT_DIR'] || undefined },
    today: calendarDateFromUtc(new Date()),
  };
}

/**
 * Reads every article and company file below a content root, with paths relative to the project
 * root, by the rule the build's loaders share (src/lib/content/folder.ts): a name starting with a dot
 * is skipped, a link is never followed, and a file named as content the site would not publish is
 * reported rather than left out.
 */
export function readContent(dir: string, root: string = process.cwd()): ContentInput {
  const refused: RefusedEntry[] = [];
  const fromRoot = (path: string) => relative(root, path).split(sep).join('/');
  const readOne = (name: string): ContentFile | undefined => {
    const path = join(dir, name);
    const kind = entryKind(path);
    if (kind === 'link') refused.push({ path: fromRoot(path), kind: 'link' });
    return kind === 'file' ? { path: fromRoot(path), text: readFileSync(path, 'utf8') } : undefined;
  };
  return {
    articles: readFiles(join(dir, 'articles'), 'article', refused, fromRoot),
    companies: readFiles(join(dir, 'companies'), 'company', refused, fromRoot),
    rates: readOne('rates.yaml'),
    site: readOne('site.yaml'),
    dir: fromRoot(dir) || '.',
    // The folder itself may be a link (a mounted or shared folder): only what is inside it must not be.
    folder: { exists: isFolder(dir), refused },
    fileExists: (path) => entryKind(join(dir, path)) === 'file',
  };
}

/** The files of one kind below a folder, sorted by path; links and misnamed files go to `refused`. */
function readFiles(
  dir: string,
  kind: ContentKind,
  refused: RefusedEntry[],
  fromRoot: (path: string) => string,
): ContentFile[] {
  const files: ContentFile[] = [];
  const top = entryKind(dir);
  if (top === 'link') refused.push({ path: fromRoot(dir), kind: 'link' });
  if (top !== 'folder') return files;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      // Editors' swap and lock files (.x.mdx.swp, .#x.mdx), as the loaders' glob skips them.
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink()) refused.push({ path: fromRoot(path), kind: 'link' });
      else if (entry.isDirectory()) walk(path);
      else if (!entry.isFile()) continue;
      else if (isContentFile(entry.name, kind)) files.push({ path: fromRoot(path), text: readFileSync(path, 'utf8') });
      else {
        const name = publishedName(entry.name, kind);
        if (name) refused.push({ path: fromRoot(path), kind: 'name', publishedName: name });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What is at a path, without following a link. */
function entryKind(path: string): 'file' | 'folder' | 'link' | 'none' {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'none';
  } catch {
    return 'none';
  }
}

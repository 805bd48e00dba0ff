/**
 * Which files of the content folder are content: one rule for the build's loaders
 * (src/content.config.ts) and `npm run check:content`, so the check counts exactly what is
 * published. Files and folders whose names start with a dot are neither (editors' swap and lock
 * files); a link, or a name the site does not publish but an editor meant as content (`.MDX`, `.md`),
 * is a problem, since it would silently be left out, or lead outside the folder.
 */
import type { ContentProblem } from './problems.ts';

/** The content folder, relative to the project root, when `CONTENT_DIR` names none. */
export const DEFAULT_CONTENT_DIR = 'content';

/** The article files the loader publishes, below `articles/`. */
export const ARTICLE_PATTERN = '**/*.mdx';
/** The company files the loader publishes, below `companies/`. */
export const COMPANY_PATTERN = '**/*.{yaml,yml}';

/** The two kinds of file below their own folders. */
export type ContentKind = 'article' | 'company';

/** Whether a file name is one the loader publishes as that kind of content (matching the patterns above). */
export function isContentFile(name: string, kind: ContentKind): boolean {
  return kind === 'article' ? name.endsWith('.mdx') : name.endsWith('.yaml') || name.endsWith('.yml');
}

/** The name a file that was meant as content should have (`x.MDX` → `x.mdx`, `x.md` → `x.mdx`), or undefined when it is not one. */
export function publishedName(name: string, kind: ContentKind): string | undefined {
  if (isContentFile(name, kind)) return undefined;
  const meant = kind === 'article' ? /\.(?:mdx|md|markdown)$/i : /\.(?:yaml|yml)$/i;
  if (!meant.test(name)) return undefined;
  return kind === 'article' ? name.replace(/\.[^.]+$/, '.mdx') : name.replace(/\.[^.]+$/, (extension) => extension.toLowerCase());
}

/** What reading a content folder found besides its files. */
export interface FolderReading {
  /** `CONTENT_DIR` as the deployer wrote it, when it named the folder. */
  variable?: string | undefined;
  /** Whether the folder is there at all. */
  exists: boolean;
  /** Entries that are not read: links, and files named as content the site would not publish. */
  refused: readonly RefusedEntry[];
}

/** An entry of the content folder that is not read, by its path relative to the repository. */
export interface RefusedEntry {
  path: string;
  /** A link (to a file or a folder), or a file whose name should be `publishedName`. */
  kind: 'link' | 'name';
  /** For a name: the name it should have. */
  publishedName?: string | undefined;
}

/** The problems of the folder itself: missing, without articles, or with entries that would not be published. */
export function folderProblems(folder: FolderReading, dir: string, articleCount: number): ContentProblem[] {
  if (!folder.exists) {
    return [
      folder.variable === undefined
        ? {
            file: dir,
            field: '(folder)',
            expected: 'the content folder, with articles/, companies/ and site.yaml (or CONTENT_DIR naming another one)',
          }
        : {
            file: dir,
            field: 'CONTENT_DIR',
            found: `${JSON.stringify(folder.variable)}, a folder that does not exist`,
            expected: 'a content folder with articles/, companies/ and site.yaml (CONTENT_DIR is read from where the command runs)',
          },
    ];
  }
  const refused = folder.refused.map(
    (entry): ContentProblem =>
      entry.kind === 'link'
        ? {
            file: entry.path,
            field: '(file)',
            found: 'a link to another file or folder',
            expected:
              'a file of its own: copy the file into the content folder instead of linking to it (a link may lead outside the folder, or back to itself)',
          }
        : {
            file: entry.path,
            field: '(file name)',
            found: `the name ${JSON.stringify(entry.path.split('/').pop())}, which the site does not publish`,
            expected: `${JSON.stringify(entry.publishedName)}: rename the file (extensions are lower case, and an article is a .mdx file)`,
          },
  );
  const empty: ContentProblem[] =
    articleCount === 0
      ? [
          {
            file: `${dir}/articles`,
            field: '(folder)',
            found: 'no articles',
            expected: 'at least one article, a .mdx file in articles/: a site without articles has nothing to publish',
          },
        ]
      : [];
  return [...empty, ...refused];
}

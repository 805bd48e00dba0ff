/** Where the content lives and how to read it from disk: the only I/O the content checks need. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { mdxToJs, mdxToMdast } from 'satteri';
import type { ContentFile, ContentInput, MdxBodyCheck } from '../lib/content/validate.ts';

/** The content root: `CONTENT_DIR` when set, else `content`, resolved against the project root. */
export function contentRoot(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env['CONTENT_DIR'] || 'content');
}

/**
 * Checks an MDX body with the same processor Astro uses: it must compile, and it must hold no
 * `<script>` or `<style>` element, which each page's Content-Security-Policy would refuse
 * (src/lib/csp.ts; the build would stop at the page).
 */
export const checkMdxBody: MdxBodyCheck = (body) => compileProblem(body) ?? inlineCodeProblem(body);

const VALID_MDX =
  'valid MDX: every <Tag> closed by </Tag> (or written <Tag />), a { or < in text written \\{ or \\<, comments written {/* like this */}';
const NO_INLINE_CODE =
  'no <script> or <style> in an article: the page allows only code the site wrote (docs/deploy.md, "Security headers"); to show the tag as text, write it in backticks, `<script>`';

function compileProblem(body: string): ReturnType<MdxBodyCheck> {
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
    return {
      ...(position ? { line: Number(position[1]) } : {}),
      found: `an MDX error: ${reason}`,
      expected: VALID_MDX,
    };
  }
}

function inlineCodeProblem(body: string): ReturnType<MdxBodyCheck> {
  // Most bodies have no such tag at all; only one that has is parsed, to tell an element from text in code.
  if (!/<(script|style)\b/.test(body)) return undefined;
  const element = findNode(
    mdxToMdast(body) as TreeNode,
    (node) =>
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      (node.name === 'script' || node.name === 'style'),
  );
  if (!element) return undefined;
  const line = element.position?.start.line;
  return { ...(line === undefined ? {} : { line }), found: `a <${element.name}> element`, expected: NO_INLINE_CODE };
}

/** What the search reads of a node of satteri's mdast (`MdastNode`): JSX elements have a name. */
interface TreeNode {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: TreeNode[];
}

/** The first node of a tree, depth first, that passes `test`. */
function findNode(node: TreeNode, test: (node: TreeNode) => boolean): TreeNode | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

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

/**
 * How the build compiles articles: Astro's own MDX processor (@astrojs/markdown-satteri) with two
 * plugins in front of its own. The first applies the article rules (src/lib/content/articleBody.ts)
 * to the nodes of the tree the pipeline parsed and stops the compile, naming the file and line, when
 * they refuse anything: before any code is made of the article, so nothing in it can run, in
 * `astro build` or `astro dev`. It asks satteri's parser for the nodes by type, every type but plain
 * Markdown, which the rules never refuse: reading the tree itself from JavaScript copies all of it
 * out of the parser first, which costs more than the rest of the compile (docs/performance.md). The
 * second turns each `<Figure src="./images/x.jpg">` into the import Astro makes for a Markdown
 * picture, so the editor writes a path and the image pipeline still gets the file.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';
import { MARKDOWN_TYPES, nodesProblems } from '../lib/content/articleBody.ts';
import { localImage } from '../lib/content/bodyUrls.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { contentRoot } from './contentDir.ts';

/** The MDX processor for `mdx({ processor })`: the article rules, then `<Figure>` pictures, then Astro's own plugins. */
export function articleProcessor(root: string = process.cwd()) {
  const content = contentRoot(root);
  return satteri({
    mdastPlugins: [
      (context: PluginFactoryContext) => {
        const paths = articlePaths(context.fileURL, root, content);
        return [articleRules(paths, content), figureImages(paths.inContent)];
      },
    ],
  });
}

/**
 * Every type of node satteri's MDX parser makes, as its visitors name them: the rules see each node
 * of every type but plain Markdown. tests/unit/node/articlePipeline.test.ts holds it to satteri's
 * own list, so a type a newer satteri adds is never passed over unseen.
 */
export const MDAST_VISITOR_TYPES = [
  ...['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'html', 'code', 'definition'],
  ...['text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference'],
  ...['footnoteDefinition', 'footnoteReference', 'table', 'tableRow', 'tableCell', 'delete', 'yaml', 'toml'],
  ...['math', 'inlineMath', 'containerDirective', 'leafDirective', 'textDirective', 'superscript', 'subscript'],
  ...['descriptionList', 'descriptionTerm', 'descriptionDetails', 'custom'],
  ...['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
];

/** The types of node the rules may refuse: all but plain Markdown (the root, never visited by type, is Markdown too). */
const RULED_TYPES = MDAST_VISITOR_TYPES.filter((type) => !MARKDOWN_TYPES.has(type));

/** Where a compiled file is, relative to the project (for messages) and to the content folder (for its pictures). */
function articlePaths(fileURL: URL | undefined, root: string, content: string): ArticlePaths {
  const path = fileURL ? fileURLToPath(fileURL) : 'an MDX file';
  const toPosix = (text: string) => text.split(sep).join('/');
  return { shown: toPosix(relative(root, path)), inContent: toPosix(relative(content, path)) };
}

interface ArticlePaths {
  /** Relative to the project, as messages name the file. */
  shown: string;
  /** Relative to the content folder, as the rules resolve its pictures. */
  inContent: string;
}

function articleRules(paths: ArticlePaths, content: string) {
  return ruledNodes('article-rules', (nodes, source) => {
    const problems = nodesProblems(nodes, {
      source,
      articlePath: paths.inContent,
      fileExists: (path) => isFile(join(content, path)),
    });
    if (problems.length === 0) return;
    const error = new Error(
      formatProblems(
        problems.map(({ line, found, expected }) => ({
          file: paths.shown,
          field: '(MDX body)',
          found,
          expected,
          ...(line === undefined ? {} : { line }),
        })),
      ),
    );
    error.name = 'ContentError';
    throw error;
  });
}

/**
 * A plugin that hands `check` the nodes of every type the rules may refuse, in the order of the text,
 * and the text, once the parser has visited them; what `check` throws stops the compile.
 */
export function ruledNodes(name: string, check: (nodes: readonly MdastNode[], source: string) => void) {
  const nodes: MdastNode[] = [];
  const note = (node: MdastNode) => {
    nodes.push(node);
  };
  return defineMdastPlugin({
    name,
    // The rules name lines, so the parser keeps positions (Astro blanks the frontmatter, so they are the file's).
    options: { position: true },
    ...Object.fromEntries(RULED_TYPES.map((type) => [type, note])),
    after(_tree, context) {
      check(nodes, context.source);
    },
  });
}

/**
 * `<Figure src="./images/x.jpg">` as Astro's image handling writes a Markdown picture: an import of
 * the file (resolved next to the article) passed as `src`. Only a path the rules accept is imported;
 * the rules ran before, so any other stops the compile there.
 */
function figureImages(articlePath: string) {
  const imports: string[] = [];
  const withImport = (node: MdastNode) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Figure')
      return undefined;
    const attributes = node.attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'src' || typeof attribute.value !== 'string')
        return attribute;
      if ('problem' in localImage(attribute.value, articlePath)) return attribute;
      const name = `__figureImage${imports.length}`;
      imports.push(`import ${name} from ${JSON.stringify(attribute.value)};`);
      return {
        type: 'mdxJsxAttribute' as const,
        name: 'src',
        value: { type: 'mdxJsxAttributeValueExpression' as const, value: name },
      };
    });
    return { ...node, attributes };
  };
  return defineMdastPlugin({
    name: 'figure-images',
    mdxJsxFlowElement: withImport,
    mdxJsxTextElement: withImport,
    after(tree, context) {
      const first = tree.children[0];
      if (first && imports.length > 0) context.insertBefore(first, { type: 'mdxjsEsm', value: imports.join('\n') });
    },
  });
}

function isFile(path: string): boolean {
  return existsSync(path) && lstatSync(path).isFile();
}

/**
 * What an article's text may hold: Markdown, the site's own components with literal attributes,
 * a short list of HTML elements, and comments; nothing that runs. The one definition of the rules,
 * over the tree satteri (the parser Astro uses for MDX) reads: `npm run check:content` applies them
 * to every article, and the build's MDX pipeline to every article it compiles (src/node/articlePipeline.ts),
 * before any code could be made from it. docs/authoring.md ("What the article text may hold") lists them.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { linkProblem, localImage } from './bodyUrls.ts';
import {
  attributeProblems,
  COMPONENT_NAMES,
  isComponentName,
  type AttributeContext,
  type ComponentName,
} from './componentProps.ts';
import {
  BOOLEAN_ATTRIBUTES,
  GLOBAL_ATTRIBUTES,
  HTML_ELEMENTS,
  REFUSED_ELEMENTS,
  URL_ATTRIBUTES,
} from './allowedHtml.ts';
import { closestField } from './fieldNames.ts';
import { BRACE_FIX, syntaxProblem, type BodyProblem } from './mdxSyntax.ts';
import { scrapingLeftovers, type Leftover } from './scrapingLeftovers.ts';

export type { BodyProblem } from './mdxSyntax.ts';

/** What the rules need besides the tree. */
export interface BodyContext extends AttributeContext {
  /** The text that was parsed, to tell a closed code block from one that runs to the end. */
  source: string;
}

/** Parses an article's text once and applies every rule to it: a syntax error, or what the rules refuse. */
export function checkArticleBody(source: string, context: Omit<BodyContext, 'source'>): BodyProblem[] {
  return readArticleBody(source, context).problems;
}

/**
 * Parses an article's text once for everything `npm run check:content` says of it: what the rules
 * refuse, and what copying it from a web page left in it (src/lib/content/scrapingLeftovers.ts).
 */
export function readArticleBody(
  source: string,
  context: Omit<BodyContext, 'source'>,
): { problems: BodyProblem[]; leftovers: Leftover[] } {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    return { problems: [syntaxProblem(error instanceof Error ? error.message : String(error), source)], leftovers: [] };
  }
  return { problems: articleBodyProblems(tree, { ...context, source }), leftovers: scrapingLeftovers(tree) };
}

/** Everything the rules refuse in an article's tree, in the order of the text. */
export function articleBodyProblems(tree: MdastNode, context: BodyContext): BodyProblem[] {
  const nodes: MdastNode[] = [];
  visit(tree, (node) => nodes.push(node));
  return nodesProblems(nodes, context);
}

/**
 * Everything the rules refuse among a tree's nodes, given in the order of the text. Nodes of plain
 * Markdown (`MARKDOWN_TYPES`) are never refused and may be left out: the build's MDX pipeline hands
 * over only the others, as its parser visits them by type, and never reads the rest of the tree.
 */
export function nodesProblems(nodes: readonly MdastNode[], context: BodyContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const pictureLabels = new Set<string>();
  for (const node of nodes) if (node.type === 'imageReference') pictureLabels.add(node.identifier);
  for (const node of nodes) {
    for (const problem of nodeProblems(node, context, pictureLabels)) {
      const line = node.position?.start.line;
      problems.push(line === undefined ? problem : { line, ...problem });
    }
  }
  return problems;
}

/** Markdown an article may hold as it is: text and its structure. Links, pictures and MDX have rules of their own. */
export const MARKDOWN_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'thematicBreak',
  'break',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
]);

type Problem = Omit<BodyProblem, 'line'>;

function nodeProblems(node: MdastNode, context: BodyContext, pictureLabels: ReadonlySet<string>): Problem[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        {
          found: `a line starting with "${node.value.trim().split(/\s/)[0]}", which MDX reads as code`,
          expected: /^import\b[^\n]*\.(?:jpe?g|png|webp|avif|gif)\b/.test(node.value.trim())
            ? 'no import: a picture is written <Figure src="./images/photo.jpg" alt="…" caption="…" />, its path in quotes'
            : 'no import or export: the site\'s components need none (a sentence that starts with the word begins with a capital: Import …, Export …)',
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node.value) ? [] : [{ found: `code in braces, {${shorten(node.value)}}`, expected: BRACE_FIX }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, context);
    case 'link':
      return urlProblems('a link to', node.url, linkProblem(node.url));
    case 'definition':
      return pictureLabels.has(node.identifier)
        ? imageProblems(node.url, context)
        : urlProblems('a link to', node.url, linkProblem(node.url));
    case 'image':
      return [
        ...imageProblems(node.url, context),
        ...(node.alt?.trim()
          ? []
          : [
              {
                found: 'a picture without a description',
                expected: 'the description in the brackets, for readers who cannot see it: ![Three executives sign the agreement](./images/signing.jpg)',
              },
            ]),
      ];
    case 'imageReference':
      return node.alt?.trim()
        ? []
        : [{ found: 'a picture without a description', expected: 'the description in the brackets: ![Three executives sign the agreement][signing]' }];
    case 'code':
      return isClosedCode(node, context.source)
        ? []
        : [
            {
              found: 'a code block opened with ``` that is never closed',
              expected: '``` on a line of its own where the code ends (until then, the rest of the article shows as code)',
            },
          ];
    default:
      return MARKDOWN_TYPES.has(node.type)
        ? []
        : [{ found: `${node.type === 'html' ? 'raw HTML' : `"${node.type}"`}`, expected: "Markdown and the site's components (docs/authoring.md)" }];
  }
}

function urlProblems(what: string, url: string, problem: string | undefined): Problem[] {
  return problem === undefined ? [] : [{ found: `${what} ${JSON.stringify(shorten(url))}`, expected: problem }];
}

function imageProblems(url: string, context: BodyContext): Problem[] {
  const image = localImage(url, context.articlePath);
  if ('problem' in image) return [{ found: `a picture at ${JSON.stringify(shorten(url))}`, expected: image.problem }];
  if (context.fileExists && !context.fileExists(image.path)) {
    return [
      {
        found: `a picture at ${JSON.stringify(shorten(url))}`,
        expected: `a picture that is there: there is no file ${image.path} in the content folder (check the name and the folder)`,
      },
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Elements: the site's components, and a few HTML elements

type Element = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function elementProblems(element: Element, context: BodyContext): Problem[] {
  const name = element.name;
  if (name === null) return [{ found: 'an empty tag <>', expected: 'the text alone, without <> and </>' }];
  if (/[.:]/.test(name)) return [{ found: `<${name}>`, expected: `one of the site's components: ${componentList()}` }];
  if (isComponentName(name)) return componentProblems(name, element, context);
  if (/^[A-Z]/.test(name)) {
    const meant = closestField(name, COMPONENT_NAMES);
    return [
      {
        found: `<${name}>, which is not one of the site's components`,
        expected: meant ? `<${meant}> (check the spelling)` : `one of ${componentList()}`,
      },
    ];
  }
  const component = COMPONENT_NAMES.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (component) return [{ found: `<${name}>`, expected: `<${component}>: a component's name starts with a capital letter` }];
  const allowed = HTML_ELEMENTS[name];
  if (!allowed) {
    const refused = REFUSED_ELEMENTS.find(([names]) => names.includes(name))?.[1];
    return [
      {
        found: `an element <${name}>`,
        expected: refused ?? `Markdown, the site's components, or one of these HTML elements: ${Object.keys(HTML_ELEMENTS).join(', ')}`,
      },
    ];
  }
  return htmlAttributeProblems(name, element, [...GLOBAL_ATTRIBUTES, ...allowed]);
}

function componentProblems(name: ComponentName, element: Element, context: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const literal = new Map<string, string>();
  const written = new Set<string>();
  for (const attribute of element.attributes) {
    const refused = nonLiteralProblem(name, attribute);
    if (refused) problems.push(refused);
    if (attribute.type !== 'mdxJsxAttribute') continue;
    written.add(attribute.name);
    if (typeof attribute.value === 'string') literal.set(attribute.name, attribute.value);
  }
  for (const problem of attributeProblems(name, literal, context)) {
    // An attribute refused for its form (code in braces) is not also missing.
    if (problem.found === undefined && written.has(problem.prop)) continue;
    problems.push({
      found: problem.found === undefined ? `<${name}> without ${problem.prop}` : `${problem.prop}=${problem.found} on <${name}>`,
      expected: problem.expected,
    });
  }
  return problems;
}

function htmlAttributeProblems(name: string, element: Element, allowed: readonly string[]): Problem[] {
  return element.attributes.flatMap((attribute): Problem[] => {
    const refused = nonLiteralProblem(name, attribute);
    if (refused) return [refused];
    if (attribute.type !== 'mdxJsxAttribute') return [];
    const attributeName = attribute.name;
    const found = `${attributeName}${typeof attribute.value === 'string' ? `=${JSON.stringify(shorten(attribute.value))}` : ''} on <${name}>`;
    if (/^on/i.test(attributeName)) return [{ found, expected: `no ${attributeName}: nothing in an article runs (remove it)` }];
    if (attributeName.toLowerCase() === 'style') {
      return [{ found, expected: "no style: the site's stylesheet gives the page its look, and the page's policy refuses inline styles (remove it)" }];
    }
    if (attributeName === 'target') return [{ found, expected: 'no target: a link opens where the reader chooses (remove it)' }];
    if (!allowed.includes(attributeName)) return [{ found, expected: `only ${allowed.join(', ')} on <${name}>` }];
    if (attribute.value === null || attribute.value === undefined) {
      return BOOLEAN_ATTRIBUTES.has(attributeName) ? [] : [{ found, expected: `${attributeName}="…", a value in double quotes` }];
    }
    if (typeof attribute.value !== 'string') return [];
    const problem = URL_ATTRIBUTES.has(attributeName) ? linkProblem(attribute.value) : undefined;
    return problem === undefined ? [] : [{ found, expected: problem }];
  });
}

/** A spread `{...props}` or a value in braces: code, which no attribute may hold. */
function nonLiteralProblem(element: string, attribute: Element['attributes'][number]): Problem | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return { found: `{${shorten(attribute.value)}} on <${element}>`, expected: 'attributes written name="value", each value in double quotes (no code in braces)' };
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    const example = isComponentName(element) ? COMPONENT_EXAMPLES[`${element}.${attribute.name}`] : undefined;
    return {
      found: `${attribute.name}={${shorten(attribute.value.value)}} on <${element}>`,
      expected: `${example ?? `${attribute.name}="…"`}: the value in double quotes (no code in braces)`,
    };
  }
  if (attribute.value === null && isComponentName(element)) {
    return { found: `${attribute.name} with no value on <${element}>`, expected: `${attribute.name}="…", the value in double quotes` };
  }
  return undefined;
}

/** How an attribute that once took code is written now. */
const COMPONENT_EXAMPLES: Readonly<Record<string, string>> = {
  'Money.amount': 'amount="26700000000"',
  'Money.usd': 'usd="23000000"',
  'Figure.src': 'src="./images/signing.jpg"',
};

function componentList(): string {
  return COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Every node of a tree, depth first, in the order of the text. */
function visit(node: MdastNode, each: (node: MdastNode) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children as MdastNode[]) visit(child, each);
}

/** Whether braces hold only comments (`{/* … *\/}`), which MDX drops: the one kind of braces an article may have. */
function isComment(code: string): boolean {
  let rest = code.trim();
  while (rest !== '') {
    const comment = /^(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*)\s*/.exec(rest);
    if (!comment) return false;
    rest = rest.slice(comment[0].length);
  }
  return true;
}

/** Whether a fenced code block has its closing fence, or runs to the end of the text. */
function isClosedCode(node: Extract<MdastNode, { type: 'code' }>, source: string): boolean {
  const { start, end } = node.position ?? {};
  if (!start || !end) return true;
  const lines = source.split('\n');
  const opening = (lines[start.line - 1] ?? '').trim();
  const fence = /^(`{3,}|~{3,})/.exec(opening)?.[1];
  // An indented block has no fence to close.
  if (!fence) return true;
  const lastLine = end.column === 1 ? end.line - 1 : end.line;
  if (lastLine <= start.line) return false;
  const closing = (lines[lastLine - 1] ?? '').trim();
  return closing.startsWith(fence[0]!.repeat(fence.length)) && /^(`+|~+)$/.test(closing);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

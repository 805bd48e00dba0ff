/**
 * A page as a browser builds it, by parse5 (the HTML standard's parsing algorithm, as jsdom uses it):
 * what the finisher's tests compare, from outside the tokenizer the finisher itself reads with.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a page holds that its policy is about, and its shape. */
export interface BrowserView {
  /** Every element as its path from the root (`html>head>meta`), in document order. */
  elements: string[];
  /** The `content` of each `<meta http-equiv="content-security-policy">`. */
  policies: string[];
  /** Whether the first policy comes before every style and script. */
  policyFirst: boolean;
  /** The text of each `<style>`, and whether it is in the head. */
  styles: { text: string; inHead: boolean }[];
  /** The text of each script the page itself runs (no `src`; JavaScript or a module). */
  inlineScripts: string[];
  /** The text of each element with an `id`, by its id. */
  texts: Map<string, string>;
}

/** Reads `html` as a browser would. */
export function browserView(html: string): BrowserView {
  const view: BrowserView = {
    elements: [],
    policies: [],
    policyFirst: true,
    styles: [],
    inlineScripts: [],
    texts: new Map(),
  };
  const visit = (node: Node, path: string[]) => {
    if (!('tagName' in node)) return;
    const here = [...path, node.tagName];
    view.elements.push(here.join('>'));
    const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value;
    if (node.tagName === 'meta' && attribute('http-equiv')?.toLowerCase() === 'content-security-policy') {
      view.policies.push(attribute('content') ?? '');
    }
    const id = attribute('id');
    if (id !== undefined) view.texts.set(id, textOf(node));
    if (node.tagName === 'style' || node.tagName === 'script') {
      if (view.policies.length === 0) view.policyFirst = false;
      if (node.tagName === 'style') view.styles.push({ text: textOf(node), inHead: path.at(-1) === 'head' });
      const type = attribute('type')?.trim().toLowerCase() ?? '';
      if (
        node.tagName === 'script' &&
        attribute('src') === undefined &&
        ['', 'module', 'text/javascript'].includes(type)
      ) {
        view.inlineScripts.push(textOf(node));
      }
    }
    for (const child of node.childNodes) visit(child, here);
  };
  for (const child of parse(html).childNodes) visit(child, []);
  return view;
}

/** An element's text, as `textContent` gives it. */
function textOf(element: Element): string {
  return element.childNodes
    .map((child) =>
      child.nodeName === '#text' && 'value' in child ? child.value : 'tagName' in child ? textOf(child) : '',
    )
    .join('');
}

/** The CSP source of a text's SHA-256 hash, as browsers compute it. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

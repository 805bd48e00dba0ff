/**
 * What the build does to each page as Astro renders it (src/middleware.ts), reading it as HTML
 * (src/node/readHtml.ts):
 * - its scripts load once it has been drawn: each module script Astro writes
 *   (`<script type="module" src>`) becomes the inline loader of src/lib/deferredScripts.ts;
 * - it gets its Content-Security-Policy, one `<meta>` right after `<meta charset>`, before any code:
 *   the site's policy (src/lib/csp.ts) with the SHA-256 hashes of the inline code the site put in the
 *   page, its CSS (Astro inlines it in the head) and its loaders, and nothing else.
 * A page with other inline code fails the build, naming the page: published, the policy would refuse
 * it (docs/deploy.md, "Security headers"). Both changes are edits to the bytes Astro rendered: the
 * finished page is the pieces between them, with no copy of the page made. The same reading finds
 * what the search index reads of an article page (src/node/searchRecord.ts).
 */
import { hash } from 'node:crypto';
import { policyMeta } from '../lib/csp.ts';
import { loaderFor } from '../lib/deferredScripts.ts';
import { memoized } from '../lib/memoize.ts';
import { readHtml, type StartTag } from './readHtml.ts';
import { IndexedArticleFinder } from './searchRecord.ts';

/** A range of a page's bytes. */
export interface Range {
  start: number;
  end: number;
}

/** A finished page: the pieces to write one after another, and what the search index reads of it. */
export interface FinishedPage {
  parts: Uint8Array[];
  /** Where its `<article data-pagefind-body>` is in the finished page, on an article page (src/node/searchRecord.ts). */
  indexed: Range | undefined;
}

/** The page finished. Throws, naming `file`, on inline code the policy would refuse. */
export function finishPage(rendered: Uint8Array, file: string): FinishedPage {
  const { policyAt, styles, moduleScripts, indexed } = readPage(rendered, file);
  const loaders = moduleScripts.map((script) => loaderFor(script.src));
  const meta = policyMeta({
    scripts: loaders.map(loaderHash),
    styles: styles.map((style) => sha256(rendered.subarray(style.start, style.end))),
  });
  const edits = [
    { start: policyAt, end: policyAt, bytes: Buffer.from(meta) },
    ...moduleScripts.map((script, index) => ({
      ...script,
      bytes: Buffer.from(`<script type="module">${loaders[index]}</script>`),
    })),
  ].sort((a, b) => a.start - b.start);
  return {
    parts: applyEdits(rendered, edits),
    indexed: indexed && { start: finishedOffset(indexed.start, edits), end: finishedOffset(indexed.end, edits) },
  };
}

/** The page's bytes from `start` up to `end` give way to `bytes`. */
interface PageEdit extends Range {
  bytes: Uint8Array;
}

/** What finishing a page needs to know of it. */
interface PageParts {
  /** Where its policy goes: after `<meta charset>` when the head begins with it, else at the head's start. */
  policyAt: number;
  /** The text of each `<style>` in its head. */
  styles: Range[];
  /** Each module script Astro wrote, whole, and its address. */
  moduleScripts: (Range & { src: string })[];
  /** Its `<article data-pagefind-body>`, if it has one. */
  indexed: Range | undefined;
}

/** Elements of the head with content: the text in them is theirs, not the page's. */
const HEAD_CONTENT = new Set(['noframes', 'script', 'style', 'template', 'title']);
/** Start tags the head takes: any other, or text, ends it (the HTML standard, "in head"). */
const HEAD_TAGS = new Set([...HEAD_CONTENT, 'base', 'basefont', 'bgsound', 'link', 'meta', 'head', 'html']);
/** The `type`s of a script that runs (the HTML standard's JavaScript MIME types, and modules); any other is data. */
const SCRIPT_TYPES = new Set([
  '',
  'module',
  ...['application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript'],
  ...['text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2'],
  ...['text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript'],
  ...['text/x-ecmascript', 'text/x-javascript'],
]);
/** Inline script elements that are code to the policy, though not JavaScript. */
const POLICED_TYPES = new Set(['importmap', 'speculationrules']);

/** Reads what finishing needs from a page, throwing, naming `file`, on what the policy would refuse. */
function readPage(page: Uint8Array, file: string): PageParts {
  let head: 'before' | 'in' | 'after' = 'before';
  let policyAt: number | undefined;
  let charsetNext = false;
  /** The element of the head whose content is being read (a title, style, script). */
  let openInHead: string | undefined;
  let style: number | undefined;
  let script: { tag: 'module' | 'inline' | 'other'; contentStart: number; start: number; src: string } | undefined;
  const styles: Range[] = [];
  const moduleScripts: PageParts['moduleScripts'] = [];
  const refuse = (what: string, code = '') => {
    throw new Error(`${file}: ${what}, which its policy would refuse${code && `: ${code}`}`);
  };

  // The search index's part is read in the same pass: no page is read twice.
  const article = new IndexedArticleFinder();
  readHtml(page, file, {
    startTag(tag) {
      article.startTag(tag);
      const { name } = tag;
      if (head === 'in' && openInHead === undefined && !HEAD_TAGS.has(name)) head = 'after';
      if (name === 'head' && head === 'before') {
        head = 'in';
        policyAt = tag.end;
        charsetNext = true;
        return;
      }
      if (charsetNext && name === 'meta' && tag.attribute('charset') !== undefined) policyAt = tag.end;
      charsetNext = false;
      if (name === 'meta' && tag.attribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy') {
        throw new Error(`${file}: a <meta> policy of its own; the build writes each page's one policy`);
      }
      if (head === 'in' && HEAD_CONTENT.has(name)) openInHead = name;
      if (name === 'style') {
        if (head !== 'in') refuse('an inline <style> outside the head');
        style = tag.end;
      } else if (name === 'script') {
        script = { tag: scriptKind(tag), contentStart: tag.end, start: tag.start, src: tag.attribute('src') ?? '' };
        if (head === 'before' && script.tag !== 'other') {
          refuse('a <script> before the head, where no policy covers it');
        }
      }
    },
    endTag(name, start, end) {
      article.endTag(name, start, end);
      if (name === openInHead) openInHead = undefined;
      if (name === 'head' && head === 'in') head = 'after';
      if (name === 'style' && style !== undefined) {
        styles.push({ start: style, end: start });
        style = undefined;
      } else if (name === 'script' && script) {
        if (script.tag === 'inline') {
          const code = Buffer.from(page.subarray(script.contentStart, start)).toString().slice(0, 60);
          refuse('an inline <script> the site did not write', code);
        }
        // Astro writes its module scripts empty; one with code in it is not one of them.
        if (script.tag === 'module' && start === script.contentStart) {
          moduleScripts.push({ start: script.start, end, src: script.src });
        }
        script = undefined;
      }
    },
    text(start, end) {
      if (head === 'in' && openInHead === undefined && !isWhitespace(page, start, end)) head = 'after';
    },
  });
  if (policyAt === undefined) throw new Error(`${file}: no <head> for the page's policy`);
  // An element the page never closes runs to its end.
  if (script?.tag === 'inline') refuse('an inline <script> the site did not write, never closed');
  if (style !== undefined) styles.push({ start: style, end: page.length });
  return { policyAt, styles, moduleScripts, indexed: article.found };
}

/**
 * `module` for a module script as Astro writes it (type and src only), whose loader the finished page
 * carries; `inline` for inline code the policy would refuse; `other` for a data block (JSON-LD) or a
 * script file loaded as it is, which the policy's sources govern.
 */
function scriptKind(tag: StartTag): 'module' | 'inline' | 'other' {
  const type = tag.attribute('type')?.trim().toLowerCase() ?? '';
  const code = SCRIPT_TYPES.has(type) || POLICED_TYPES.has(type);
  if (!code) return 'other';
  if (tag.attribute('src') === undefined) return 'inline';
  return type === 'module' && tag.attributeCount === 2 ? 'module' : 'other';
}

function isWhitespace(page: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) {
    const byte = page[at];
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x09 && byte !== 0x0c && byte !== 0x0d) return false;
  }
  return true;
}

/** The CSP source for bytes' SHA-256 hash, as browsers compute it over an inline element's text: `'sha256-<base64>'`. */
function sha256(bytes: Uint8Array): string {
  return `'sha256-${hash('sha256', bytes, 'base64')}'`;
}

/** Loaders' hashes already computed: every page has the same loader. */
const loaderHashes = new Map<string, string>();

function loaderHash(loader: string): string {
  return memoized(loaderHashes, loader, () => sha256(Buffer.from(loader)));
}

/** The pieces of the page with the edits, in order, made; edits that overlap are a mistake, and throw. */
function applyEdits(page: Uint8Array, edits: readonly PageEdit[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let copied = 0;
  for (const edit of edits) {
    if (edit.start < copied) throw new Error(`page edits overlap at byte ${edit.start}`);
    parts.push(page.subarray(copied, edit.start), edit.bytes);
    copied = edit.end;
  }
  parts.push(page.subarray(copied));
  return parts;
}

/** Where a byte of the rendered page that no edit touches is in the finished page: moved by every edit before it. */
function finishedOffset(at: number, edits: readonly PageEdit[]): number {
  let moved = 0;
  for (const edit of edits) if (edit.end <= at) moved += edit.bytes.length - (edit.end - edit.start);
  return at + moved;
}

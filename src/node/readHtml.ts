/**
 * A built page read as a browser reads it: its tags, each where it is in the page's UTF-8 bytes, found
 * by a real HTML tokenizer (htmlparser2's), so text that mentions `<script>` in an attribute, a title
 * or a comment is never taken for a tag. What finishes the pages (src/node/finishPage.ts) and what
 * feeds the search index (src/node/searchRecord.ts) read pages through here.
 *
 * The tokenizer reads the bytes as Latin-1, one character a byte: every character HTML's syntax
 * turns on is ASCII, and no byte of a multi-byte UTF-8 character is, so the tags are the same as in
 * the decoded text, and where they are is where their bytes are. Decoding every page as UTF-8 and
 * encoding it again would cost far more than this one-byte copy (docs/performance.md).
 */
import { decodeHTMLAttribute } from 'entities';
import { Tokenizer } from 'htmlparser2';

/** A start tag as read; `start` and `end` are byte offsets, `end` just after its `>`. Valid only during the call it is given to. */
export interface StartTag {
  /** The tag name in lower case. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Whether the tag ends in `/>`. */
  readonly selfClosing: boolean;
  /** How many attributes it has. */
  readonly attributeCount: number;
  /** An attribute's value as browsers read it (character references decoded), `''` for one without a value, undefined when absent. */
  attribute(name: string): string | undefined;
}

/** What a reader of a page wants to hear of; offsets are bytes of the page. */
export interface HtmlVisitor {
  startTag?(tag: StartTag): void;
  /** An end tag `</name>`, from its `<` to just after its `>`. */
  endTag?(name: string, start: number, end: number): void;
  /** Text, in an element or between elements, including what a `<script>`, `<style>` or `<title>` holds. */
  text?(start: number, end: number): void;
}

/** Elements that open SVG's or MathML's own syntax. */
const FOREIGN = new Set(['svg', 'math']);
/** Elements of SVG and MathML whose content is HTML again. */
const HTML_INSIDE_FOREIGN = new Set([
  'foreignobject',
  'desc',
  'title',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
]);
/** HTML elements that end SVG or MathML content where they start (the HTML standard's list, "in foreign content"). */
const ENDS_FOREIGN = new Set([
  ...['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta'],
  ...['nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup'],
  ...['table', 'tt', 'u', 'ul', 'var'],
]);

/**
 * Reads `page` (UTF-8 bytes) and tells `visitor` its tags and text, in order. Throws, naming `file`,
 * on markup that browsers read otherwise than this tokenizer does, where a tag could hide from one
 * of them: a `<noscript>`, a `<![CDATA[` outside SVG or MathML, or `<!--` in a script.
 */
export function readHtml(page: Uint8Array, file: string, visitor: HtmlVisitor): void {
  const source = Buffer.from(page.buffer, page.byteOffset, page.length).toString('latin1');
  new PageReader(source, file, visitor).read();
}

/** The tokenizer's events turned into tags; one for each page read. */
class PageReader implements StartTag {
  name = '';
  start = 0;
  end = 0;
  selfClosing = false;
  /** Start and end of each attribute's name, then of its value (-1 for none): four numbers an attribute. */
  readonly #attributes: number[] = [];
  /** Each open element that changed whether SVG's or MathML's syntax applies, and whether it does inside. */
  readonly #foreign: { name: string; foreign: boolean }[] = [];
  #inScript = false;
  #nameStart = 0;
  readonly #source: string;
  readonly #file: string;
  readonly #visitor: HtmlVisitor;
  readonly #tokenizer: Tokenizer;

  constructor(source: string, file: string, visitor: HtmlVisitor) {
    this.#source = source;
    this.#file = file;
    this.#visitor = visitor;
    const ignore = () => undefined;
    this.#tokenizer = new Tokenizer(
      // Character references never change what is a tag; the few attribute values asked for are decoded on demand.
      { decodeEntities: false },
      {
        onopentagname: (start, end) => this.#openTagName(start, end),
        onattribname: (start, end) => this.#attributes.push(start, end, -1, -1),
        // With entities left as they are, a value (even an empty one) comes in one piece.
        onattribdata: (start, end) => {
          this.#attributes[this.#attributes.length - 2] = start;
          this.#attributes[this.#attributes.length - 1] = end;
        },
        onattribend: ignore,
        onattribentity: ignore,
        onopentagend: (end) => this.#startTag(end, false),
        onselfclosingtag: (end) => this.#startTag(end, true),
        onclosetag: (start, end) => this.#endTag(start, end),
        ontext: (start, end) => this.#text(start, end),
        ontextentity: ignore,
        oncdata: () => {
          if (!this.#inForeign()) {
            throw new Error(`${file}: a <![CDATA[ section outside SVG or MathML, which browsers read as a comment`);
          }
        },
        oncomment: ignore,
        ondeclaration: ignore,
        onprocessinginstruction: ignore,
        onend: ignore,
        isInForeignContext: () => this.#inForeign(),
      },
    );
  }

  read(): void {
    this.#tokenizer.write(this.#source);
    this.#tokenizer.end();
  }

  get attributeCount(): number {
    return this.#attributes.length / 4;
  }

  attribute(name: string): string | undefined {
    const attributes = this.#attributes;
    for (let at = 0; at < attributes.length; at += 4) {
      if (this.#source.slice(attributes[at], attributes[at + 1]).toLowerCase() !== name) continue;
      const valueStart = attributes[at + 2]!;
      return valueStart === -1 ? '' : this.#value(valueStart, attributes[at + 3]!);
    }
    return undefined;
  }

  #openTagName(start: number, end: number): void {
    this.#nameStart = start;
    this.name = this.#source.slice(start, end).toLowerCase();
    this.#attributes.length = 0;
  }

  #startTag(gt: number, selfClosing: boolean): void {
    const { name } = this;
    this.start = this.#nameStart - 1;
    this.end = gt + 1;
    this.selfClosing = selfClosing;
    if (this.#inForeign() && (ENDS_FOREIGN.has(name) || (name === 'font' && this.#isPresentational()))) {
      while (this.#inForeign()) this.#foreign.pop();
    }
    const foreign = this.#inForeign();
    if (!foreign && name === 'noscript') {
      throw new Error(`${this.#file}: a <noscript>, whose content browsers read as text where scripts run`);
    }
    // A self-closing element of SVG or MathML, or a self-closing <svg/> in HTML, holds nothing.
    const holdsNothing = selfClosing && (foreign || FOREIGN.has(name));
    if (!holdsNothing && (FOREIGN.has(name) || (foreign && HTML_INSIDE_FOREIGN.has(name)))) {
      this.#foreign.push({ name, foreign: FOREIGN.has(name) });
    }
    this.#inScript = name === 'script' && !foreign;
    this.#visitor.startTag?.(this);
  }

  #endTag(nameStart: number, nameEnd: number): void {
    const name = this.#source.slice(nameStart, nameEnd).toLowerCase();
    // An end tag closes what is open inside its element too, SVG and MathML included.
    const open = this.#foreign.findLastIndex((element) => element.name === name);
    if (open !== -1) this.#foreign.length = open;
    this.#inScript = false;
    // The tokenizer skips to the end tag's `>`, as browsers do for an end tag without attributes.
    const gt = this.#source.indexOf('>', nameEnd);
    this.#visitor.endTag?.(name, nameStart - 2, gt === -1 ? this.#source.length : gt + 1);
  }

  #text(start: number, end: number): void {
    if (this.#inScript && this.#source.slice(start, end).includes('<!--')) {
      throw new Error(`${this.#file}: a <script> holding "<!--", which browsers may read past its </script>`);
    }
    this.#visitor.text?.(start, end);
  }

  #inForeign(): boolean {
    return this.#foreign.at(-1)?.foreign ?? false;
  }

  /** `<font>` ends SVG or MathML content only with one of these attributes. */
  #isPresentational(): boolean {
    return ['color', 'face', 'size'].some((name) => this.attribute(name) !== undefined);
  }

  /** An attribute value from its bytes: UTF-8, with character references decoded. */
  #value(start: number, end: number): string {
    const raw = this.#source.slice(start, end);
    // eslint-disable-next-line no-control-regex -- Latin-1 characters past ASCII are bytes of UTF-8 ones.
    const text = /[^\x00-\x7f]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
    return text.includes('&') ? decodeHTMLAttribute(text) : text;
  }
}

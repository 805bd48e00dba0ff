/**
 * The HTML an article may hold (src/lib/content/articleBody.ts applies it): the elements allowed and
 * their attributes, and the elements refused, each with what to write instead. docs/authoring.md
 * ("What the article text may hold") lists the same.
 */

/** Attributes any allowed HTML element may have: none of them reaches a script, a style or another page. */
export const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** The HTML elements an article may use, each with the attributes it may have besides the global ones. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  bdi: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  hr: [],
  i: [],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes written without a value (`<details open>`). */
export const BOOLEAN_ATTRIBUTES = new Set(['open', 'reversed']);
/** Attributes that hold an address, read as a link's. */
export const URL_ATTRIBUTES = new Set(['href', 'cite']);

/** Elements refused with a reason of their own, so the message says what to write instead. */
export const REFUSED_ELEMENTS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['script'], 'no <script>: nothing in an article runs (to show the tag itself, write it in backticks: `<script>`)'],
  [
    ['style'],
    "no <style>: the site's stylesheet gives every page its look, and the page's policy refuses any other (to show the tag itself, write it in backticks)",
  ],
  [
    ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe'],
    'a link to what you would embed, [its title](https://…): an article embeds no other page',
  ],
  [
    ['form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'label', 'fieldset', 'legend', 'datalist', 'output', 'search', 'selectedcontent'],
    'no forms or controls in an article: link to the form instead, [its title](https://…)',
  ],
  [
    ['meta', 'link', 'base', 'head', 'title', 'html', 'body'],
    'nothing that changes the page itself (its address, its links, where it sends the reader): remove it',
  ],
  [
    ['img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area'],
    'a picture written ![description](./images/photo.jpg), or <Figure src="./images/photo.jpg" alt="…" caption="…" />; no video or sound in the text',
  ],
  [
    ['svg', 'math'],
    'a picture saved as a file, <Figure src="./images/chart.png" alt="…" caption="…" />: an svg or math drawing can hold code and links of its own',
  ],
  [['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], 'a heading written ## Heading (or ###), on a line of its own'],
  [
    ['div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure', 'figcaption', 'center', 'font'],
    "paragraphs separated by a blank line; for a box, one of the site's components (<EditorsNote>, <PullQuote>, <Figure>)",
  ],
];

import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/node/readHtml.ts';

const bytes = (html: string) => new TextEncoder().encode(html);
const text = (page: Uint8Array, start: number, end: number) => new TextDecoder().decode(page.subarray(start, end));

/** Every tag of a page as it reads, with the bytes it spans, and the text of its text. */
function tagsOf(html: string): string[] {
  const page = bytes(html);
  const read: string[] = [];
  readHtml(page, 'page.html', {
    startTag: (tag) => read.push(`<${tag.name}> ${text(page, tag.start, tag.end)}`),
    endTag: (name, start, end) => read.push(`</${name}> ${text(page, start, end)}`),
    text: (start, end) => read.push(`text ${text(page, start, end)}`),
  });
  return read;
}

/** The attributes of a page's first start tag, as asked for by name. */
function attributesOf(html: string, names: string[]): (string | undefined)[] {
  let values: (string | undefined)[] = [];
  readHtml(bytes(html), 'page.html', {
    startTag: (tag) => {
      if (values.length === 0) values = names.map((name) => tag.attribute(name));
    },
  });
  return values;
}

describe('readHtml', () => {
  it('gives each tag and text where its bytes are, whatever the characters before it', () => {
    expect(tagsOf('<p class="가">서울 𝒳</p><br/>')).toEqual([
      '<p> <p class="가">',
      'text 서울 𝒳',
      '</p> </p>',
      '<br> <br/>',
    ]);
  });

  it('reads a tag written in an attribute, a title, a comment or a textarea as the text it is', () => {
    expect(
      tagsOf('<meta content="<script>alert(1)</script>"><title><style>x</style></title><!-- <script> -->'),
    ).toEqual([
      '<meta> <meta content="<script>alert(1)</script>">',
      '<title> <title>',
      'text <style>x</style>',
      '</title> </title>',
    ]);
    expect(tagsOf("<p title='</p><script>'>a</p>")).toEqual(["<p> <p title='</p><script>'>", 'text a', '</p> </p>']);
    expect(tagsOf('<textarea></textarea ><style>')).toEqual([
      '<textarea> <textarea>',
      '</textarea> </textarea >',
      '<style> <style>',
    ]);
  });

  it('ends a script or a style only at its own end tag, as browsers do', () => {
    expect(
      tagsOf(
        '<script type="application/ld+json">{"a":"<\\/script"}</SCRIPT><style>p::after{content:"</styles>"}</style>',
      ),
    ).toEqual([
      '<script> <script type="application/ld+json">',
      'text {"a":"<\\/script"}',
      '</script> </SCRIPT>',
      '<style> <style>',
      'text p::after{content:"</styles>"}',
      '</style> </style>',
    ]);
  });

  it('reads a <style> in SVG as SVG does, with elements in it, and HTML again after an element that ends SVG', () => {
    expect(tagsOf('<svg><style><b></b></style></svg>')).toEqual([
      '<svg> <svg>',
      '<style> <style>',
      '<b> <b>',
      '</b> </b>',
      '</style> </style>',
      '</svg> </svg>',
    ]);
    expect(tagsOf('<svg><p><style><i></style></svg>').slice(2)).toEqual([
      '<style> <style>',
      'text <i>',
      '</style> </style>',
      '</svg> </svg>',
    ]);
    expect(tagsOf('<svg><path d="M0"/></svg><style><i></style>').slice(3)).toEqual([
      '<style> <style>',
      'text <i>',
      '</style> </style>',
    ]);
  });

  it('gives attribute values as browsers read them: UTF-8, character references decoded, names in any case', () => {
    expect(
      attributesOf('<script TYPE="&#109;odule" src="/a?x=1&amp;y=가" async data-x=\'"\'>', [
        'type',
        'src',
        'async',
        'data-x',
        'id',
      ]),
    ).toEqual(['module', '/a?x=1&y=가', '', '"', undefined]);
  });

  it('refuses markup browsers read otherwise than the tokenizer, where a tag could hide from one of them, naming the file', () => {
    const read = (html: string) => () => readHtml(bytes(html), 'ko/index.html', {});
    expect(read('<noscript><!--</noscript><script>x()</script>-->')).toThrow(
      'ko/index.html: a <noscript>, whose content browsers read as text where scripts run',
    );
    expect(read('<p><![CDATA[ x><script>y()</script> ]]></p>')).toThrow(
      'ko/index.html: a <![CDATA[ section outside SVG or MathML, which browsers read as a comment',
    );
    expect(read('<script><!--<script></script><style>b{}</style></script>')).toThrow(
      'ko/index.html: a <script> holding "<!--", which browsers may read past its </script>',
    );
    expect(read('<svg><![CDATA[ <i> ]]></svg><script type="application/ld+json">{}</script>')).not.toThrow();
  });
});

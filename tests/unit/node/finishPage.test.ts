import { escapeHTML, addAttribute } from 'astro/runtime/server/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pagePolicy, policyMeta } from '../../../src/lib/csp.ts';
import { companyName } from '../../../src/lib/companies.ts';
import { articleSchema, companySchema, siteCopySchema } from '../../../src/lib/content/schema.ts';
import { loaderFor } from '../../../src/lib/deferredScripts.ts';
import { headline, summary } from '../../../src/lib/i18n/articleText.ts';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';
import { socialMetaTags } from '../../../src/lib/socialMeta.ts';
import { newsArticleJsonLd, serializeJsonLd, webSiteJsonLd } from '../../../src/lib/structuredData.ts';
import { finishPage } from '../../../src/node/finishPage.ts';
import { parseCsp } from '../../../tools/lib/headersFile.ts';
import { browserView, sha256Source } from './browserView.ts';

const STYLE = 'body{margin:0}';
const SCRIPT = '/_astro/site.abc.js';
const MODULE = `<script type="module" src="${SCRIPT}"></script>`;
const CHARSET = '<meta charset="utf-8">';

/** A built page in miniature, as Astro renders it: no policy yet, its CSS inline in the head, its module script in the body. */
const page = (head = `<style>${STYLE}</style>`, body = `<p>x</p>${MODULE}`) =>
  `<!DOCTYPE html><html lang="en"><head>${CHARSET}<title>t</title>${head}` +
  `<script type="application/ld+json">{"@type":"WebSite"}</script></head><body>${body}</body></html>`;

/** The page as the build writes it (src/middleware.ts). */
const finished = (html: string, file = 'index.html') =>
  Buffer.concat(finishPage(new TextEncoder().encode(html), file).parts).toString();

const loader = `<script type="module">${loaderFor(SCRIPT)}</script>`;
const withPolicy = (html: string, hashes: { scripts: string[]; styles: string[] }) =>
  html.replace(CHARSET, `${CHARSET}${policyMeta(hashes)}`);

describe('finishPage', () => {
  it('writes one policy right after <meta charset>, allowing the inline styles of the head and the loader of the script by their hashes, and changes nothing else', () => {
    const hashes = { scripts: [sha256Source(loaderFor(SCRIPT))], styles: [sha256Source(STYLE)] };
    expect(finished(page())).toBe(withPolicy(page().replace(MODULE, loader), hashes));
  });

  it('hashes every style of the head over its UTF-8 bytes, as browsers do', () => {
    const other = 'p::before{content:"가 𝒳"}';
    const html = page(`<style>${STYLE}</style><style media="print">${other}</style>`, '');
    expect(finished(html)).toBe(withPolicy(html, { scripts: [], styles: [sha256Source(STYLE), sha256Source(other)] }));
  });

  it('puts the policy at the start of a head that does not begin with <meta charset>', () => {
    const html = page().replace(CHARSET, '').replace('<title>', `<title>`);
    expect(finished(html)).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy"/);
  });

  it('defers every module script as Astro writes it, and leaves data blocks, script files and other module scripts as they are', () => {
    const kept = [
      '<script type="module" src="/a.js" async></script>',
      '<script src="/b.js"></script>',
      '<script type="application/ld+json">{"a":1}</script>',
      '<script type="text/plain">alert(1)</script>',
    ].join('');
    const html = page('', `${MODULE}${kept}<script type="module" src="/c.js"></script>`);
    const loaders = [loaderFor(SCRIPT), loaderFor('/c.js')];
    expect(finished(html)).toBe(
      withPolicy(
        html
          .replace(MODULE, `<script type="module">${loaders[0]}</script>`)
          .replace('<script type="module" src="/c.js"></script>', `<script type="module">${loaders[1]}</script>`),
        { scripts: loaders.map(sha256Source), styles: [] },
      ),
    );
  });

  it('reads text as text: a tag, quote or comment mark in an attribute, the title or the body changes nothing', () => {
    const html = page(
      `<style>${STYLE}</style><meta name="description" content="<script>alert(1)</script> </head> <!-- '">`,
      `<p title="<style>body{display:none}</style>">&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;</p>${MODULE}`,
    ).replace('<title>t</title>', '<title>&lt;style&gt; &lt;/head&gt; "quoted"</title>');
    const hashes = { scripts: [sha256Source(loaderFor(SCRIPT))], styles: [sha256Source(STYLE)] };
    expect(finished(html)).toBe(withPolicy(html.replace(MODULE, loader), hashes));
  });

  it('says where the page’s first <article data-pagefind-body> is in the finished page, whole, for the search index', () => {
    const article = '<article data-pagefind-body><h1>&lt;article&gt;</h1><article><p>quoted</p></article>가</article>';
    const html = page(
      `<meta name="description" content="<article data-pagefind-body>">`,
      `${MODULE}<main>${article}</main>${MODULE}`,
    );
    const { parts, indexed } = finishPage(new TextEncoder().encode(html), 'articles/x/index.html');
    expect(Buffer.concat(parts).subarray(indexed!.start, indexed!.end).toString()).toBe(article);
    expect(finishPage(new TextEncoder().encode(page()), 'index.html').indexed).toBeUndefined();
  });

  it('refuses inline code the site did not write, naming the page and the code', () => {
    expect(() => finished(page('', '<script>alert(1)</script>'), 'articles/x/index.html')).toThrow(
      'articles/x/index.html: an inline <script> the site did not write, which its policy would refuse: alert(1)',
    );
    expect(() => finished(`${page().replace('</body></html>', '')}<script>alert(1)`)).toThrow('never closed');
    expect(() => finished(page('<script type="importmap">{}</script>'))).toThrow('an inline <script>');
    expect(() => finished(page('', '<svg><script>alert(1)</script></svg>'))).toThrow('an inline <script>');
  });

  it('refuses a style outside the head: in the body, after </head>, or after an element that ends the head', () => {
    const refusal = 'a/index.html: an inline <style> outside the head, which its policy would refuse';
    expect(() => finished(page('', `<style>${STYLE}</style>`), 'a/index.html')).toThrow(refusal);
    expect(() => finished(page().replace('</head>', `</head><style>${STYLE}</style>`), 'a/index.html')).toThrow(
      refusal,
    );
    expect(() => finished(page(`<div></div><style>${STYLE}</style>`), 'a/index.html')).toThrow(refusal);
    expect(() => finished(page(`text<style>${STYLE}</style>`), 'a/index.html')).toThrow(refusal);
  });

  it('refuses a page with a policy of its own, code before its head, or no head to put the policy in', () => {
    expect(() => finished(page(`<meta http-equiv="Content-Security-Policy" content="${pagePolicy()}">`))).toThrow(
      "index.html: a <meta> policy of its own; the build writes each page's one policy",
    );
    expect(() => finished(`<!DOCTYPE html>${MODULE}${page()}`)).toThrow(
      'index.html: a <script> before the head, where no policy covers it, which its policy would refuse',
    );
    expect(() => finished('<p>x</p>')).toThrow("index.html: no <head> for the page's policy");
  });
});

/** Text as editors might write it: tags, comment and CDATA marks, quotes, references, astral and Hangul characters. */
const TRICKY = [
  '<script>alert(1)</script>',
  '<style>body{display:none}</style>',
  '</head>',
  '<body>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '"',
  "'",
  '"><img src=x onerror=alert(1)>',
  '&',
  '&amp;',
  '&lt;',
  '<',
  '>',
  'javascript:alert(1)',
  '<meta http-equiv="refresh" content="0;url=https://example.org">',
  '<noscript>',
  '<svg><style>',
  '가나다',
  '𝒳😀',
  '\u2028',
  '\n',
];
const anyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

describe('finishPage, whatever text a page carries', () => {
  it('makes exactly the site’s own edits, lists exactly the hashes of the page’s inline code, keeps every element, and finds the indexed article', () => {
    fc.assert(
      fc.property(fc.tuple(anyText, anyText, anyText, anyText, anyText, anyText, anyText, anyText), (texts) => {
        // Each text where a field's text lands in a built page, written as Astro writes it: an attribute's
        // value with `&` and `"` escaped, an element's text with `&<>"'` escaped.
        const [title, description, alt, heading, body, link, footer, label] = texts;
        const article =
          `<article data-pagefind-body><h1>${escapeHTML(heading)}</h1><p>${escapeHTML(body)}</p>` +
          `<img src="/x.png"${String(addAttribute(alt, 'alt'))}><a href="/a/"${String(addAttribute(link, 'title'))}>${escapeHTML(link)}</a></article>`;
        const html = page(
          `<meta name="description"${String(addAttribute(description, 'content'))}><style>${STYLE}</style>`,
          `<header><a href="/"${String(addAttribute(label, 'aria-label'))}>${escapeHTML(heading)}</a></header>` +
            `<main>${article}</main>${MODULE}<footer><p>${escapeHTML(footer)}</p></footer>`,
        ).replace('<title>t</title>', `<title>${escapeHTML(title)}</title>`);
        const { parts, indexed } = finishPage(new TextEncoder().encode(html), 'index.html');
        const result = Buffer.concat(parts).toString();
        const hashes = { scripts: [sha256Source(loaderFor(SCRIPT))], styles: [sha256Source(STYLE)] };
        expect(result).toBe(withPolicy(html.replace(MODULE, loader), hashes));
        expect(Buffer.concat(parts).subarray(indexed!.start, indexed!.end).toString()).toBe(
          new TextDecoder().decode(new TextEncoder().encode(article)),
        );

        const before = browserView(html);
        const after = browserView(result);
        const charset = before.elements.indexOf('html>head>meta');
        expect(after.elements).toEqual(before.elements.toSpliced(charset + 1, 0, 'html>head>meta'));
        expect(after.policies).toHaveLength(1);
        expect(after.policyFirst).toBe(true);
        const policy = parseCsp(after.policies[0]!);
        expect(after.styles.every((style) => style.inHead)).toBe(true);
        expect(policy.get('style-src')?.filter((source) => source.startsWith("'sha256-"))).toEqual(
          after.styles.map((style) => sha256Source(style.text)),
        );
        expect(policy.get('script-src')?.filter((source) => source.startsWith("'sha256-"))).toEqual(
          after.inlineScripts.map(sha256Source),
        );
      }),
    );
  });
});

/** Text an editor might give a field, valid as the schema takes it (no control characters, not blank). */
const fieldText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 6 })
  .map((parts) => `${parts.join('')} x`);

/** Every text field of an article, a company and an edition's copy (content/site.yaml), each checked by its schema. */
const content = fc
  .record({
    article: fc.record({
      title: fieldText,
      titleKo: fieldText,
      summary: fieldText,
      summaryKo: fieldText,
      deck: fc.array(fieldText, { maxLength: 2 }),
      source: fc.record({ name: fieldText, author: fieldText, note: fieldText }),
    }),
    company: fc.record({ name: fieldText, nameKo: fieldText }),
    copy: fc.record({
      title: fieldText,
      description: fieldText,
      kicker: fieldText,
      headline: fieldText,
      intro: fieldText,
      footer: fieldText,
      socialImageAlt: fieldText,
    }),
  })
  .map(({ article, company, copy }) => ({
    article: articleSchema.parse({ ...article, date: '2020-06-03', language: 'en', companies: ['a'] }),
    company: companySchema.parse(company),
    copy: siteCopySchema.parse(copy),
  }));
type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;

/**
 * A page in `locale` carrying every field where the layout and the pages put it, written as Astro
 * writes it (escapeHTML for text, addAttribute for attributes) with the site's own helpers for the
 * rest (headlines, social tags, JSON-LD). Each shown field's element has an id, to read its text back.
 */
function renderedPage({ article, company, copy }: Content, locale: Locale): string {
  const title = headline(article, locale);
  const gist = summary(article, locale);
  const url = 'https://example.org/articles/a/';
  const attribute = (value: string, name: string) => String(addAttribute(value, name));
  const meta = socialMetaTags({
    siteName: copy.title,
    title: title.text,
    description: gist.text,
    url,
    image: { url: 'https://example.org/social.png', alt: copy.socialImageAlt, width: 1200, height: 630 },
    type: 'article',
    locale: 'en_GB',
  }).map((tag) => `<meta${attribute(tag.key, tag.attribute)}${attribute(tag.content, 'content')}>`);
  const jsonLd = [
    webSiteJsonLd({ name: copy.title, description: copy.description, url, language: locale }),
    newsArticleJsonLd({
      data: article,
      published: article.date,
      url,
      image: url,
      about: [companyName(company, locale)],
    }),
  ].map((data) => `<script type="application/ld+json">${serializeJsonLd(data)}</script>`);
  const shown = (id: string, text: string, tag = 'p') => `<${tag} id="${id}">${escapeHTML(text)}</${tag}>`;
  return (
    `<!DOCTYPE html><html lang="${locale}"><head>${CHARSET}<title>${escapeHTML(`${title.text} · ${copy.title}`)}</title>` +
    `<meta name="description"${attribute(gist.text, 'content')}>${meta.join('')}${jsonLd.join('')}<style>${STYLE}</style></head>` +
    `<body><header><a href="/"${attribute(copy.title, 'title')}>${shown('site', copy.title, 'span')}</a></header>` +
    `<main>${shown('kicker', copy.kicker)}${shown('headline', copy.headline, 'h2')}${shown('intro', copy.intro)}` +
    `<article data-pagefind-body${attribute(title.lang, 'lang')}>${shown('title', title.text, 'h1')}${shown('summary', gist.text)}` +
    article.deck!.map((line, index) => shown(`deck${index}`, line)).join('') +
    `${shown('source', article.source.name)}${shown('author', article.source.author!)}${shown('note', article.source.note!)}` +
    `<a href="/companies/a/"${attribute(companyName(company, locale), 'aria-label')}>${shown('company', companyName(company, locale), 'span')}</a>` +
    `<img src="/social.png"${attribute(copy.socialImageAlt, 'alt')}></article></main>` +
    `<footer>${shown('footer', copy.footer)}</footer>${MODULE}</body></html>`
  );
}

/** The same content with every text field `x`. */
function plainOf({ article }: Content): Content {
  const x = { title: 'x', description: 'x', kicker: 'x', headline: 'x', intro: 'x', footer: 'x', socialImageAlt: 'x' };
  return {
    article: {
      ...article,
      ...{ title: 'x', titleKo: 'x', summary: 'x', summaryKo: 'x', deck: article.deck!.map(() => 'x') },
      source: { name: 'x', author: 'x', note: 'x' },
    },
    company: { name: 'x', nameKo: 'x' },
    copy: x,
  };
}

describe('text in any field of an article, a company or site.yaml', () => {
  it('never changes the elements of a finished page, and shows as the text it is', () => {
    fc.assert(
      fc.property(content, fc.constantFrom(...LOCALES), (fields, locale) => {
        const page = browserView(finished(renderedPage(fields, locale)));
        expect(page.elements).toEqual(browserView(finished(renderedPage(plainOf(fields), locale))).elements);
        expect(page.inlineScripts).toEqual([loaderFor(SCRIPT)]);
        expect(page.styles).toEqual([{ text: STYLE, inHead: true }]);
        const policy = parseCsp(page.policies[0]!);
        expect(policy.get('script-src')).toContain(sha256Source(loaderFor(SCRIPT)));
        expect(page.texts.get('title')).toBe(headline(fields.article, locale).text);
        expect(page.texts.get('summary')).toBe(summary(fields.article, locale).text);
        expect(page.texts.get('company')).toBe(companyName(fields.company, locale));
        expect(page.texts.get('footer')).toBe(fields.copy.footer);
        expect(page.texts.get('site')).toBe(fields.copy.title);
        expect(page.texts.get('author')).toBe(fields.article.source.author);
      }),
    );
  });
});

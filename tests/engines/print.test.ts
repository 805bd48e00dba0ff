/**
 * Printed pages, in Chromium and Firefox, on A4 and US Letter: an article, the timeline and a
 * company's page, in both editions, printed to PDF as a reader's print dialog would and read back
 * page by page with pdftotext (tools/lib/pdfText.ts). What must hold comes from the content: the
 * article starts on page 1 with its headline and first paragraph, prints whole and writes out its
 * source's address; every entry has its date beside its headline; every chart's drawing is on the
 * page of its title; no page ends on a heading; no text is printed over other text; and nothing of
 * the screen's controls (search, navigation, language switch) is on paper.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DRAWN_FROM } from '../../src/lib/charts/markup.ts';
import { articlesByCompany } from '../../src/lib/companies.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { headline } from '../../src/lib/i18n/articleText.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES, otherLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { layoutTimeline, paginate } from '../../src/lib/paging.ts';
import { groupByYear } from '../../src/lib/timeline.ts';
import { articlePath, companyPath, localizedPath } from '../../src/lib/urls.ts';
import { readContent } from '../../src/node/contentDir.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import {
  launchEngine,
  pageWhole,
  waitForPage,
  type Engine,
  type EngineName,
  type PaperFormat,
} from '../../tools/lib/engines/index.ts';
import { overprintedWords, pageEndings, pageText, readPdf, type PdfPage } from '../../tools/lib/pdfText.ts';
import { serveReportingPolicy, type ReportingSite } from '../../tools/lib/policyReports.ts';
import { sourceArticles, type SourceArticle } from '../e2e/content.ts';

const ENGINES: EngineName[] = ['chromium', 'firefox'];
const FORMATS: PaperFormat[] = ['A4', 'Letter'];
const contentDir = inject('contentDir');
const articles = sourceArticles(contentDir);

/** The article with the longest file: the one most likely to run over several pages. */
const longest = (() => {
  const sizes = new Map(readContent(contentDir).articles.map((file) => [slugFromPath(file.path), file.text.length]));
  return articles.reduce((a, b) => ((sizes.get(b.id) ?? 0) > (sizes.get(a.id) ?? 0) ? b : a));
})();
/** The company in the most articles, and the articles its first page lists. */
const [company, companyArticles] = [...articlesByCompany(articles)].sort((a, b) => b[1].length - a[1].length)[0]!;
const homeArticles = layoutTimeline(groupByYear(articles)).home.flatMap((group) => group.entries);

/**
 * Text as the checks compare it: ligatures undone (NFKC), no whitespace (lines break anywhere), plain
 * quotes, one kind of dash (a PDF may map an en dash's glyph to a soft hyphen) and one case (print
 * may set capitals).
 */
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u00ad\u2010-\u2015]/g, '-');

/** A text's letters in order of code point: the same for its pieces in any order. */
const letters = (text: string) => [...plain(text)].sort().join('');

/** What the page shows, read from its DOM: its headings, and each chart's title and the text of its printed drawing. */
interface Shown {
  headings: string[];
  charts: { title: string; texts: string[] }[];
  paragraphs: string[];
}

const shownOnPage = (): Shown => {
  const text = (element: Element) => (element.textContent ?? '').trim();
  const printed = (element: Element) => element.closest('.visually-hidden, .no-print, [hidden]') === null;
  return {
    headings: [...document.querySelectorAll('main :is(h1, h2, h3, h4)')].filter(printed).map(text),
    charts: [...document.querySelectorAll('figure.chart-figure')].map((figure) => {
      // Paper shows the compact drawing (src/charts/charts.css).
      const drawing = figure.querySelector('svg.chart--compact') ?? figure.querySelector('svg.chart');
      return {
        title: text(figure.querySelector('.chart-figure__title')!),
        texts: [...(drawing?.querySelectorAll('text') ?? [])].flatMap((label) => {
          const spans = [...label.querySelectorAll('tspan')];
          return (spans.length > 0 ? spans : [label]).map(text).filter((part) => part !== '');
        }),
      };
    }),
    paragraphs: [...document.querySelectorAll('.prose p')].map(text).filter((part) => part !== ''),
  };
};

/** The pages printed, each as its whole text, compared as `plain` text. */
const textsOf = (pages: PdfPage[]) => pages.map((page) => plain(pageText(page)));

/** The checks every printed page passes (each reported, so one run shows every problem). */
function expectReadablePaper(pages: PdfPage[], shown: Shown, locale: Locale, where: string): void {
  const t = dictionary(locale);
  expect.soft(pages.length, where).toBeGreaterThan(0);
  const texts = textsOf(pages);
  for (const [index, page] of pages.entries()) {
    const at = `${where}, page ${index + 1}`;
    // A heading is the page's last lines when they hold exactly its letters, in whatever order pdftotext gave them.
    const endings = pageEndings(page).map(letters);
    expect
      .soft(
        shown.headings.filter((heading) => endings.includes(letters(heading))),
        `${at} ends on a heading`,
      )
      .toEqual([]);
    expect
      .soft(
        overprintedWords(page).map(([a, b]) => `"${a.text}" over "${b.text}"`),
        `${at}: text printed over text`,
      )
      .toEqual([]);
    const lines = page.lines.map((line) => line.text.trim());
    for (const control of [t.search.label, t.skipLink, dictionary(otherLocale(locale)).languageName])
      expect.soft(lines, `${at} prints "${control}"`).not.toContain(control);
    expect
      .soft(texts[index], `${at} prints the navigation`)
      .not.toContain(plain(`${t.nav.timeline}${t.nav.companies}`));
  }
  for (const chart of shown.charts) {
    const page = texts.findIndex((text) => text.includes(plain(chart.title)));
    expect.soft(page, `${where}: the chart "${chart.title}" is printed`).toBeGreaterThanOrEqual(0);
    const missing = chart.texts.filter((label) => !texts[page]!.includes(plain(label)));
    expect.soft(missing, `${where}: the chart "${chart.title}" is split from page ${page + 1}`).toEqual([]);
  }
}

/** Every entry with its date on the same page as its headline. */
function expectEntries(pages: PdfPage[], entries: readonly SourceArticle[], locale: Locale, where: string): void {
  const texts = textsOf(pages);
  expect.soft(entries.length, where).toBeGreaterThan(0);
  for (const article of entries) {
    const title = plain(headline(article.data, locale).text);
    const page = texts.findIndex((text) => text.includes(title));
    expect.soft(page, `${where}: "${headline(article.data, locale).text}" is printed`).toBeGreaterThanOrEqual(0);
    expect
      .soft(texts[page], `${where}: the date of "${article.id}" beside its headline`)
      .toContain(plain(formatDate(article.data.date, locale)));
  }
}

describe.each(ENGINES)('%s', (name) => {
  let engine: Engine;
  let site: ReportingSite;

  beforeAll(async () => {
    site = await serveReportingPolicy(inject('siteDir'));
    engine = await launchEngine(name);
  });

  afterAll(async () => {
    await engine?.close();
    await site?.close();
  });

  /** Opens a page and prints it on each paper size, with what its DOM shows. */
  const print = async (path: string) => {
    await engine.page.goto(new URL(path, site.url).href);
    // A reader prints the page they see: its script run, the timeline's chart cards drawn.
    await waitForPage(engine.page, `/${path} whole`, pageWhole, DRAWN_FROM);
    const shown = await engine.page.evaluate(shownOnPage);
    const printed: { format: PaperFormat; pages: PdfPage[] }[] = [];
    for (const format of FORMATS) printed.push({ format, pages: readPdf(await engine.page.pdf!(format)) });
    return { shown, printed };
  };

  it.each(LOCALES)('an article (%s) starts on page 1, prints whole and writes out its source', async (locale) => {
    const path = localizedPath(articlePath(longest.id), locale);
    const { shown, printed } = await print(path);
    expect(shown.paragraphs.length).toBeGreaterThan(0);
    for (const { format, pages } of printed) {
      const where = `/${path} on ${format}`;
      expectReadablePaper(pages, shown, locale, where);
      const texts = textsOf(pages);
      expect(texts[0], `${where}: the headline on page 1`).toContain(plain(headline(longest.data, locale).text));
      // The paragraph's start as the file writes it, up to any Markdown link.
      const opening = plain(longest.firstParagraph.split('[')[0]!).slice(0, 60);
      expect(texts[0], `${where}: the first paragraph starts on page 1`).toContain(opening);
      const whole = texts.join('');
      for (const paragraph of shown.paragraphs)
        expect(whole, `${where}: a paragraph is missing`).toContain(plain(paragraph));
      if (longest.data.source.url)
        expect(whole, `${where}: the source's address`).toContain(plain(longest.data.source.url));
    }
  });

  it.each(LOCALES)('the timeline (%s) prints every entry with its date, and its charts whole', async (locale) => {
    const path = localizedPath('', locale);
    const { shown, printed } = await print(path);
    expect(shown.charts.length, 'charts on the timeline').toBeGreaterThan(0);
    for (const { format, pages } of printed) {
      const where = `/${path} on ${format}`;
      expectReadablePaper(pages, shown, locale, where);
      expectEntries(pages, homeArticles, locale, where);
    }
  });

  it.each(LOCALES)("a company's page (%s) prints its charts whole and its entries with their dates", async (locale) => {
    const path = localizedPath(companyPath(company), locale);
    const { shown, printed } = await print(path);
    for (const { format, pages } of printed) {
      const where = `/${path} on ${format}`;
      expectReadablePaper(pages, shown, locale, where);
      expectEntries(pages, paginate(companyArticles)[0]!, locale, where);
    }
  });
});

/**
 * Reads a printed page back: the text of a PDF, page by page, line by line and word by word with
 * where each word sits, as poppler's `pdftotext -bbox-layout` finds it, and the checks the print
 * tests make of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFTOTEXT, ensurePrograms } from './systemPrograms.ts';

/** A box in PDF points, measured from the page's top left corner. */
export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A word on a page and its box. */
export interface PdfWord extends Box {
  text: string;
}

/** A line of words, as pdftotext groups them. */
export interface PdfLine extends Box {
  words: PdfWord[];
  /** Its words, joined by spaces. */
  text: string;
}

/** One page: its size in points, its lines with where they are, and its text in the order it was drawn. */
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
  /**
   * The page's text lines in the order the browser drew them (`pdftotext -raw`), which is the
   * document's order: a phrase that mixes Latin and Hangul (two fonts) stays whole, where the
   * layout's lines split it by where each font's glyphs sit.
   */
  text: string[];
}

/** The pages of a PDF, read with pdftotext (installed as root where missing). */
export function readPdf(pdf: Uint8Array): PdfPage[] {
  const [pdftotext] = ensurePrograms([PDFTOTEXT]);
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    const run = (mode: string) =>
      execFileSync(pdftotext!, [mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const drawn = run('-raw').split('\f');
    return parseBboxLayout(run('-bbox-layout')).map((page, index) => ({
      ...page,
      text: (drawn[index] ?? '').split('\n').filter((line) => line.trim() !== ''),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const LINE = /<line xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/line>/g;
const WORD = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g;

/** The pages of pdftotext's `-bbox-layout` output (XHTML it writes in one fixed shape). */
export function parseBboxLayout(xhtml: string): Omit<PdfPage, 'text'>[] {
  return [...xhtml.matchAll(PAGE)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    lines: [...body!.matchAll(LINE)].map(([, xMin, yMin, xMax, yMax, words]) => {
      const parsed = [...words!.matchAll(WORD)].map(([, wxMin, wyMin, wxMax, wyMax, text]) => ({
        xMin: Number(wxMin),
        yMin: Number(wyMin),
        xMax: Number(wxMax),
        yMax: Number(wyMax),
        text: unescapeXml(text!),
      }));
      return {
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
        words: parsed,
        text: parsed.map((word) => word.text).join(' '),
      };
    }),
  }));
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Text without any whitespace, so a phrase is found whichever way lines broke it. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A page's whole text, squeezed. */
export function pageText(page: PdfPage): string {
  return squeezed(page.text.join(''));
}

/**
 * How the page ends, by where its lines are printed (engines draw in orders of their own): the
 * lowest line, then the two lowest, and so on up to `count` lines, each as one text. A heading left
 * at a page's foot, wrapped or not, is one of them, its pieces in some order (pdftotext may split a
 * line that mixes Latin and Hangul, whose glyph boxes sit differently).
 */
export function pageEndings(page: PdfPage, count = 4): string[] {
  const lowest = [...page.lines].sort((a, b) => b.yMax - a.yMax).slice(0, count);
  return lowest.map((_, index) =>
    lowest
      .slice(0, index + 1)
      .reverse()
      .map((line) => line.text)
      .join(' '),
  );
}

/**
 * Pairs of words printed over each other. Each word's box is narrowed to its middle (a glyph box
 * reaches above and below its letters, far more for some fonts' Hangul), so words side by side or
 * on lines close together are apart, and only text printed on top of other text meets.
 */
export function overprintedWords(page: PdfPage): [PdfWord, PdfWord][] {
  const cores = page.lines.flatMap((line) => line.words).map((word) => ({ word, core: coreOf(word) }));
  const pairs: [PdfWord, PdfWord][] = [];
  for (const [index, a] of cores.entries()) {
    for (const b of cores.slice(index + 1)) {
      if (intersects(a.core, b.core)) pairs.push([a.word, b.word]);
    }
  }
  return pairs;
}

function coreOf(box: Box): Box {
  const width = box.xMax - box.xMin;
  const height = box.yMax - box.yMin;
  return {
    xMin: box.xMin + width * 0.15,
    xMax: box.xMax - width * 0.15,
    yMin: box.yMin + height * 0.35,
    yMax: box.yMax - height * 0.35,
  };
}

function intersects(a: Box, b: Box): boolean {
  return a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;
}

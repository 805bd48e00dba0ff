import { describe, expect, it } from 'vitest';
import { overprintedWords, pageEndings, parseBboxLayout, type PdfPage, type PdfWord } from '../../tools/lib/pdfText.ts';

const word = (text: string, xMin: number, yMin: number, xMax: number, yMax: number): PdfWord => ({
  text,
  xMin,
  yMin,
  xMax,
  yMax,
});

/** A page of the given words, one line each, drawn in that order. */
const pageOf = (...words: PdfWord[]): PdfPage => ({
  width: 595,
  height: 842,
  lines: words.map((one) => ({ ...one, words: [one], text: one.text })),
  text: words.map((one) => one.text),
});

describe('parseBboxLayout', () => {
  it('reads pages, lines and words with their boxes, entities decoded', () => {
    const xhtml = `<doc>
  <page width="595.92" height="842.88">
    <flow><block xMin="1" yMin="2" xMax="90" yMax="14">
      <line xMin="1" yMin="2" xMax="90" yMax="14">
        <word xMin="1" yMin="2" xMax="40" yMax="14">AT&amp;T</word>
        <word xMin="44" yMin="2" xMax="90" yMax="14">&lt;joins&gt;</word>
      </line>
    </block></flow>
  </page>
  <page width="612" height="792">
  </page>
</doc>`;
    const pages = parseBboxLayout(xhtml);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatchObject({ width: 595.92, height: 842.88 });
    expect(pages[0]!.lines.map((line) => line.text)).toEqual(['AT&T <joins>']);
    expect(pages[0]!.lines[0]!.words[1]).toEqual(word('<joins>', 44, 2, 90, 14));
    expect(pages[1]!.lines).toEqual([]);
  });
});

describe('overprintedWords', () => {
  it('finds text printed over text', () => {
    const footer = word('independent', 100, 500, 160, 512);
    const row = word('KAIST', 110, 502, 150, 513);
    expect(overprintedWords(pageOf(footer, row))).toEqual([[footer, row]]);
  });

  it('leaves words side by side and lines close together apart, even with tall Hangul boxes', () => {
    const kicker = word('타임라인', 55, 114.5, 93.6, 138.4);
    const headline = word('와', 101.2, 114.8, 131.5, 193.7);
    const next = word('KT', 132, 143, 150, 179);
    const below = word('LG', 55, 139, 80, 150);
    expect(overprintedWords(pageOf(kicker, headline, next, below))).toEqual([]);
  });
});

describe('pageEndings', () => {
  it('gives the lowest line, then the two lowest, and so on, by where they are printed', () => {
    // Drawn in another order than they sit, as Firefox draws a chart's text last.
    const page = pageOf(
      word('in charts', 0, 40, 1, 50),
      word('Intro', 0, 0, 1, 10),
      word('The alliance', 0, 20, 1, 30),
    );
    expect(pageEndings(page, 2)).toEqual(['in charts', 'The alliance in charts']);
    expect(pageEndings(pageOf(), 4)).toEqual([]);
  });
});

/**
 * Text measured without a DOM: an upper bound on the width of one line for the system sans-serif
 * fonts a reader may have. The widths are those of DejaVu Sans, the widest common one, and hold for
 * Hangul in Nanum Gothic, Noto Sans KR, Apple SD Gothic Neo and Malgun Gothic (each under 1 em).
 */
import { HANGUL } from '../i18n/hangul.ts';
import { memoized } from '../memoize.ts';
import type { Box } from './boxes.ts';

/** Where the baseline of a line of text goes below its centre, in ems: text centred on a point sits this far down. */
export const CENTRED_BASELINE = 0.35;

/** How far glyphs reach above and below the baseline, in ems (DejaVu Sans; Hangul fonts reach less). */
const ASCENT = 0.93;
const DESCENT = 0.24;

/** Widths in ems, regular weight. */
const EM = { narrow: 0.44, regular: 0.64, capital: 0.8, wide: 1, other: 1.45 } as const;

/** How much wider bold text runs than regular (DejaVu Sans Bold against DejaVu Sans, at most). */
const BOLD = 1.13;

const NARROW = /[ijlftr.,:;'‘’|!()[\] ]/u;
const REGULAR = /[a-z0-9"“”\-–/?*_\u00df-\u00e5\u00e7-\u00f6\u00f8-\u00ff]/u;
const CAPITAL = /[A-Z\u00c0-\u00c5\u00c7-\u00d6\u00d8-\u00de$€£¥&]/u;
/** CJK scripts (radicals to Yi, compatibility ideographs), which take a full em and break within a word as Hangul does. */
const CJK = /[\u2e80-\ua4cf\uf900-\ufaff]/u;
// Full-width forms; and the symbols the charts write that are wider than a digit.
const WIDE = /[mwMW%@#+<=>^~{}→≈…—₩\u00c6\u00e6\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Widths already worked out: a chart measures the same few dozen characters thousands of times. It
 * lives as long as the module, as the widths of a character never change.
 */
const widthOf = new Map<string, number>();

/** One character's width in ems; a character of any other script counts as one and a half, which is never too little. */
function characterWidth(character: string): number {
  return memoized(widthOf, character, () => classify(character));
}

function classify(character: string): number {
  if (NARROW.test(character)) return EM.narrow;
  if (HANGUL.test(character) || CJK.test(character) || WIDE.test(character)) return EM.wide;
  if (CAPITAL.test(character)) return EM.capital;
  if (REGULAR.test(character)) return EM.regular;
  return EM.other;
}

/** An upper bound on the rendered width of one line of text at a font size. */
export function estimateTextWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  let ems = 0;
  for (const character of text) ems += characterWidth(character);
  return ems * fontSize * (weight === 'bold' ? BOLD : 1);
}

/**
 * The text shortened to fit `width`, with an ellipsis where it was cut (at a word boundary when one
 * leaves at least half the room used), or the text itself when it fits.
 */
export function fitText(text: string, width: number, fontSize: number, weight: 'regular' | 'bold' = 'regular'): string {
  if (estimateTextWidth(text, fontSize, weight) <= width) return text;
  const characters = [...text];
  let kept = '';
  for (const character of characters) {
    if (estimateTextWidth(`${kept}${character}…`, fontSize, weight) > width) break;
    kept += character;
  }
  const wordEnd = kept.lastIndexOf(' ');
  const cut =
    wordEnd > 0 && estimateTextWidth(kept.slice(0, wordEnd), fontSize, weight) >= width / 2
      ? kept.slice(0, wordEnd)
      : kept;
  return `${cut.trimEnd()}…`;
}

/** Where and how a line of text is written, as an SVG `<text>` says it. */
export interface TextPlacement {
  /** The anchor point's x: where the line starts, is centred or ends, by `anchor`. */
  x: number;
  baseline: number;
  fontSize: number;
  /** The `text-anchor`; default `start`. */
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'regular' | 'bold';
}

/** The box a line of text covers, from its anchor point on the baseline and its `text-anchor`. */
export function textBox(
  text: string,
  { x, baseline, fontSize, anchor = 'start', weight = 'regular' }: TextPlacement,
): Box {
  const width = estimateTextWidth(text, fontSize, weight);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: baseline - ASCENT * fontSize, width, height: (ASCENT + DESCENT) * fontSize };
}

/** A word in two: halves where both fit a line, else as much as fits and the rest. */
function breakWord(word: string, fitsLine: (line: string) => boolean): [string, string] {
  const characters = [...word];
  const half = Math.ceil(characters.length / 2);
  const halves: [string, string] = [characters.slice(0, half).join(''), characters.slice(half).join('')];
  if (halves.every(fitsLine)) return halves;
  let end = 1;
  while (end < characters.length - 1 && fitsLine(characters.slice(0, end + 1).join(''))) end += 1;
  return [characters.slice(0, end).join(''), characters.slice(end).join('')];
}

/**
 * The text in at most `maxLines` lines of at most `width`: broken between words; a word of Hangul or
 * CJK too long for a line broken within (as Korean may be); a line still too long cut with "…".
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const fitsLine = (line: string) => estimateTextWidth(line, fontSize) <= width;
  const tokens = text.split(' ').flatMap((word, index) => {
    const parts = fitsLine(word) || !(HANGUL.test(word) || CJK.test(word)) ? [word] : breakWord(word, fitsLine);
    return parts.map((part, partIndex) => ({ part, space: index > 0 && partIndex === 0 }));
  });
  const lines: string[] = [];
  for (const { part, space } of tokens) {
    const last = lines.at(-1);
    const joined = last === undefined ? undefined : `${last}${space ? ' ' : ''}${part}`;
    if (joined !== undefined && fitsLine(joined)) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  // What does not fit in the last line is cut there.
  if (lines.length > maxLines) lines.splice(maxLines - 1, Infinity, lines.slice(maxLines - 1).join(' '));
  return lines.map((line) => fitText(line, width, fontSize));
}

/** Text measured without a DOM: a conservative width estimate for system sans-serif fonts. */

/** Width factor per character relative to font size: wide enough for capitals and digits in most system fonts. */
const LATIN_EM = 0.6;
/** Hangul, CJK and other full-width characters take a whole em. */
const WIDE_EM = 1;
const WIDE_CHARACTER = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** An upper bound on the rendered width of one line of text at a font size. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE_CHARACTER.test(character) ? WIDE_EM : LATIN_EM;
  return ems * fontSize;
}

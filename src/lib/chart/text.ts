/** Text measured without a DOM: a conservative width estimate for system sans-serif fonts. */

/** Widths in ems, generous enough for the widest common system sans-serif fonts (DejaVu Sans, Verdana). */
const EM = { narrow: 0.38, regular: 0.64, capital: 0.76, wide: 1 } as const;

const NARROW = /[iljtfr.,:;'’|!()[\] ]/u;
const WIDE = /[mwMW@%—→\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CAPITAL = /[A-Z₩$€£¥&]/u;

/** An upper bound on the rendered width of one line of text at a font size. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) {
    ems += WIDE.test(character)
      ? EM.wide
      : CAPITAL.test(character)
        ? EM.capital
        : NARROW.test(character)
          ? EM.narrow
          : EM.regular;
  }
  return ems * fontSize;
}

/**
 * Korean inside English text, such as "a Segye Ilbo (세계일보) report": editors cannot mark the
 * language of a part of a YAML field, so runs of Hangul are found here and marked `lang="ko"` on
 * the page, and screen readers read them in a Korean voice.
 */

/** A run of text, and whether it is Korean. */
export interface ScriptRun {
  text: string;
  korean: boolean;
}

/** The letters of Korean: jamo, compatibility jamo and syllables, as a character class's ranges. */
const HANGUL_RANGES = '\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3';

/** One Hangul character: `HANGUL.test(text)` tells whether a text has any. */
export const HANGUL = new RegExp(`[${HANGUL_RANGES}]`, 'u');

/** The Hangul syllables, 가 to 힣, in Unicode order: what a syllable's parts are worked out from. */
export const HANGUL_SYLLABLES = { first: 0xac00, last: 0xd7a3 } as const;

/** Whether a character is a Hangul syllable (가–힣), not a jamo or anything else. */
export function isHangulSyllable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= HANGUL_SYLLABLES.first && code <= HANGUL_SYLLABLES.last;
}

/** Hangul; a Korean run may have spaces, digits and punctuation between its letters. */
const KOREAN_RUN = new RegExp(`${HANGUL.source}(?:[\\s\\d.,·!?'"‘’“”()-]*${HANGUL.source})*`, 'gu');

/** The text split into its Korean runs and the rest, in order; joined, they give the text back. */
export function hangulRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(KOREAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), korean: false });
    runs.push({ text: match[0], korean: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), korean: false });
  return runs;
}

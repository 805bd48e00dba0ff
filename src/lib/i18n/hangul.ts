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

/** Hangul syllables and jamo; a Korean run may have spaces, digits and punctuation between them. */
const KOREAN_RUN =
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3](?:[\s\d.,·!?'"‘’“”()-]*[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])*/gu;

/** Whether a text has any Hangul. */
export function hasHangul(text: string): boolean {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u.test(text);
}

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

import { describe, expect, it } from 'vitest';
import { HANGUL, hangulRuns, isHangulSyllable } from '../../src/lib/i18n/hangul.ts';

describe('hangulRuns', () => {
  it('finds the Korean in English text, with the spaces and punctuation inside it', () => {
    expect(hangulRuns('a Segye Ilbo (세계일보) report')).toEqual([
      { text: 'a Segye Ilbo (', korean: false },
      { text: '세계일보', korean: true },
      { text: ') report', korean: false },
    ]);
    expect(hangulRuns('KT said “AI 원팀을 만든다, 2020년”.')).toEqual([
      { text: 'KT said “AI ', korean: false },
      { text: '원팀을 만든다, 2020년', korean: true },
      { text: '”.', korean: false },
    ]);
  });

  it('gives English alone, Korean alone and nothing back as they are', () => {
    expect(hangulRuns('The Korea Herald')).toEqual([{ text: 'The Korea Herald', korean: false }]);
    expect(hangulRuns('매일일보')).toEqual([{ text: '매일일보', korean: true }]);
    expect(hangulRuns('')).toEqual([]);
  });

  it('loses no character', () => {
    const text = '승인 2020.05.26 15:54 (Approved) 김정우 기자';
    expect(
      hangulRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});

describe('HANGUL and isHangulSyllable', () => {
  it('tell Hangul from other letters, and syllables from jamo', () => {
    expect(HANGUL.test('KT와 LG')).toBe(true);
    expect(HANGUL.test('ㄹ')).toBe(true);
    expect(HANGUL.test('KT and LG 中')).toBe(false);
    expect(['가', '힣', 'ㄹ', 'ᄀ', 'A'].map(isHangulSyllable)).toEqual([true, true, false, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { correctionText, correctionsOf, lastCorrected } from '../../src/lib/corrections.ts';

const first = { date: '2026-11-02', text: 'An earlier version gave the stake as 51%; it is 15%.' };
const second = {
  date: '2026-12-01',
  text: 'The amount is 26,748,875,000 won.',
  textKo: '금액은 267억4887만5000원입니다.',
};

describe('correctionsOf and lastCorrected', () => {
  it('orders the corrections oldest first, whatever order they are listed in', () => {
    expect(correctionsOf({ corrections: [second, first] })).toEqual([first, second]);
    expect(lastCorrected({ corrections: [second, first] })).toBe('2026-12-01');
  });

  it('keeps the listed order of corrections made on one day', () => {
    const again = { ...first, text: 'Another.' };
    expect(correctionsOf({ corrections: [first, again] })).toEqual([first, again]);
  });

  it('is nothing for an article never corrected', () => {
    expect(correctionsOf({})).toEqual([]);
    expect(lastCorrected({})).toBeUndefined();
    expect(lastCorrected({ corrections: [] })).toBeUndefined();
  });
});

describe('correctionText', () => {
  it('is the English in the English edition, the Korean in the Korean one where given', () => {
    expect(correctionText(second, 'en')).toEqual({ text: second.text, lang: 'en', kind: 'original' });
    expect(correctionText(second, 'ko')).toEqual({ text: second.textKo, lang: 'ko', kind: 'original' });
  });

  it('shows the Korean edition the English, marked, where no Korean was given', () => {
    expect(correctionText(first, 'ko')).toEqual({ text: first.text, lang: 'en', kind: 'untranslated' });
  });
});

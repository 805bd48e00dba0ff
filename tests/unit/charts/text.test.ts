import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, textBox, wrapText } from '../../../src/lib/charts/text.ts';

describe('estimateTextWidth', () => {
  it('counts narrow, regular, capital and wide characters', () => {
    expect(estimateTextWidth('il', 10)).toBeCloseTo(8.8, 6);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(12.8, 6);
    expect(estimateTextWidth('KT', 10)).toBe(16);
    expect(estimateTextWidth('mW', 10)).toBe(20);
  });

  it('takes Hangul, CJK and the symbols of amounts as a full em', () => {
    expect(estimateTextWidth('지니', 10)).toBe(20);
    expect(estimateTextWidth('₩→≈…', 10)).toBe(40);
    expect(estimateTextWidth('中', 10)).toBe(10);
  });

  it('errs wide on scripts it does not know, and for bold', () => {
    expect(estimateTextWidth('Ж', 10)).toBe(14.5);
    expect(estimateTextWidth('KT', 10, 'bold')).toBeCloseTo(18.08, 6);
  });
});

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('Genie Music', 200, 10)).toBe('Genie Music');
  });

  it('cuts at a word where it can, else at a character, with an ellipsis, within the width', () => {
    const cut = fitText('Hyundai Heavy Industries Group', 120, 10);
    expect(cut).toBe('Hyundai Heavy…');
    expect(estimateTextWidth(cut, 10)).toBeLessThanOrEqual(120);
    expect(fitText('과학기술정보통신부', 60, 10)).toBe('과학기술정…');
  });
});

describe('wrapText', () => {
  it('breaks between words into at most two lines', () => {
    expect(wrapText('Samsung Electronics', 100, 10)).toEqual(['Samsung', 'Electronics']);
    expect(wrapText('KT', 100, 10)).toEqual(['KT']);
    const [, second] = wrapText('Korea Electronics and Telecommunications Research Institute', 100, 10);
    expect(second).toMatch(/…$/);
  });

  it('breaks a Korean word too long for a line in its middle', () => {
    expect(wrapText('한국전자통신연구원', 60, 10)).toEqual(['한국전자통', '신연구원']);
    expect(wrapText('JYP엔터테인먼트', 60, 10)).toEqual(['JYP엔터', '테인먼트']);
  });

  it('fills the first line of a Korean word too long for two, and cuts the second', () => {
    expect(wrapText('익스트림텔레커뮤니케이션브로드밴드네트웍스', 60, 10)).toEqual(['익스트림텔레', '커뮤니케이…']);
  });
});

describe('textBox', () => {
  it('places the box by its anchor, from the baseline', () => {
    expect(textBox('ab', { x: 100, baseline: 50, fontSize: 10, anchor: 'start' })).toEqual({
      x: 100,
      y: 40.7,
      width: 12.8,
      height: 11.7,
    });
    expect(textBox('ab', { x: 100, baseline: 50, fontSize: 10, anchor: 'end' }).x).toBeCloseTo(87.2, 6);
    expect(textBox('ab', { x: 100, baseline: 50, fontSize: 10, anchor: 'middle' }).x).toBeCloseTo(93.6, 6);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuery, stripParticles } from '../../../src/lib/search/koreanQuery.ts';

describe('stripParticles', () => {
  it('takes each particle off a noun, by what the noun ends with', () => {
    const cases: [string, string][] = [
      ['서울은', '서울'],
      ['바다는', '바다'],
      ['서울이', '서울'],
      ['바다가', '바다'],
      ['서울을', '서울'],
      ['바다를', '바다'],
      ['서울의', '서울'],
      ['서울에', '서울'],
      ['서울에서', '서울'],
      ['부산으로', '부산'],
      ['바다로', '바다'],
      ['서울로', '서울'],
      ['삼성과', '삼성'],
      ['메타와', '메타'],
      ['서울도', '서울'],
      ['서울만', '서울'],
      ['서울까지', '서울'],
    ];
    for (const [word, stem] of cases) expect(stripParticles(word), word).toBe(stem);
  });

  it('takes off two particles in a row', () => {
    const cases: [string, string][] = [
      ['서울에서는', '서울'],
      ['서울에서도', '서울'],
      ['서울에는', '서울'],
      ['서울까지도', '서울'],
      ['서울만으로', '서울'],
      ['삼성과의', '삼성'],
      ['메타와의', '메타'],
      ['부산으로는', '부산'],
    ];
    for (const [word, stem] of cases) expect(stripParticles(word), word).toBe(stem);
  });

  it('takes particles off names written in Latin letters or digits', () => {
    expect(stripParticles('KT는')).toBe('KT');
    expect(stripParticles('KT와')).toBe('KT');
    expect(stripParticles('LG유플러스가')).toBe('LG유플러스');
    expect(stripParticles('5G를')).toBe('5G');
  });

  it('leaves words that only end like a particle', () => {
    for (const word of ['아이', '사이', '평가', '전문가', '회의', '인도', '서울', '지니뮤직', '협의']) {
      expect(stripParticles(word), word).toBe(word);
    }
    expect(stripParticles('협의를')).toBe('협의');
    expect(stripParticles('바다로')).toBe('바다');
    expect(stripParticles('부산로')).toBe('부산로');
  });

  it('never leaves less than two characters, nor takes more than two particles', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('서', '울', '은', '는', '이', '가', '에', '서', '도', '만', 'K') }),
        (word) => {
          const stem = stripParticles(word);
          expect(word.startsWith(stem)).toBe(true);
          if (stem !== word) expect([...stem].length).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });
});

describe('normalizeQuery', () => {
  it('strips the Korean words of a query and keeps the rest as typed', () => {
    expect(normalizeQuery('  KT와   지니뮤직을 music ')).toBe('KT 지니뮤직 music');
    expect(normalizeQuery('AI 원팀에서는')).toBe('AI 원팀');
    expect(normalizeQuery('')).toBe('');
  });
});

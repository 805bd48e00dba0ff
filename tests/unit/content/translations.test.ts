import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../../src/lib/content/schema.ts';
import { formatTranslationGaps, translationGaps } from '../../../src/lib/content/translations.ts';

const article = (path: string, data: Partial<ArticleData>) => ({
  file: { path },
  data: { title: 't', date: '2020-01-01', language: 'en', summary: 's', source: { name: 'p' }, companies: ['kt'], ...data } as ArticleData,
});

describe('translationGaps', () => {
  it('asks an English article for its Korean headline and summary, a Korean one for its English headline and Korean summary', () => {
    expect(
      translationGaps([
        article('a.mdx', {}),
        article('b.mdx', { titleKo: '제목', summaryKo: '요약' }),
        article('c.mdx', { language: 'ko', summaryKo: '요약' }),
      ]),
    ).toEqual([
      { path: 'a.mdx', missing: ['titleKo', 'summaryKo'] },
      { path: 'c.mdx', missing: ['titleEn'] },
    ]);
  });

  it('asks each correction for its Korean text', () => {
    const correction = { date: '2020-01-02', text: 'Fixed.' };
    expect(
      translationGaps([
        article('a.mdx', { titleKo: '제목', summaryKo: '요약', corrections: [{ ...correction, textKo: '정정.' }, correction] }),
      ]),
    ).toEqual([{ path: 'a.mdx', missing: ['corrections[1].textKo'] }]);
  });
});

describe('formatTranslationGaps', () => {
  it('is a note naming each article and field, and nothing when nothing is missing', () => {
    expect(formatTranslationGaps([])).toBeUndefined();
    expect(formatTranslationGaps([{ path: 'a.mdx', missing: ['titleKo'] }])).toBe(
      'Note: 1 article lacks a translation; the other edition shows the original, marked as untranslated:\n  a.mdx: titleKo',
    );
  });

  it('names the first twenty of a long list and counts the rest', () => {
    const gaps = Array.from({ length: 25 }, (_, index) => ({ path: `${index}.mdx`, missing: ['summaryKo'] }));
    const note = formatTranslationGaps(gaps)!;
    expect(note.split('\n')).toHaveLength(1 + 20 + 1);
    expect(note).toMatch(/^Note: 25 articles lack/);
    expect(note.endsWith('  … and 5 more')).toBe(true);
  });
});

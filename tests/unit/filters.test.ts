import { describe, expect, it } from 'vitest';
import { testArticle } from './articleFixture.ts';
import { filterEntries } from '../../src/lib/filters.ts';

const article = testArticle;
const links = { article: (id: string) => `/ko/articles/${id}/`, entry: (id: string) => `/ko/years/2020/#${id}` };

describe('filterEntries', () => {
  it('gives each entry in the edition’s words, with its day and companies for the charts and its two links', () => {
    const [translated, untranslated] = filterEntries(
      [
        article('a', {
          titleKo: '번역된 제목',
          investments: [{ investor: 'kt', target: 'meta', amount: 1, currency: 'USD', kind: 'fund' }],
        }),
        article('b', {}),
      ],
      'ko',
      links,
    );
    expect(translated).toEqual({
      id: 'a',
      day: '2020-06-03',
      companies: ['kt', 'meta'],
      date: '2020년 6월 3일',
      title: '번역된 제목',
      href: '/ko/articles/a/',
      at: '/ko/years/2020/#a',
    });
    expect(untranslated).toMatchObject({ title: 'b', lang: 'en' });
  });
});

import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive.ts';
import type { ArticleData } from '../../src/lib/content/schema.ts';
import { testArticle } from './articleFixture.ts';

const article = (id: string, date: string, data: Partial<ArticleData> = {}) => testArticle(id, { date, ...data });
const site = {
  en: { title: 'T', description: 'D', kicker: 'K', headline: 'H', intro: 'I', footer: 'F', socialImageAlt: 'A' },
  ko: { title: 'T', description: 'D', kicker: 'K', headline: 'H', intro: 'I', footer: 'F', socialImageAlt: 'A' },
  alliances: [{ id: 'kt-lg', en: 'KT–LG', ko: 'KT–LG' }],
};
const companies = [
  { id: 'kt', data: { name: 'KT', alliance: 'kt-lg' } },
  { id: 'meta', data: { name: 'Meta' } },
];

describe('buildArchive', () => {
  const archive = buildArchive({
    articles: [
      article('c', '2024-02-28', { companies: ['meta'], tags: ['xr'] }),
      article('a', '2017-03-15', { tags: ['music', 'ai'] }),
      article('b', '2020-06-03', {
        tags: ['ai'],
        investments: [{ investor: 'kt', target: 'meta', amount: 1, currency: 'USD', kind: 'fund' }],
      }),
    ],
    companies,
    rates: [],
    site,
  });

  it('orders the articles once, and finds each one’s neighbours without sorting again', () => {
    expect(archive.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(archive.neighbours('b')).toEqual({ previous: archive.articles[0], next: archive.articles[2] });
    expect(archive.neighbours('a').previous).toBeUndefined();
    expect(archive.neighbours('missing')).toEqual({});
  });

  it('gives each company its articles, investment targets included, and each tag its articles, oldest first', () => {
    expect(archive.byCompany.get('meta')?.map((a) => a.id)).toEqual(['b', 'c']);
    expect(archive.byCompany.get('kt')?.map((a) => a.id)).toEqual(['a', 'b']);
    expect(archive.byTag.get('ai')?.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('groups by year, spans the years, and builds the charts’ dataset from the same articles', () => {
    expect(archive.years.map((group) => group.year)).toEqual([2017, 2020, 2024]);
    expect(archive.span).toEqual([2017, 2024]);
    expect(archive.dataset.investments.map((record) => record.articleId)).toEqual(['b']);
    expect(archive.dataset.involvement.map((group) => group.alliance?.id)).toEqual(['kt-lg', undefined]);
  });

  it('gives each article its investments in the order it lists them, whatever their dates', () => {
    const listed = buildArchive({
      articles: [
        article('d', '2020-06-03', {
          investments: [
            { investor: 'kt', target: 'meta', amount: 2, currency: 'USD', kind: 'fund', date: '2021-01-01' },
            { investor: 'kt', target: 'meta', amount: 3, currency: 'USD', kind: 'fund', date: '2019-01-01' },
          ],
        }),
      ],
      companies,
      rates: [],
      site,
    });
    expect(listed.investmentsOf('d').map((record) => record.amount)).toEqual([2, 3]);
    expect(listed.dataset.investments.map((record) => record.amount)).toEqual([3, 2]);
    expect(archive.investmentsOf('b').map((record) => record.id)).toEqual(['b-1']);
    expect(archive.investmentsOf('a')).toEqual([]);
  });

  it('is an empty archive for no articles', () => {
    const empty = buildArchive({ articles: [], companies, rates: [], site });
    expect(empty.years).toEqual([]);
    expect(empty.span).toBeUndefined();
  });
});

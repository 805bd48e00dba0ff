import { describe, expect, it } from 'vitest';
import type { ArticleData, CompanyData, RateData } from '../../src/lib/content/schema.ts';
import { GENIE_STAKE, testArticle } from './articleFixture.ts';
import {
  buildInvestments,
  buildInvolvement,
  buildOwnership,
  investmentsInvolving,
  nearestRate,
  totalsByKind,
} from '../../src/lib/chartRecords.ts';

const company = (id: string, name: string, extra: Partial<CompanyData> = {}) =>
  [id, { id, data: { name, ...extra } }] as const;
const companies = new Map([
  company('kt', 'KT', { alliance: 'kt-lg' }),
  company('lg-uplus', 'LG Uplus', { alliance: 'kt-lg' }),
  company('genie-music', 'Genie Music', { alliance: 'kt-lg' }),
  company('sk-telecom', 'SK Telecom', { alliance: 'skt-samsung-kakao' }),
  company('etri', 'Electronics and Telecommunications Research Institute', { shortName: 'ETRI' }),
]);
const alliances = [
  { id: 'skt-samsung-kakao', en: 'SKT–Samsung–Kakao', ko: 'SKT–삼성–카카오' },
  { id: 'kt-lg', en: 'KT–LG', ko: 'KT–LG' },
];
const rates: RateData[] = [
  { currency: 'KRW', perUsd: 1160, date: '2017-03-15', source: 'A' },
  { currency: 'KRW', perUsd: 1125, date: '2021-03-23', source: 'B' },
];
const article = (id: string, date: string, data: Partial<ArticleData> = {}) => testArticle(id, { date, ...data });

const articles = [
  article('2021-b', '2021-03-23', {
    companies: ['kt', 'sk-telecom'],
    investments: [
      { investor: 'kt', target: 'Original content', amount: 50_000_000_000, currency: 'KRW', kind: 'commitment' },
      { investor: 'kt', target: 'genie-music', amount: 1_000_000, currency: 'USD', kind: 'fund' },
    ],
  }),
  article('2017-a', '2017-03-15', {
    companies: ['kt', 'lg-uplus', 'genie-music', 'etri'],
    investments: [GENIE_STAKE],
    ownership: {
      company: 'genie-music',
      before: [{ holder: 'kt', percent: 49.99, source: 'X' }],
      after: [
        { holder: 'kt', percent: 42.49, source: 'X' },
        { holder: 'lg-uplus', percent: 15, source: 'Y' },
      ],
    },
  }),
  article('2020-c', '2020-06-03', {
    investments: [
      { investor: 'kt', target: 'etri', amount: 50_000_000_000, currency: 'KRW', kind: 'equity', date: '2020-06-16' },
    ],
  }),
];

describe('nearestRate', () => {
  it('takes the rate of the same currency nearest in time', () => {
    expect(nearestRate(rates, 'KRW', '2017-06-01')?.source).toBe('A');
    expect(nearestRate(rates, 'KRW', '2020-06-16')?.source).toBe('B');
    expect(nearestRate(rates, 'JPY', '2020-06-16')).toBeUndefined();
  });

  it('takes the earlier rate on a tie', () => {
    const tie: RateData[] = [
      { currency: 'KRW', perUsd: 2, date: '2020-01-03', source: 'later' },
      { currency: 'KRW', perUsd: 1, date: '2020-01-01', source: 'earlier' },
    ];
    expect(nearestRate(tie, 'KRW', '2020-01-02')?.source).toBe('earlier');
  });
});

describe('buildInvestments', () => {
  const records = buildInvestments(articles, companies, rates);

  it('orders investments by their own date, oldest first', () => {
    expect(records.map((r) => [r.id, r.date])).toEqual([
      ['2017-a-1', '2017-03-15'],
      ['2020-c-1', '2020-06-16'],
      ['2021-b-1', '2021-03-23'],
      ['2021-b-2', '2021-03-23'],
    ]);
  });

  it('keeps reported figures as reported', () => {
    const [stake] = records;
    expect(stake?.usd).toEqual({ value: 23_000_000, converted: false });
    expect(stake?.krw).toEqual({ value: 26_700_000_000, converted: false });
    expect(stake?.stake).toBe(15);
    expect(stake?.investor).toEqual({
      slug: 'lg-uplus',
      name: { en: 'LG Uplus', ko: 'LG Uplus' },
      short: { en: 'LG Uplus', ko: 'LG Uplus' },
    });
  });

  it('converts a missing usd at the nearest rate and marks it converted', () => {
    const robotics = records[1];
    expect(robotics?.usd?.converted).toBe(true);
    expect(robotics?.usd?.value).toBeCloseTo(50_000_000_000 / 1125, 6);
    expect(robotics?.usd?.rate?.source).toBe('B');
    expect(robotics?.target).toEqual({
      slug: 'etri',
      name: {
        en: 'Electronics and Telecommunications Research Institute',
        ko: 'Electronics and Telecommunications Research Institute',
      },
      short: { en: 'ETRI', ko: 'ETRI' },
    });
  });

  it('converts dollars into won, and keeps free-text targets as labels', () => {
    const fund = records[3];
    expect(fund?.usd).toEqual({ value: 1_000_000, converted: false });
    expect(fund?.krw?.value).toBeCloseTo(1_125_000_000, 6);
    expect(fund?.krw?.converted).toBe(true);
    expect(records[2]?.target).toEqual({
      name: { en: 'Original content', ko: 'Original content' },
      short: { en: 'Original content', ko: 'Original content' },
    });
  });

  it('leaves usd out when no rate can convert it', () => {
    const [only] = buildInvestments([articles[2]!], companies, []);
    expect(only?.usd).toBeUndefined();
    expect(only?.krw).toEqual({ value: 50_000_000_000, converted: false });
  });

  it('finds the investments a company made or received', () => {
    expect(investmentsInvolving(records, 'genie-music').map((r) => r.id)).toEqual(['2017-a-1', '2021-b-2']);
    expect(investmentsInvolving(records, 'kt').map((r) => r.id)).toEqual(['2020-c-1', '2021-b-1', '2021-b-2']);
    expect(investmentsInvolving(records, 'sk-telecom')).toEqual([]);
  });

  it('totals dollars by kind', () => {
    const totals = totalsByKind(records);
    expect(totals.get('equity')).toBeCloseTo(23_000_000 + 50_000_000_000 / 1125, 6);
    expect(totals.get('fund')).toBe(1_000_000);
    expect(totals.has('acquisition')).toBe(false);
  });
});

describe('buildOwnership', () => {
  it('names holders and keeps sources', () => {
    const [record] = buildOwnership(articles, companies);
    expect(record?.company.name.en).toBe('Genie Music');
    expect(record?.after.map((h) => [h.holder.name.en, h.percent, h.source])).toEqual([
      ['KT', 42.49, 'X'],
      ['LG Uplus', 15, 'Y'],
    ]);
  });
});

describe('buildInvolvement', () => {
  it('groups companies by alliance in the order of site.yaml, others last; companies by first appearance', () => {
    const groups = buildInvolvement(articles, companies, alliances);
    expect(groups.map((g) => [g.alliance?.id, g.rows.map((r) => r.company.slug)])).toEqual([
      ['skt-samsung-kakao', ['sk-telecom']],
      ['kt-lg', ['kt', 'genie-music', 'lg-uplus']],
      [undefined, ['etri']],
    ]);
  });

  it('counts investors and company targets as involved, as the company pages do', () => {
    const onlyTarget = [
      article('x', '2022-01-01', {
        companies: ['kt'],
        investments: [{ investor: 'kt', target: 'etri', amount: 1, currency: 'USD', kind: 'fund' }],
      }),
    ];
    const slugs = buildInvolvement(onlyTarget, companies, alliances).flatMap((g) => g.rows.map((r) => r.company.slug));
    expect(slugs).toEqual(['kt', 'etri']);
  });

  it('lists each company’s events in date order', () => {
    const kt = buildInvolvement(articles, companies, alliances)[1]?.rows[0];
    expect(kt?.events.map((e) => e.articleId)).toEqual(['2017-a', '2020-c', '2021-b']);
  });
});

/** A small, fixed set of records for the chart geometry tests. */
import type { InvestmentRecord, InvolvementGroup, OwnershipRecord } from '../../../src/lib/chartRecords.ts';

const kt = { slug: 'kt', name: { en: 'KT', ko: 'KT' }, short: { en: 'KT', ko: 'KT' } };
const lgu = { slug: 'lg-uplus', name: { en: 'LG Uplus', ko: 'LG Uplus' }, short: { en: 'LG Uplus', ko: 'LG Uplus' } };
const genie = {
  slug: 'genie-music',
  name: { en: 'Genie Music', ko: 'Genie Music' },
  short: { en: 'Genie Music', ko: 'Genie Music' },
};

/** Three investments: reported, converted, and two on one day. */
export const RECORDS: InvestmentRecord[] = [
  {
    id: 'a-1',
    articleId: 'a',
    date: '2017-03-15',
    investor: lgu,
    target: genie,
    amount: 26.7e9,
    currency: 'KRW',
    krw: { value: 26.7e9, converted: false },
    usd: { value: 23e6, converted: false },
    stake: 15,
    kind: 'equity',
  },
  {
    id: 'b-1',
    articleId: 'b',
    date: '2021-03-23',
    investor: kt,
    target: {
      name: { en: 'Original content', ko: 'Original content' },
      short: { en: 'Original content', ko: 'Original content' },
    },
    amount: 50e9,
    currency: 'KRW',
    krw: { value: 50e9, converted: false },
    usd: {
      value: 44_374_000,
      converted: true,
      rate: { currency: 'KRW', perUsd: 1126.76, date: '2021-03-23', source: 'x' },
    },
    kind: 'commitment',
  },
  {
    id: 'b-2',
    articleId: 'b',
    date: '2021-03-23',
    investor: kt,
    target: {
      name: { en: 'Content by 2023', ko: 'Content by 2023' },
      short: { en: 'Content by 2023', ko: 'Content by 2023' },
    },
    amount: 400e9,
    currency: 'KRW',
    krw: { value: 400e9, converted: false },
    usd: { value: 353e6, converted: false },
    kind: 'commitment',
  },
];

/** Genie Music before and after. */
export const OWNERSHIP: OwnershipRecord = {
  articleId: 'a',
  date: '2017-03-15',
  company: genie,
  before: [
    { holder: kt, percent: 49.99, source: 'J' },
    {
      holder: { name: { en: 'Others', ko: 'Others' }, short: { en: 'Others', ko: 'Others' } },
      percent: 50.01,
      source: 'B',
    },
  ],
  after: [
    { holder: kt, percent: 42.49, source: 'J' },
    { holder: lgu, percent: 15, source: 'J' },
    {
      holder: { name: { en: 'Others', ko: 'Others' }, short: { en: 'Others', ko: 'Others' } },
      percent: 42.51,
      source: 'B',
    },
  ],
};

/** Two alliances and three events. */
export const GROUPS: InvolvementGroup[] = [
  {
    alliance: { id: 'kt-lg', en: 'KT–LG', ko: 'KT–LG' },
    rows: [
      {
        company: kt,
        events: [
          { articleId: 'a', date: '2017-03-15', title: { en: 'A', ko: 'A' } },
          { articleId: 'b', date: '2021-03-23', title: { en: 'B', ko: 'B' } },
        ],
      },
      { company: lgu, events: [{ articleId: 'a', date: '2017-03-15', title: { en: 'A', ko: 'A' } }] },
    ],
  },
  { rows: [{ company: genie, events: [{ articleId: 'c', date: '2024-02-28', title: { en: 'C', ko: 'C' } }] }] },
];

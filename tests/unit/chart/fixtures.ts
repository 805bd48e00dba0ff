/** A small, fixed set of records for the chart geometry tests. */
import type { InvestmentRecord, InvolvementGroup, OwnershipRecord } from '../../../src/lib/dataset.ts';

const kt = { slug: 'kt', name: 'KT', short: 'KT' };
const lgu = { slug: 'lg-uplus', name: 'LG Uplus', short: 'LG Uplus' };
const genie = { slug: 'genie-music', name: 'Genie Music', short: 'Genie Music' };

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
    target: { name: 'Original content', short: 'Original content' },
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
    target: { name: 'Content by 2023', short: 'Content by 2023' },
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
    { holder: { name: 'Others', short: 'Others' }, percent: 50.01, source: 'B' },
  ],
  after: [
    { holder: kt, percent: 42.49, source: 'J' },
    { holder: lgu, percent: 15, source: 'J' },
    { holder: { name: 'Others', short: 'Others' }, percent: 42.51, source: 'B' },
  ],
};

/** Two alliances and three events. */
export const GROUPS: InvolvementGroup[] = [
  {
    alliance: 'KT–LG',
    rows: [
      {
        company: kt,
        events: [
          { articleId: 'a', date: '2017-03-15', title: 'A' },
          { articleId: 'b', date: '2021-03-23', title: 'B' },
        ],
      },
      { company: lgu, events: [{ articleId: 'a', date: '2017-03-15', title: 'A' }] },
    ],
  },
  { rows: [{ company: genie, events: [{ articleId: 'c', date: '2024-02-28', title: 'C' }] }] },
];

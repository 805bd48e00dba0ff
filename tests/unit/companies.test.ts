import { describe, expect, it } from 'vitest';
import {
  articlesByCompany,
  companiesInvolved,
  companyDirectory,
  companyName,
  groupByAlliance,
  subsidiariesOf,
} from '../../src/lib/companies.ts';

const deal = {
  id: 'deal',
  data: {
    companies: ['kt', 'lg-uplus'],
    investments: [
      { investor: 'lg-uplus', target: 'genie-music' },
      { investor: 'kt', target: 'Original content' },
    ],
  },
};
const talks = { id: 'talks', data: { companies: ['lg-electronics', 'meta'] } };
const alliances = [
  { id: 'kt-lg', en: 'KT–LG', ko: 'KT–LG' },
  { id: 'skt', en: 'SKT', ko: 'SKT' },
];

describe('companiesInvolved', () => {
  it('lists the companies an article is about, then its investors and company targets, once each', () => {
    expect(companiesInvolved(deal)).toEqual(['kt', 'lg-uplus', 'genie-music']);
    expect(companiesInvolved(talks)).toEqual(['lg-electronics', 'meta']);
  });
});

describe('articlesByCompany', () => {
  it('finds a company named only as an investment target, and keeps the articles’ order', () => {
    const byCompany = articlesByCompany([deal, talks]);
    expect(byCompany.get('genie-music')?.map((a) => a.id)).toEqual(['deal']);
    expect(byCompany.get('meta')?.map((a) => a.id)).toEqual(['talks']);
    expect(byCompany.get('naver')).toBeUndefined();
    expect(byCompany.has('Original content')).toBe(false);
  });
});

describe('companyName', () => {
  it('gives the Korean name in the Korean edition where there is one', () => {
    expect(companyName({ name: 'KT', nameKo: 'KT' }, 'ko')).toBe('KT');
    expect(companyName({ name: 'LG Uplus', nameKo: 'LG유플러스' }, 'ko')).toBe('LG유플러스');
    expect(companyName({ name: 'LG Uplus', nameKo: 'LG유플러스' }, 'en')).toBe('LG Uplus');
    expect(companyName({ name: 'Naver' }, 'ko')).toBe('Naver');
  });
});

describe('subsidiariesOf', () => {
  it('finds the companies whose parent is the given one', () => {
    const companies = [
      { id: 'kt', data: {} },
      { id: 'genie-music', data: { parent: 'kt' } },
      { id: 'kt-studio-genie', data: { parent: 'kt' } },
      { id: 'lg-uplus', data: { parent: 'lg-corp' } },
    ];
    expect(subsidiariesOf(companies, 'kt')).toEqual(['genie-music', 'kt-studio-genie']);
    expect(subsidiariesOf(companies, 'meta')).toEqual([]);
  });
});

describe('groupByAlliance', () => {
  it('follows the order of the alliances, puts members of none (or of an unknown one) last, and drops empty groups', () => {
    const items = ['a:skt', 'b', 'c:kt-lg', 'd:gone', 'e:skt'];
    const groups = groupByAlliance(items, (item) => item.split(':')[1], [...alliances, { id: 'empty' }]);
    expect(groups.map((group) => [group.alliance?.id, group.members])).toEqual([
      ['kt-lg', ['c:kt-lg']],
      ['skt', ['a:skt', 'e:skt']],
      [undefined, ['b', 'd:gone']],
    ]);
  });
});

describe('companyDirectory', () => {
  const companies = [
    { id: 'naver', data: { name: 'Naver', nameKo: '네이버' } },
    { id: 'kt', data: { name: 'KT', nameKo: '케이티', alliance: 'kt-lg' } },
    { id: 'lg-uplus', data: { name: 'LG Uplus', alliance: 'kt-lg' } },
    { id: 'meta', data: { name: 'Meta', nameKo: '메타' } },
    { id: 'sk-telecom', data: { name: 'SK Telecom', alliance: 'skt' } },
  ];
  const byCompany = articlesByCompany([
    { id: 'a', data: { companies: ['kt', 'lg-uplus'] } },
    { id: 'b', data: { companies: ['lg-uplus'] } },
  ]);

  it('groups by alliance, others last, most involved first, then by name', () => {
    expect(companyDirectory(companies, byCompany, alliances, 'en')).toEqual([
      {
        alliance: alliances[0],
        members: [
          { id: 'lg-uplus', name: 'LG Uplus', events: 2 },
          { id: 'kt', name: 'KT', nameKo: '케이티', events: 1 },
        ],
      },
      { alliance: alliances[1], members: [{ id: 'sk-telecom', name: 'SK Telecom', events: 0 }] },
      {
        members: [
          { id: 'meta', name: 'Meta', nameKo: '메타', events: 0 },
          { id: 'naver', name: 'Naver', nameKo: '네이버', events: 0 },
        ],
      },
    ]);
  });

  it('orders names as the Korean edition reads them', () => {
    const others = companyDirectory(companies, byCompany, alliances, 'ko').at(-1)!;
    expect(others.members.map((member) => member.id)).toEqual(['naver', 'meta']);
  });
});

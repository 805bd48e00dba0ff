import { describe, expect, it } from 'vitest';
import { articlesInvolving, companiesInvolved, companyDirectory, subsidiariesOf } from '../../src/lib/companies.ts';

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

describe('companiesInvolved', () => {
  it('lists the companies an article is about, then its investors and targets, once each', () => {
    expect(companiesInvolved(deal)).toEqual(['kt', 'lg-uplus', 'genie-music', 'Original content']);
    expect(companiesInvolved(talks)).toEqual(['lg-electronics', 'meta']);
  });
});

describe('articlesInvolving', () => {
  it('finds a company named only as an investment target', () => {
    expect(articlesInvolving([deal, talks], 'genie-music').map((a) => a.id)).toEqual(['deal']);
    expect(articlesInvolving([deal, talks], 'meta').map((a) => a.id)).toEqual(['talks']);
    expect(articlesInvolving([deal, talks], 'naver')).toEqual([]);
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

describe('companyDirectory', () => {
  it('groups by alliance, others last, most involved first', () => {
    const companies = [
      { id: 'naver', data: { name: 'Naver' } },
      { id: 'kt', data: { name: 'KT', nameKo: '케이티', alliance: 'KT–LG' } },
      { id: 'lg-uplus', data: { name: 'LG Uplus', alliance: 'KT–LG' } },
      { id: 'meta', data: { name: 'Meta' } },
      { id: 'sk-telecom', data: { name: 'SK Telecom', alliance: 'SKT' } },
    ];
    const articles = [
      { id: 'a', data: { companies: ['kt', 'lg-uplus'] } },
      { id: 'b', data: { companies: ['lg-uplus', 'meta'] } },
    ];
    expect(companyDirectory(companies, articles)).toEqual([
      {
        key: 'alliance-1',
        label: 'KT–LG camp',
        companies: [
          { id: 'lg-uplus', name: 'LG Uplus', events: 2 },
          { id: 'kt', name: 'KT', nameKo: '케이티', events: 1 },
        ],
      },
      { key: 'alliance-2', label: 'SKT camp', companies: [{ id: 'sk-telecom', name: 'SK Telecom', events: 0 }] },
      {
        key: 'others',
        label: 'Other companies and organisations',
        companies: [
          { id: 'meta', name: 'Meta', events: 1 },
          { id: 'naver', name: 'Naver', events: 0 },
        ],
      },
    ]);
  });
});

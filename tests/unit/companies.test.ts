import { describe, expect, it } from 'vitest';
import { articlesInvolving, companiesInvolved, subsidiariesOf } from '../../src/lib/companies.ts';

const deal = {
  id: 'deal',
  data: { companies: ['kt', 'lg-uplus'], investments: [{ investor: 'lg-uplus', target: 'genie-music' }, { investor: 'kt', target: 'Original content' }] },
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

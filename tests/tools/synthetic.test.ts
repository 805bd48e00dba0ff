import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { seededRandom, syntheticArticles } from '../../tools/lib/synthetic.ts';
import { SITE_FILE } from '../unit/content/siteFile.ts';

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
  });
});

describe('syntheticArticles', () => {
  const articles = syntheticArticles(50, { firstYear: 2017, lastYear: 2024, companies: ['kt', 'lg-uplus'] });

  it('is deterministic and spreads dates over the span', () => {
    expect(syntheticArticles(50, { firstYear: 2017, lastYear: 2024, companies: ['kt', 'lg-uplus'] })).toEqual(articles);
    const years = new Set(articles.map((article) => article.fileName.slice(0, 4)));
    expect(years.size).toBeGreaterThan(4);
  });

  it('writes articles that pass the content checks, every fifth with an investment', () => {
    const files = articles.map((article) => ({ path: `content/articles/${article.fileName}`, text: article.text }));
    const companies = ['kt', 'lg-uplus'].map((slug) => ({
      path: `content/companies/${slug}.yaml`,
      text: `name: ${slug}\n`,
    }));
    const rates = {
      path: 'content/rates.yaml',
      text: "- currency: KRW\n  perUsd: 1100\n  date: '2020-01-01'\n  source: test\n",
    };
    expect(validateContent({ articles: files, companies, rates, site: SITE_FILE })).toEqual([]);
    expect(articles.filter((article) => article.text.includes('investments:'))).toHaveLength(10);
  });
});

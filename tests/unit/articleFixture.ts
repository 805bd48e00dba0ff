/** Articles for unit tests: the smallest valid one, and the archive's first deal as its frontmatter has it. */
import type { ArticleData, InvestmentData } from '../../src/lib/content/schema.ts';

/** LG Uplus's 15% of Genie Music (15 March 2017): a won amount with its reported dollar figure. */
export const GENIE_STAKE: InvestmentData = {
  investor: 'lg-uplus',
  target: 'genie-music',
  amount: 26_700_000_000,
  currency: 'KRW',
  usd: 23_000_000,
  stake: 15,
  kind: 'equity',
};

/** The smallest valid article; a test gives only the fields it is about. */
export function testArticle(id: string, data: Partial<ArticleData> = {}): { id: string; data: ArticleData } {
  return {
    id,
    data: {
      title: id,
      date: '2020-06-03',
      language: 'en',
      summary: 's',
      source: { name: 'p' },
      companies: ['kt'],
      ...data,
    },
  };
}

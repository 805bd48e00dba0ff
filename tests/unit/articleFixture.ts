/** The smallest valid article for unit tests; a test gives only the fields it is about. */
import type { ArticleData } from '../../src/lib/content/schema.ts';

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

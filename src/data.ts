/** The one place pages read the content collections; everything after this is plain data. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildInvestments, buildInvolvement, buildOwnership } from './lib/dataset.ts';
import { sortByDate } from './lib/timeline.ts';

/** An article entry from the content collection. */
export type Article = CollectionEntry<'articles'>;
/** A company entry from the content collection. */
export type Company = CollectionEntry<'companies'>;

/** All articles, oldest first. */
export async function getArticles(): Promise<Article[]> {
  return sortByDate(await getCollection('articles'));
}

/** All companies by slug. */
export async function getCompanies(): Promise<Map<string, Company>> {
  return new Map((await getCollection('companies')).map((company) => [company.id, company]));
}

/** A company's display name; the content guard has made sure every slug exists. */
export function companyName(companies: ReadonlyMap<string, Company>, slug: string): string {
  return companies.get(slug)?.data.name ?? slug;
}

/** Every exchange rate in the rate table. */
export async function getRates() {
  return (await getCollection('rates')).map((rate) => rate.data);
}

/** The charts' dataset: investments, ownership and involvement, from the content alone. */
export async function getDataset() {
  const [articles, companies, rates] = await Promise.all([getArticles(), getCompanies(), getRates()]);
  return {
    investments: buildInvestments(articles, companies, rates),
    ownership: buildOwnership(articles, companies),
    involvement: buildInvolvement(articles, companies),
  };
}

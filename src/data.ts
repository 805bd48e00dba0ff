/** The one place pages read the content collections; everything after this is plain data. */
import { getCollection, type CollectionEntry } from 'astro:content';
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

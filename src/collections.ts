/** The one place pages read the content collections; everything after this is plain data. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from './lib/archive.ts';

/** An article entry from the content collection. */
export type Article = CollectionEntry<'articles'>;
/** A company entry from the content collection. */
export type Company = CollectionEntry<'companies'>;

let built: Promise<Archive<Article, Company>> | undefined;

/**
 * The archive, built once per build: every page of a build shares it. The dev server rebuilds it
 * on each request, so an edited article shows at once.
 */
export function getArchive(): Promise<Archive<Article, Company>> {
  if (import.meta.env.DEV) return loadArchive();
  built ??= loadArchive();
  return built;
}

async function loadArchive(): Promise<Archive<Article, Company>> {
  const [articles, companies, rates, site] = await Promise.all([
    getCollection('articles'),
    getCollection('companies'),
    getCollection('rates'),
    getEntry('site', 'site'),
  ]);
  if (!site) throw new Error('content/site.yaml is missing: the content guard should have stopped the build.');
  return buildArchive({ articles, companies, rates: rates.map((rate) => rate.data), site: site.data });
}

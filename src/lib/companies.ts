/** How companies relate to articles and to each other. */

/** The least of an article needed to tell which companies it involves. */
export interface CompanyMentions {
  id: string;
  data: {
    companies: readonly string[];
    investments?: readonly { investor: string; target: string }[] | undefined;
  };
}

/** Every company an article involves: the ones it is about, then investors and targets of its investments. */
export function companiesInvolved(article: CompanyMentions): string[] {
  const fromInvestments = (article.data.investments ?? []).flatMap((investment) => [
    investment.investor,
    investment.target,
  ]);
  return [...new Set([...article.data.companies, ...fromInvestments])];
}

/** The articles that involve a company, in the order given. */
export function articlesInvolving<T extends CompanyMentions>(articles: readonly T[], slug: string): T[] {
  return articles.filter((article) => companiesInvolved(article).includes(slug));
}

/** Slugs of the companies whose `parent` is the given company. */
export function subsidiariesOf(
  companies: Iterable<{ id: string; data: { parent?: string | undefined } }>,
  slug: string,
): string[] {
  return [...companies].filter((company) => company.data.parent === slug).map((company) => company.id);
}

/** A company as the directory lists it. */
export interface DirectoryEntry {
  id: string;
  name: string;
  nameKo?: string;
  /** How many articles involve it. */
  events: number;
}

/** One group of the directory: an alliance, or the companies with none. */
export interface DirectoryGroup {
  /** Used for the heading's id. */
  key: string;
  label: string;
  companies: DirectoryEntry[];
}

/**
 * Every company, grouped by alliance (alliances by name, then "Other companies and organisations"),
 * each group sorted by how many articles involve a company, then by name.
 */
export function companyDirectory(
  companies: readonly {
    id: string;
    data: { name: string; nameKo?: string | undefined; alliance?: string | undefined };
  }[],
  articles: readonly CompanyMentions[],
): DirectoryGroup[] {
  const groups = new Map<string, DirectoryEntry[]>();
  for (const company of companies) {
    const entry: DirectoryEntry = {
      id: company.id,
      name: company.data.name,
      ...(company.data.nameKo ? { nameKo: company.data.nameKo } : {}),
      events: articlesInvolving(articles, company.id).length,
    };
    const label = company.data.alliance ?? '';
    groups.set(label, [...(groups.get(label) ?? []), entry]);
  }
  const order = (a: DirectoryEntry, b: DirectoryEntry) => b.events - a.events || a.name.localeCompare(b.name, 'en');
  return [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
    .map(([label, entries], index) => ({
      key: label === '' ? 'others' : `alliance-${index + 1}`,
      label: label === '' ? 'Other companies and organisations' : `${label} camp`,
      companies: entries.sort(order),
    }));
}

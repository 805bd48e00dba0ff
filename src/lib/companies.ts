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
  const fromInvestments = (article.data.investments ?? []).flatMap((investment) => [investment.investor, investment.target]);
  return [...new Set([...article.data.companies, ...fromInvestments])];
}

/** The articles that involve a company, in the order given. */
export function articlesInvolving<T extends CompanyMentions>(articles: readonly T[], slug: string): T[] {
  return articles.filter((article) => companiesInvolved(article).includes(slug));
}

/** Slugs of the companies whose `parent` is the given company. */
export function subsidiariesOf(companies: Iterable<{ id: string; data: { parent?: string | undefined } }>, slug: string): string[] {
  return [...companies].filter((company) => company.data.parent === slug).map((company) => company.id);
}

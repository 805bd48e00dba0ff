/** How companies relate to articles, to alliances and to each other. */
import { isCompanyTarget } from './content/schema.ts';
import { INTL_LOCALES, type Locale } from './i18n/locales.ts';

/** A company's name in an edition: its `nameKo` in the Korean one where it has one, else its `name`. */
export function companyName(data: { name: string; nameKo?: string | undefined }, locale: Locale): string {
  return (locale === 'ko' ? data.nameKo : undefined) ?? data.name;
}

/** The least of an article needed to tell which companies it involves. */
export interface CompanyMentions {
  id: string;
  data: {
    companies: readonly string[];
    investments?: readonly { investor: string; target: string }[] | undefined;
  };
}

/**
 * The companies an article involves: the ones it is about, then the investors and company targets
 * of its investments. The one definition the charts, the company pages and the directory all use.
 */
export function companiesInvolved(article: CompanyMentions): string[] {
  const fromInvestments = (article.data.investments ?? [])
    .flatMap((investment) => [investment.investor, investment.target])
    .filter(isCompanyTarget);
  return [...new Set([...article.data.companies, ...fromInvestments])];
}

/** Every company's articles, in the order given, from one pass over the articles. */
export function articlesByCompany<T extends CompanyMentions>(articles: readonly T[]): Map<string, T[]> {
  const byCompany = new Map<string, T[]>();
  for (const article of articles) {
    for (const slug of companiesInvolved(article)) {
      const list = byCompany.get(slug);
      if (list) list.push(article);
      else byCompany.set(slug, [article]);
    }
  }
  return byCompany;
}

/** Slugs of the companies whose `parent` is the given company. */
export function subsidiariesOf(
  companies: Iterable<{ id: string; data: { parent?: string | undefined } }>,
  slug: string,
): string[] {
  return [...companies].filter((company) => company.data.parent === slug).map((company) => company.id);
}

/** One alliance's members, or (alliance undefined) the members of none. */
export interface AllianceGroup<A extends { id: string }, T> {
  alliance?: A;
  members: T[];
}

/**
 * Items grouped by the alliance each belongs to, in the order of `alliances` (content/site.yaml),
 * items of no alliance last; empty groups are left out, and each group keeps the items' order.
 */
export function groupByAlliance<A extends { id: string }, T>(
  items: readonly T[],
  allianceOf: (item: T) => string | undefined,
  alliances: readonly A[],
): AllianceGroup<A, T>[] {
  const members = new Map<string | undefined, T[]>();
  for (const item of items) {
    const id = allianceOf(item);
    const key = alliances.some((alliance) => alliance.id === id) ? id : undefined;
    const list = members.get(key);
    if (list) list.push(item);
    else members.set(key, [item]);
  }
  const named = alliances.flatMap((alliance) => {
    const list = members.get(alliance.id);
    return list ? [{ alliance, members: list }] : [];
  });
  const others = members.get(undefined);
  return others ? [...named, { members: others }] : named;
}

/** A company as the directory lists it. */
export interface DirectoryEntry {
  id: string;
  name: string;
  nameKo?: string;
  /** How many articles involve it. */
  events: number;
}

/**
 * Every company, grouped by alliance (`groupByAlliance`), each group sorted by how many articles
 * involve a company, then by its name in the edition's language.
 */
export function companyDirectory<A extends { id: string }>(
  companies: readonly {
    id: string;
    data: { name: string; nameKo?: string | undefined; alliance?: string | undefined };
  }[],
  byCompany: ReadonlyMap<string, readonly unknown[]>,
  alliances: readonly A[],
  locale: Locale,
): AllianceGroup<A, DirectoryEntry>[] {
  const entries = companies.map((company) => ({
    entry: {
      id: company.id,
      name: company.data.name,
      ...(company.data.nameKo ? { nameKo: company.data.nameKo } : {}),
      events: byCompany.get(company.id)?.length ?? 0,
    },
    alliance: company.data.alliance,
  }));
  const collator = new Intl.Collator(INTL_LOCALES[locale]);
  const name = (entry: DirectoryEntry) => (locale === 'ko' ? (entry.nameKo ?? entry.name) : entry.name);
  const order = (a: DirectoryEntry, b: DirectoryEntry) => b.events - a.events || collator.compare(name(a), name(b));
  return groupByAlliance(entries, (item) => item.alliance, alliances).map((group) => ({
    ...(group.alliance ? { alliance: group.alliance } : {}),
    members: group.members.map((item) => item.entry).sort(order),
  }));
}

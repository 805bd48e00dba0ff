/**
 * The whole archive, worked out once per build from the content: articles in timeline order with
 * each one's place, every company's and every tag's articles, the year groups and the charts'
 * dataset. Pages read from it, so no page sorts, groups or scans the articles again.
 */
import { articlesByCompany } from './companies.ts';
import type { RateData, SiteData } from './content/schema.ts';
import {
  buildInvestments,
  buildInvolvement,
  buildOwnership,
  type DatasetArticle,
  type DatasetCompany,
  type InvestmentRecord,
  type InvolvementGroup,
  type OwnershipRecord,
} from './chartRecords.ts';
import { layoutTimeline, type TimelineLayout } from './paging.ts';
import { groupByYear, neighboursAt, sortByDate, yearSpan, type YearGroup } from './timeline.ts';

/** The charts' records (chartRecords.ts): every investment, ownership record and company's involvement. */
export interface Dataset {
  investments: InvestmentRecord[];
  ownership: OwnershipRecord[];
  involvement: InvolvementGroup[];
}

/** Everything the pages need to know about the content, computed once. */
export interface Archive<A extends DatasetArticle, C extends DatasetCompany> {
  site: SiteData;
  /** Every article, oldest first. */
  articles: A[];
  companies: ReadonlyMap<string, C>;
  /** Each company's articles (`companiesInvolved`), oldest first. */
  byCompany: ReadonlyMap<string, A[]>;
  /** Each tag's articles, oldest first. */
  byTag: ReadonlyMap<string, A[]>;

  years: YearGroup<A>[];
  /** Where each entry is on the timeline: all on `/`, or on pages of its year once the archive is long. */
  timeline: TimelineLayout<A>;
  /** Each company by its English name, for finding a publisher among the companies. */
  companyByName: ReadonlyMap<string, C>;
  /** The first and last year of the timeline. */
  span: [number, number] | undefined;
  dataset: Dataset;
  /** The articles before and after one article on the timeline. */
  neighbours(id: string): { previous?: A; next?: A };
  /** The investments one article reports, as the article lists them. */
  investmentsOf(id: string): readonly InvestmentRecord[];
}

/** Builds the archive from the validated content, in time linear in its size (plus one sort). */
export function buildArchive<A extends DatasetArticle, C extends DatasetCompany>(content: {
  articles: readonly A[];
  companies: readonly C[];
  rates: readonly RateData[];
  site: SiteData;
}): Archive<A, C> {
  const articles = sortByDate(content.articles);
  const years = groupByYear(articles);
  const companies = new Map(content.companies.map((company) => [company.id, company]));
  const position = new Map(articles.map((article, index) => [article.id, index]));

  const byTag = new Map<string, A[]>();
  for (const article of articles) {
    for (const tag of article.data.tags ?? []) {
      const list = byTag.get(tag);
      if (list) list.push(article);
      else byTag.set(tag, [article]);
    }
  }
  const investments = buildInvestments(articles, companies, content.rates);
  const byArticle = Map.groupBy(investments, (record) => record.articleId);
  return {
    site: content.site,
    articles,
    companies,
    byCompany: articlesByCompany(articles),
    byTag,
    years,
    timeline: layoutTimeline(years),
    companyByName: new Map(content.companies.map((company) => [company.data.name, company])),
    span: yearSpan(articles),
    dataset: {
      investments,
      ownership: buildOwnership(articles, companies),
      involvement: buildInvolvement(articles, companies, content.site.alliances),
    },
    neighbours: (id) => neighboursAt(articles, position.get(id) ?? -1),
    // In the article's own order: the dataset is in date order, and an investment may give a date of its own.
    investmentsOf: (id) =>
      (byArticle.get(id) ?? []).toSorted((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
  };
}

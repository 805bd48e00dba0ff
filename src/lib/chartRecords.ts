/**
 * The charts' records, gathered from the articles' frontmatter: every investment with its
 * KRW and USD figures (converted through the rate table where a report gave none, and marked so),
 * who owned what before and after, and which companies took part in which events.
 */
import { companiesInvolved, companyName, groupByAlliance } from './companies.ts';
import { compareCalendarDates, toUtcDate, type CalendarDate } from './dates.ts';
import type { ArticleData, CompanyData, InvestmentData, RateData, SiteData } from './content/schema.ts';
import { isCompanyTarget } from './content/schema.ts';
import { headlines } from './i18n/articleText.ts';
import type { Locale } from './i18n/locales.ts';
import type { MoneyFigure } from './money.ts';
import { sortByDate } from './timeline.ts';

/** An article as the dataset needs it. */
export interface DatasetArticle {
  id: string;
  data: ArticleData;
}

/** A company as the dataset needs it. */
export interface DatasetCompany {
  id: string;
  data: CompanyData;
}

/** A text in each edition's language. */
export type Localized = Readonly<Record<Locale, string>>;

/** A camp companies belonged to (`alliances` in content/site.yaml). */
export type Alliance = SiteData['alliances'][number];

/** Who takes part: a company (with its slug) or a free-text label. */
export interface Party {
  slug?: string;
  /** The name in each edition: a company's `name` and `nameKo`, or a label and its Korean. */
  name: Localized;
  /** The short form for chart labels: the company's `shortName`, else its name (`nameKo` first in Korean). */
  short: Localized;
}

/** One investment, ready for charts and tables. */
export interface InvestmentRecord {
  /** Unique within the dataset: `<article slug>-<n>`, n counting from 1. */
  id: string;
  articleId: string;
  date: CalendarDate;
  investor: Party;
  target: Party;
  amount: number;
  currency: string;
  krw?: MoneyFigure;
  usd?: MoneyFigure;
  stake?: number;
  kind: InvestmentData['kind'];
  note?: string;
}

/** A rate's identity: its currency and day, e.g. `KRW-2021-03-23` (the rate collection's entry ids). */
export function rateKey(rate: { currency?: string | undefined; date?: string | undefined }): string {
  return `${rate.currency}-${rate.date}`;
}

/** Every exchange rate the records' conversions used, once each, by currency and then date. */
export function ratesUsed(records: readonly InvestmentRecord[]): RateData[] {
  const rates = new Map<string, RateData>();
  for (const record of records) {
    for (const rate of [record.usd?.rate, record.krw?.rate]) if (rate) rates.set(rateKey(rate), rate);
  }
  return [...rates.values()].sort(
    (a, b) => a.currency.localeCompare(b.currency) || compareCalendarDates(a.date, b.date),
  );
}

/** The rate of `currency` whose date is nearest `date` (the earlier one on a tie). */
export function nearestRate(rates: readonly RateData[], currency: string, date: CalendarDate): RateData | undefined {
  const day = toUtcDate(date).getTime();
  const distance = (rate: RateData) => Math.abs(toUtcDate(rate.date).getTime() - day);
  return rates
    .filter((rate) => rate.currency === currency)
    .sort((a, b) => distance(a) - distance(b) || compareCalendarDates(a.date, b.date))[0];
}

/** The US-dollar figure: as reported, the amount itself for USD, or converted at the nearest rate. */
export function usdFigure(
  investment: InvestmentData,
  date: CalendarDate,
  rates: readonly RateData[],
): MoneyFigure | undefined {
  if (investment.usd !== undefined) return { value: investment.usd, converted: false };
  if (investment.currency === 'USD') return { value: investment.amount, converted: false };
  const rate = nearestRate(rates, investment.currency, date);
  return rate ? { value: investment.amount / rate.perUsd, converted: true, rate } : undefined;
}

/** The won figure: the amount itself for KRW, else converted from dollars at the nearest KRW rate. */
export function krwFigure(
  investment: InvestmentData,
  usd: MoneyFigure | undefined,
  date: CalendarDate,
  rates: readonly RateData[],
) {
  if (investment.currency === 'KRW') return { value: investment.amount, converted: false };
  const rate = nearestRate(rates, 'KRW', date);
  return usd && rate ? { value: usd.value * rate.perUsd, converted: true, rate } : undefined;
}

/** A company slug or label as a party, named from the company files; `labelKo` is a free-text label's Korean. */
export function party(slugOrLabel: string, companies: ReadonlyMap<string, DatasetCompany>, labelKo?: string): Party {
  if (!isCompanyTarget(slugOrLabel)) {
    const name = { en: slugOrLabel, ko: labelKo ?? slugOrLabel };
    return { name, short: name };
  }
  const data = companies.get(slugOrLabel)?.data ?? { name: slugOrLabel };
  const name = { en: companyName(data, 'en'), ko: companyName(data, 'ko') };
  const short = data.shortName ?? name.en;
  return { slug: slugOrLabel, name, short: { en: short, ko: data.nameKo ?? short } };
}

/** Every investment of every article, oldest first (same day: by article, then as listed). */
export function buildInvestments(
  articles: readonly DatasetArticle[],
  companies: ReadonlyMap<string, DatasetCompany>,
  rates: readonly RateData[],
): InvestmentRecord[] {
  const records = articles.flatMap((article) =>
    (article.data.investments ?? []).map((investment, index): InvestmentRecord => {
      const date = investment.date ?? article.data.date;
      const usd = usdFigure(investment, date, rates);
      const krw = krwFigure(investment, usd, date, rates);
      return {
        id: `${article.id}-${index + 1}`,
        articleId: article.id,
        date,
        investor: party(investment.investor, companies),
        target: party(investment.target, companies, investment.targetKo),
        amount: investment.amount,
        currency: investment.currency,
        ...(krw ? { krw } : {}),
        ...(usd ? { usd } : {}),
        ...(investment.stake === undefined ? {} : { stake: investment.stake }),
        kind: investment.kind,
        ...(investment.note === undefined ? {} : { note: investment.note }),
      };
    }),
  );
  return records.sort(
    (a, b) => compareCalendarDates(a.date, b.date) || a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}

/** The investments a company made or received. */
export function investmentsInvolving(records: readonly InvestmentRecord[], slug: string): InvestmentRecord[] {
  return records.filter((record) => record.investor.slug === slug || record.target.slug === slug);
}

/** US-dollar totals per kind of investment, converted figures included; kinds with no dollar figure are left out. */
export function totalsByKind(records: readonly InvestmentRecord[]): Map<InvestmentRecord['kind'], number> {
  const totals = new Map<InvestmentRecord['kind'], number>();
  for (const record of records) {
    if (record.usd) totals.set(record.kind, (totals.get(record.kind) ?? 0) + record.usd.value);
  }
  return totals;
}

/** One holder's share in an ownership record. */
export interface Holding {
  holder: Party;
  percent: number;
  source: string;
}

/** Who owned a company before and after an event. */
export interface OwnershipRecord {
  articleId: string;
  date: CalendarDate;
  company: Party;
  before: Holding[];
  after: Holding[];
}

/** Every before-and-after ownership record in the articles, oldest first. */
export function buildOwnership(
  articles: readonly DatasetArticle[],
  companies: ReadonlyMap<string, DatasetCompany>,
): OwnershipRecord[] {
  return articles
    .flatMap((article) => {
      const ownership = article.data.ownership;
      if (!ownership) return [];
      const holdings = (list: typeof ownership.before) =>
        list.map((item) => ({
          holder: party(item.holder, companies, item.holderKo),
          percent: item.percent,
          source: item.source,
        }));
      return [
        {
          articleId: article.id,
          date: article.data.date,
          company: party(ownership.company, companies),
          before: holdings(ownership.before),
          after: holdings(ownership.after),
        },
      ];
    })
    .sort((a, b) => compareCalendarDates(a.date, b.date));
}

/** One event a company took part in. */
export interface Involvement {
  articleId: string;
  date: CalendarDate;
  /** The headline in each edition. */
  title: Localized;
}

/** A company and the events it is named in, for one row of the who-was-involved chart. */
export interface InvolvementRow {
  company: Party & { slug: string };
  events: Involvement[];
}

/** Rows of one alliance (or of companies with none: `alliance` undefined). */
export interface InvolvementGroup {
  alliance?: Alliance;
  rows: InvolvementRow[];
}

/**
 * The companies the articles involve (`companiesInvolved`), grouped by alliance in the order of
 * content/site.yaml, companies with no alliance last; within a group, by first appearance, then by
 * how often they appear, then by name.
 */
export function buildInvolvement(
  articles: readonly DatasetArticle[],
  companies: ReadonlyMap<string, DatasetCompany>,
  alliances: readonly Alliance[],
): InvolvementGroup[] {
  const rows = new Map<string, InvolvementRow>();
  for (const article of sortByDate(articles)) {
    for (const slug of companiesInvolved(article)) {
      let row = rows.get(slug);
      if (!row) {
        row = { company: { ...party(slug, companies), slug }, events: [] };
        rows.set(slug, row);
      }
      row.events.push({ articleId: article.id, date: article.data.date, title: headlines(article.data) });
    }
  }
  const byFirstEvent = (a: InvolvementRow, b: InvolvementRow) =>
    compareCalendarDates(a.events[0]?.date ?? '', b.events[0]?.date ?? '') ||
    b.events.length - a.events.length ||
    a.company.name.en.localeCompare(b.company.name.en, 'en');
  return groupByAlliance([...rows.values()], (row) => companies.get(row.company.slug)?.data.alliance, alliances).map(
    ({ alliance, members }) => ({ ...(alliance ? { alliance } : {}), rows: members.sort(byFirstEvent) }),
  );
}

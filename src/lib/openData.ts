/**
 * The open data files (`/data/events.json`, `/data/investments.json`, `/data/investments.csv`):
 * their shapes and the CSV writer. The figures come from the charts' records (`chartRecords.ts`) and are
 * only formatted here, so the files, the charts and the tables never disagree. Documented field by
 * field in docs/open-data.md.
 */
import { group, index } from 'd3-array';
import type { RateData } from './content/schema.ts';
import { correctionsOf } from './corrections.ts';
import {
  ratesUsed,
  type DatasetArticle,
  type DatasetCompany,
  type Holding,
  type InvestmentRecord,
  type OwnershipRecord,
  type Party,
} from './chartRecords.ts';
import type { AbsoluteUrl } from './feeds.ts';
import type { MoneyFigure } from './money.ts';
import { sortByDate } from './timeline.ts';
import { articlePath, companyPath, timelineEntryPath } from './urls.ts';

/** One CSV field before it is written: empty for null and undefined. */
export type CsvValue = string | number | boolean | null | undefined;

/** What a spreadsheet reads as the start of a formula: `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as a spreadsheet reads one: `-5`, `+1.5`, `2e-3`; these start with a sign but are no formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Whether a spreadsheet would run a text as a formula: it starts like one and is not a number. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !NUMBER.test(text);
}

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF; quotes
 * doubled. A text that starts like a formula gets a leading `'` and quotes, as OWASP recommends, so
 * a spreadsheet shows it as text instead of running it (the JSON files keep the text exact).
 */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (startsLikeFormula(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: fields separated by commas, every record (the last too) ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Converted figures to the cent: more digits would only repeat the rounding of the exchange rate. */
export function roundMoney(figure: MoneyFigure): number {
  return figure.converted ? Math.round(figure.value * 100) / 100 : figure.value;
}

/** A company (with its slug and page) or a free-text label (slug and page null). */
export function partyJson(party: Party, url: AbsoluteUrl) {
  return party.slug
    ? { slug: party.slug, name: party.name.en, nameKo: party.name.ko, url: url(companyPath(party.slug)) }
    : { slug: null, name: party.name.en, nameKo: party.name.ko, url: null };
}

/** An exchange rate as published. */
export function rateJson(rate: RateData) {
  return { currency: rate.currency, perUsd: rate.perUsd, date: rate.date, source: rate.source };
}

/** A KRW or USD figure: its value, whether it was converted, and the rate used (null when reported). */
export function figureJson(figure: MoneyFigure | undefined) {
  if (!figure) return null;
  return { value: roundMoney(figure), converted: figure.converted, rate: figure.rate ? rateJson(figure.rate) : null };
}

/** One investment as `investments.json` gives it. */
export function investmentJson(record: InvestmentRecord, url: AbsoluteUrl) {
  return {
    id: record.id,
    eventId: record.articleId,
    date: record.date,
    investor: partyJson(record.investor, url),
    target: partyJson(record.target, url),
    kind: record.kind,
    amount: record.amount,
    currency: record.currency,
    stake: record.stake ?? null,
    krw: figureJson(record.krw),
    usd: figureJson(record.usd),
    note: record.note ?? null,
    eventUrl: url(articlePath(record.articleId)),
  };
}

/** `investments.json`: every investment, oldest first, and every exchange rate any conversion used. */
export function investmentsDocument(records: readonly InvestmentRecord[], url: AbsoluteUrl) {
  return {
    description: 'Every investment, stake purchase, pledge and fund reported in the timeline’s articles, oldest first.',
    homePage: url(''),
    investments: records.map((record) => investmentJson(record, url)),
    rates: ratesUsed(records).map(rateJson),
  };
}

/** The columns of `investments.csv`, in order. */
export const INVESTMENT_CSV_COLUMNS = [
  'id',
  'event_id',
  'date',
  'investor_slug',
  'investor',
  'target_slug',
  'target',
  'kind',
  'amount',
  'currency',
  'stake_percent',
  'krw',
  'krw_converted',
  'krw_rate_per_usd',
  'krw_rate_date',
  'usd',
  'usd_converted',
  'usd_rate_currency',
  'usd_rate_per_usd',
  'usd_rate_date',
  'note',
  'event_url',
] as const;

/** `investments.csv`: a header row, then one row per investment with the same values as the JSON. */
export function investmentsCsv(records: readonly InvestmentRecord[], url: AbsoluteUrl): string {
  const figure = (value: MoneyFigure | undefined) => (value ? [roundMoney(value), value.converted] : [null, null]);
  const rows = records.map((record) => [
    record.id,
    record.articleId,
    record.date,
    record.investor.slug,
    record.investor.name.en,
    record.target.slug,
    record.target.name.en,
    record.kind,
    record.amount,
    record.currency,
    record.stake,
    ...figure(record.krw),
    record.krw?.rate?.perUsd,
    record.krw?.rate?.date,
    ...figure(record.usd),
    record.usd?.rate?.currency,
    record.usd?.rate?.perUsd,
    record.usd?.rate?.date,
    record.note,
    url(articlePath(record.articleId)),
  ]);
  return toCsv([INVESTMENT_CSV_COLUMNS, ...rows]);
}

const holdingJson = (holding: Holding, url: AbsoluteUrl) => ({
  holder: partyJson(holding.holder, url),
  percent: holding.percent,
  source: holding.source,
});

/** One event (one article) as `events.json` gives it, with the ids of its investments and its ownership record. */
export function eventJson(
  article: DatasetArticle,
  companies: ReadonlyMap<string, DatasetCompany>,
  investments: readonly InvestmentRecord[],
  owners: OwnershipRecord | undefined,
  url: AbsoluteUrl,
  entryPath: (id: string) => string = timelineEntryPath,
) {
  const { data } = article;
  return {
    id: article.id,
    date: data.date,
    title: data.title,
    titleKo: data.titleKo ?? null,
    titleEn: data.titleEn ?? null,
    language: data.language,
    summary: data.summary,
    summaryKo: data.summaryKo ?? null,
    url: url(articlePath(article.id)),
    timelineUrl: url(entryPath(article.id)),
    source: {
      name: data.source.name,
      url: data.source.url ?? null,
      author: data.source.author ?? null,
      published: data.source.published ?? null,
      archived: data.source.archived ?? null,
      note: data.source.note ?? null,
    },
    companies: data.companies.map((slug) => ({
      slug,
      name: companies.get(slug)?.data.name ?? slug,
      url: url(companyPath(slug)),
    })),
    tags: data.tags ?? [],
    investments: investments.map((record) => record.id),
    ownership: owners
      ? {
          company: partyJson(owners.company, url),
          before: owners.before.map((holding) => holdingJson(holding, url)),
          after: owners.after.map((holding) => holdingJson(holding, url)),
        }
      : null,
    corrections: correctionsOf(data).map((correction) => ({
      date: correction.date,
      text: correction.text,
      textKo: correction.textKo ?? null,
    })),
  };
}

/** `events.json`: every article as an event, oldest first, with links to its investments by id. */
export function eventsDocument(
  articles: readonly DatasetArticle[],
  companies: ReadonlyMap<string, DatasetCompany>,
  dataset: { investments: readonly InvestmentRecord[]; ownership: readonly OwnershipRecord[] },
  url: AbsoluteUrl,
  /** Where an event is on the timeline (`archive.timeline.entryPath`): `#<id>` on a one-page timeline. */
  entryPath: (id: string) => string = timelineEntryPath,
) {
  const investments = group(dataset.investments, (record) => record.articleId);
  const ownership = index(dataset.ownership, (record) => record.articleId);
  return {
    description:
      'Every event on the timeline, oldest first: one per article, with its source, companies and investments.',
    homePage: url(''),
    events: sortByDate(articles).map((article) =>
      eventJson(article, companies, investments.get(article.id) ?? [], ownership.get(article.id), url, entryPath),
    ),
  };
}

/** A JSON file as published: indented for people who open it, ending with a newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Response headers of the JSON files (static hosts go by the file extension; the dev server uses these). */
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' } as const;

/**
 * Checks across fields and files that no schema can make: a chain of parents that loops, figures
 * no deal could have, conversions at a rate far from the deal, dates far from the archive. Which
 * are errors and which warnings is in docs/authoring.md ("Warnings"): an error is never right; a
 * warning may be, and the content publishes with it.
 */
import { krwFigure, usdFigure } from '../chartRecords.ts';
import { compareCalendarDates, toUtcDate, type CalendarDate } from '../dates.ts';
import { LARGEST_DEAL_USD } from './numbers.ts';
import type { ContentProblem, ContentWarning } from './problems.ts';
import type { ArticleData, RateData } from './schema.ts';

/** A file and its validated data. */
interface Checked<T> {
  file: { path: string };
  data: T;
}

/** How many days from one calendar date to another, however far apart. */
function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round(Math.abs(toUtcDate(a).getTime() - toUtcDate(b).getTime()) / 86_400_000);
}

/** Companies whose `parent` chain comes back to itself (a company its own parent, two each other's, or longer): one problem per loop. */
export function parentLoops(companies: readonly { path: string; slug: string; parent: string | undefined }[]): ContentProblem[] {
  const parentOf = new Map(companies.flatMap(({ slug, parent }) => (parent === undefined ? [] : [[slug, parent] as const])));
  const pathOf = new Map(companies.map(({ slug, path }) => [slug, path]));
  const loops = new Map<string, string[]>();
  for (const start of parentOf.keys()) {
    const chain: string[] = [];
    let slug: string | undefined = start;
    while (slug !== undefined && !chain.includes(slug)) {
      chain.push(slug);
      slug = parentOf.get(slug);
    }
    if (slug === undefined) continue;
    const loop = chain.slice(chain.indexOf(slug));
    // One loop, however many of its companies start the search: named from its first slug in order.
    const first = loop.toSorted()[0]!;
    const from = loop.indexOf(first);
    loops.set(first, [...loop.slice(from), ...loop.slice(0, from)]);
  }
  return [...loops.values()].map((loop) => ({
    file: pathOf.get(loop[0]!) ?? loop[0]!,
    field: 'parent',
    found: `${JSON.stringify(parentOf.get(loop[0]!))}, which closes a loop: ${[...loop, loop[0]].join(' → ')}`,
    expected:
      loop.length === 1
        ? 'another company: a company is not its own parent (remove parent, or name the group it belongs to)'
        : `a chain of parents that ends with a company that has none: remove parent from one of ${loop.map((slug) => pathOf.get(slug) ?? slug).join(', ')}`,
  }));
}

/** Warnings on the figures of every investment: larger than any deal, or converted at a rate far from its date. */
export function investmentWarnings(articles: readonly Checked<ArticleData>[], rates: readonly RateData[]): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  for (const { file, data } of articles) {
    (data.investments ?? []).forEach((investment, index) => {
      const field = `investments[${index}]`;
      const date = investment.date ?? data.date;
      const usd = usdFigure(investment, date, rates);
      if (usd !== undefined && usd.value > LARGEST_DEAL_USD) {
        warnings.push({
          file: file.path,
          field: investment.usd === undefined ? `${field}.amount` : `${field}.usd`,
          found: `${investment.usd ?? investment.amount} (${dollars(usd.value)}), more than any deal on record`,
          check: 'the number of zeros (26.7 billion is 26700000000)',
        });
      }
      const krw = krwFigure(investment, usd, date, rates);
      for (const figure of [usd, krw]) {
        const rate = figure?.rate;
        if (!rate || daysBetween(rate.date, date) <= 365) continue;
        const years = Math.round(daysBetween(rate.date, date) / 365.25);
        warnings.push({
          file: file.path,
          field: figure === usd ? `${field}.usd` : field,
          found: `${figure === usd ? `no dollar figure, so ${investment.currency} is converted` : 'the won figure is converted'} at the ${rate.currency} rate of ${rate.date}, ${years === 1 ? 'a year' : `${years} years`} from the investment (${date})`,
          check: `that a ${rate.currency} rate near ${date} is in content/rates.yaml: add one (currency ${rate.currency}, a date within a year of ${date})${figure === usd ? ', or give usd as the report gives it' : ''}`,
        });
      }
    });
  }
  return warnings;
}

/** How far before the archive's first article a date is worth a second look. */
const YEARS_BEFORE_ARCHIVE = 10;

/** Dates far from the rest: in the future, long before every other article, or unlike the date in the file name. */
export function dateWarnings(articles: readonly Checked<ArticleData>[], today: CalendarDate | undefined): ContentWarning[] {
  const [earliest, second] = articles.map(({ data }) => data.date).toSorted(compareCalendarDates);
  return articles.flatMap(({ file, data }): ContentWarning[] => {
    const warnings: ContentWarning[] = [];
    // The earliest date among the other articles.
    const first = data.date === earliest ? second : earliest;
    if (today !== undefined && compareCalendarDates(data.date, today) > 0) {
      warnings.push({ file: file.path, field: 'date', found: `${data.date}, a day in the future (today is ${today})`, check: 'the year' });
    } else if (first !== undefined && Number(data.date.slice(0, 4)) < Number(first.slice(0, 4)) - YEARS_BEFORE_ARCHIVE) {
      warnings.push({
        file: file.path,
        field: 'date',
        found: `${data.date}, ${Number(first.slice(0, 4)) - Number(data.date.slice(0, 4))} years before any other article (the first is of ${first})`,
        check: 'the year',
      });
    }
    const named = /^(\d{4}-\d{2}-\d{2})-/.exec(file.path.split('/').pop() ?? '')?.[1];
    if (named !== undefined && named !== data.date) {
      warnings.push({
        file: file.path,
        field: 'date',
        found: `${data.date}, while the file name says ${named}`,
        check:
          'which is right: fix date, or, when the date was corrected after the article was published, keep the file name (it is the page’s address)',
      });
    }
    return warnings;
  });
}

/** A large dollar figure for a message: "about $1.2 trillion", or "more than $1,000 trillion". */
function dollars(value: number): string {
  if (value >= 1e15) return 'more than $1,000 trillion';
  return `about $${new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format(value / 1e12)} trillion`;
}

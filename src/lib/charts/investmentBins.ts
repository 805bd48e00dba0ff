/**
 * The investments chart's aggregation: past `MAX_INVESTMENT_MARKS` investments, a symbol (and a
 * table row) stands for the investments of one kind in one period. Which investments can be placed
 * at all (those with a dollar figure), the period length each drawing uses, and the bins.
 */
import { greatest, groups, sum } from 'd3-array';
import { INVESTMENT_KINDS } from '../content/schema.ts';
import type { InvestmentRecord } from '../chartRecords.ts';
import { yearOf, type CalendarDate } from '../dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { memoized } from '../memoize.ts';
import { periodLength, periodOf, type Period, type PeriodLength } from './periods.ts';
import type { ChartVariant } from './variants.ts';

/** Up to this many investments each get a symbol of their own; more are grouped by period and kind. */
export const MAX_INVESTMENT_MARKS = 50;

/**
 * An aggregated drawing has at most this many periods, each with a symbol per kind, however wide it
 * is: a few dozen marks, and as many rows in its table, keep `/` light at any size of the archive
 * (quarters for up to four years, then years and runs of years).
 */
export const MAX_BIN_PERIODS = 16;

/** How far apart periods stand at least, in the largest symbol's radii: a drawing has as many as fit. */
const PERIOD_SPACING = 1.5;

/** A record with a dollar figure, the only ones the chart can place. */
export type Placeable = InvestmentRecord & { usd: NonNullable<InvestmentRecord['usd']> };

/** Investments of one kind in one period: what an aggregated symbol stands for. */
export interface InvestmentBin {
  period: Period;
  kind: InvestmentRecord['kind'];
  records: Placeable[];
  /** Their dollar total. */
  usd: number;
  /** The largest of them, which the bin's description and table row name. */
  largest: Placeable;
}

/** The investments that can be placed, i.e. that have a dollar figure. */
export function placeable(records: readonly InvestmentRecord[]): Placeable[] {
  return records.filter((record): record is Placeable => record.usd !== undefined);
}

/** The first and last year the axis needs: the timeline's span and every investment's date. */
export function axisYears(records: readonly InvestmentRecord[], years: [number, number]): [number, number] {
  const dates = records.map((record) => yearOf(record.date));
  return [Math.min(years[0], ...dates), Math.max(years[1], ...dates)];
}

/** The period length an aggregated drawing of this variant uses: as short as keeps symbols apart. */
export function binLength(
  records: readonly InvestmentRecord[],
  years: [number, number],
  variant: ChartVariant,
): PeriodLength | undefined {
  if (placeable(records).length <= MAX_INVESTMENT_MARKS) return undefined;
  const [first, last] = axisYears(records, years);
  const fitting = Math.floor(variant.width / (PERIOD_SPACING * variant.investments.maxRadius));
  return periodLength(first, last, Math.min(MAX_BIN_PERIODS, fitting));
}

/** The investments grouped by period and kind, oldest first, kinds in schema order. */
export function binInvestments(
  records: readonly InvestmentRecord[],
  months: PeriodLength,
  locale: Locale,
): InvestmentBin[] {
  // Many investments share a day: each day's period is worked out once.
  const periodOfDay = new Map<CalendarDate, Period>();
  const periodOfRecord = (record: Placeable) =>
    memoized(periodOfDay, record.date, () => periodOf(record.date, months, locale));
  return groups(
    placeable(records),
    (record) => periodOfRecord(record).start,
    (record) => record.kind,
  )
    .flatMap(([, kinds]) =>
      kinds.map(([kind, binned]) => ({
        period: periodOfRecord(binned[0]!),
        kind,
        records: binned,
        usd: sum(binned, (record) => record.usd.value),
        // The first where several are as large.
        largest: greatest(binned, (record) => record.usd.value)!,
      })),
    )
    .sort(
      (a, b) =>
        a.period.start.localeCompare(b.period.start) ||
        INVESTMENT_KINDS.indexOf(a.kind) - INVESTMENT_KINDS.indexOf(b.kind),
    );
}

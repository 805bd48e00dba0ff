/**
 * What the investments chart says: each mark's label, accessible name and description, and the
 * chart's description, in an edition's words. Worked out once per edition; the layout only places them.
 */
import { INVESTMENT_KINDS } from '../content/schema.ts';
import type { InvestmentRecord } from '../chartRecords.ts';
import { formatDate } from '../dates.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatMoney, formatMoneyWithUsd, formatPercent } from '../money.ts';
import type { InvestmentBin, Placeable } from './investmentBins.ts';
import { placeable } from './investmentBins.ts';
import type { MarkTarget } from './markup.ts';
import { markTargets } from './periods.ts';

/** What one symbol is drawn from, before it is placed: an investment, or a bin of them. */
export interface MarkDraft {
  kind: InvestmentRecord['kind'];
  target: MarkTarget;
  /** The article whose timeline entry the mark leads to. */
  entry: string;
  /** Where on the time axis it goes: at a date, or at a fraction of a period's width. */
  at: { date: string } | { start: string; end: string; slot: number };
  /** Its dollar value, which places it, and what sizes it (the value, or a bin's count). */
  usd: number;
  size: number;
  /** Its label in two lines: "LG Uplus → Genie Music", "₩26.7bn (≈ $23m)"; or "2021: 12 investments", "$1.2bn". */
  lines: [string, string];
  /** The same words in three lines, narrower: "LG Uplus →", "Genie Music", "₩26.7bn (≈ $23m)". */
  stacked: [string, string, string];
  /** The accessible name: the label's words first (WCAG 2.5.3, label in name), then the date or kind. */
  name: string;
  /** The whole story in one sentence: the accessible description and the tooltip. */
  description: string;
}

/** A draft for each investment that has a dollar figure, in the order given. */
export function investmentDrafts(records: readonly InvestmentRecord[], locale: Locale): MarkDraft[] {
  return placeable(records).map((record) => {
    const [investor, target] = [record.investor.short[locale], record.target.short[locale]];
    const amount = formatMoneyWithUsd(record.amount, record.currency, record.usd, locale, 'short');
    const lines: [string, string] = [`${investor} → ${target}`, amount];
    return {
      kind: record.kind,
      target: { entries: [record.articleId] },
      entry: record.articleId,
      at: { date: record.date },
      usd: record.usd.value,
      size: record.usd.value,
      lines,
      stacked: [`${investor} →`, target, amount],
      name: `${lines.join(', ')}, ${formatDate(record.date, locale, 'short')}`,
      description: describeInvestment(record, locale),
    };
  });
}

/** A draft for each bin, placed by its total and sized by its count. */
export function binDrafts(bins: readonly InvestmentBin[], locale: Locale): MarkDraft[] {
  const t = dictionary(locale).charts;
  const targets = markTargets(
    bins.map((bin) => ({
      entries: bin.records.map((record) => record.articleId),
      period: [bin.period.start, bin.period.end] as const,
    })),
  );
  return bins.map((bin, index) => {
    // Kinds side by side within their period, so that bins of one period do not cover each other.
    const slot = (INVESTMENT_KINDS.indexOf(bin.kind) + 0.5) / INVESTMENT_KINDS.length;
    const [count, total] = [t.investments.binCount(bin.records.length), formatMoney(bin.usd, 'USD', locale, 'short')];
    const lines: [string, string] = [`${bin.period.label}: ${count}`, total];
    return {
      kind: bin.kind,
      target: targets[index]!,
      entry: bin.records[0]!.articleId,
      at: { start: bin.period.start, end: bin.period.end, slot },
      usd: bin.usd,
      size: bin.records.length,
      lines,
      stacked: [`${bin.period.label}:`, count, total],
      name: `${lines.join(', ')}, ${t.kinds[bin.kind]}`,
      description: t.investments.binDescription(
        lines[0],
        t.kinds[bin.kind],
        formatMoney(bin.usd, 'USD', locale),
        describeInvestment(bin.largest, locale),
      ),
    };
  });
}

/** "15 March 2017: LG Uplus → Genie Music, 15% equity, ₩26.7 billion (≈ $23 million)". */
export function describeInvestment(record: InvestmentRecord, locale: Locale): string {
  const kind = dictionary(locale).charts.kinds[record.kind];
  const what = record.stake === undefined ? kind : `${formatPercent(record.stake, locale)} ${kind}`;
  const amount = formatMoneyWithUsd(record.amount, record.currency, record.usd, locale);
  return `${formatDate(record.date, locale)}: ${record.investor.name[locale]} → ${record.target.name[locale]}, ${what}, ${amount}`;
}

/** The chart in words, for its `<desc>`: how many investments, and the largest and smallest. */
export function describeInvestmentsChart(
  records: readonly InvestmentRecord[],
  years: [number, number],
  locale: Locale,
): string {
  const t = dictionary(locale).charts.investments;
  const bySize = placeable(records).sort((a, b) => b.usd.value - a.usd.value);
  const largest: Placeable | undefined = bySize[0];
  const smallest = bySize.at(-1);
  if (!largest || !smallest) return t.none(years[0], years[1]);
  const extremes =
    largest === smallest
      ? `${describeInvestment(largest, locale)}.`
      : `${t.largest} ${describeInvestment(largest, locale)}. ${t.smallest} ${describeInvestment(smallest, locale)}.`;
  return `${t.count(records.length, years[0], years[1])} ${extremes}`;
}

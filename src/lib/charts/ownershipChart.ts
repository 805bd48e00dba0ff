/**
 * Geometry of an ownership chart: one 100% bar before the event and one after, each holder a
 * segment in the same order and colour slot in both bars, with its percentage inside when it fits.
 * There are six colour slots: with more holders, the five largest keep theirs and the rest share the last.
 */
import type { Holding, OwnershipRecord, Party } from '../chartRecords.ts';
import { dictionary } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatPercent } from '../money.ts';
import { round, type Dimensions } from './dimensions.ts';
import { CENTRED_BASELINE, estimateTextWidth, fitText } from './text.ts';
import type { ChartVariant } from './variants.ts';

/** How many colours charts.css has for holders (`.slot-0` … `.slot-5`). */
export const OWNERSHIP_SLOTS = 6;

/** How many ownership charts a page shows at most: the most recent; the rest are in the open data. */
export const MAX_OWNERSHIP_CHARTS = 3;

/** The narrowest a segment is drawn, so that a holder of 0.01% still shows. */
const MIN_SEGMENT_WIDTH = 2;

/** Room left and right of the bars, and below the last, so their edges are not cut. */
const MARGIN = 2;

/** Where a segment's percentage starts, from the segment's left edge. */
const LABEL_INSET = 6;

/**
 * The bars' rhythm, in ems: each bar's top below the previous bar's bottom (the first's below the
 * drawing's top), and its caption's baseline above the bar.
 */
const BAR_SPACING = { between: 2.5, top: 1.5, caption: 0.5 } as const;

/** A holder as the chart shows it: one shareholder, or the smaller ones together. */
export interface Holder {
  name: string;
  slot: number;
  /** Shares before and after, in percent (0 when absent). */
  before: number;
  after: number;
}

/** One holder's segment of a bar. */
export interface OwnershipSegment {
  slot: number;
  x: number;
  width: number;
  /** The percentage, or undefined when it does not fit inside the segment. */
  label?: string;
}

/** One bar: its caption and segments. */
export interface OwnershipBar {
  caption: string;
  /** The caption's baseline, above the bar. */
  captionBaseline: number;
  y: number;
  /** The baseline of the segments' labels, centred in the bar. */
  labelBaseline: number;
  segments: OwnershipSegment[];
}

/** Everything the drawing needs. */
export interface OwnershipChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  barHeight: number;
  /** Where a segment's label starts, from the segment's left edge. */
  labelInset: number;
  bars: [OwnershipBar, OwnershipBar];
}

/** The most recent records, at most {@link MAX_OWNERSHIP_CHARTS}, in date order, and how many are left out. */
export function recentOwnership(records: readonly OwnershipRecord[]): { shown: OwnershipRecord[]; more: number } {
  const shown = records.slice(-MAX_OWNERSHIP_CHARTS);
  return { shown, more: records.length - shown.length };
}

/**
 * The holders in slot order, in the order they are listed after the event (then before): each its own
 * slot while there are at most six, else the five largest theirs and the rest one "n other holders".
 */
export function ownershipHolders(record: OwnershipRecord, locale: Locale): Holder[] {
  // Holders are told apart by their English name, the same in both editions.
  const parties = new Map<string, Party>();
  for (const holding of [...record.after, ...record.before]) parties.set(holding.holder.name.en, holding.holder);
  const share = (holdings: readonly Holding[], key: string) =>
    holdings.find((holding) => holding.holder.name.en === key)?.percent ?? 0;
  const all = [...parties].map(([key, party]) => ({
    name: party.name[locale],
    before: share(record.before, key),
    after: share(record.after, key),
  }));
  if (all.length <= OWNERSHIP_SLOTS) return all.map((holder, slot) => ({ ...holder, slot }));
  const size = (holder: { before: number; after: number }) => Math.max(holder.before, holder.after);
  const largest = new Set(
    all
      .map((holder, index) => ({ holder, index }))
      .sort((a, b) => size(b.holder) - size(a.holder) || a.index - b.index)
      .slice(0, OWNERSHIP_SLOTS - 1)
      .map(({ holder }) => holder),
  );
  const rest = all.filter((holder) => !largest.has(holder));
  const total = (pick: (holder: (typeof all)[number]) => number) =>
    Number(rest.reduce((sum, holder) => sum + pick(holder), 0).toFixed(4));
  return [
    ...all.filter((holder) => largest.has(holder)).map((holder, slot) => ({ ...holder, slot })),
    {
      name: dictionary(locale).charts.ownership.otherHolders(rest.length),
      slot: OWNERSHIP_SLOTS - 1,
      before: total((holder) => holder.before),
      after: total((holder) => holder.after),
    },
  ];
}

/** Every holder with its shares and sources, for the table: all of them, however many. */
export function ownershipTableRows(
  record: OwnershipRecord,
  locale: Locale,
): { name: string; before: number; after: number; sources: string[] }[] {
  const rows = new Map<string, { name: string; before: number; after: number; sources: Set<string> }>();
  for (const [when, holdings] of [
    ['after', record.after],
    ['before', record.before],
  ] as const) {
    for (const holding of holdings) {
      const key = holding.holder.name.en;
      const row = rows.get(key) ?? { name: holding.holder.name[locale], before: 0, after: 0, sources: new Set() };
      row[when] = holding.percent;
      row.sources.add(holding.source);
      rows.set(key, row);
    }
  }
  return [...rows.values()].map((row) => ({ ...row, sources: [...row.sources] }));
}

/** Lays out the before and after bars of one ownership record for one drawing. */
export function layoutOwnershipChart(
  record: OwnershipRecord,
  options: { variant: ChartVariant; captions: [string, string]; locale: Locale },
): OwnershipChartGeometry {
  const { variant, captions, locale } = options;
  const { fontSize, width } = variant;
  const { barHeight } = variant.ownership;
  const plotWidth = width - 2 * MARGIN;
  const holders = ownershipHolders(record, locale);
  const rowGap = fontSize * BAR_SPACING.between;

  const bar = (share: (holder: Holder) => number, caption: string, index: number): OwnershipBar => {
    const present = holders.filter((holder) => share(holder) > 0);
    // Every holder at least a sliver wide; the others narrower to make room, and never past 100%.
    const total = Math.max(
      100,
      present.reduce((sum, holder) => sum + share(holder), 0),
    );
    const slivers = present.filter((holder) => (share(holder) / total) * plotWidth < MIN_SEGMENT_WIDTH);
    const room = plotWidth - slivers.length * MIN_SEGMENT_WIDTH;
    const wide = total - slivers.reduce((sum, holder) => sum + share(holder), 0);
    const scale = Math.min(plotWidth / total, room / Math.max(wide, Number.MIN_VALUE));
    let offset = 0;
    const segments = present.map((holder) => {
      const segmentWidth = slivers.includes(holder) ? MIN_SEGMENT_WIDTH : share(holder) * scale;
      const label = formatPercent(share(holder), locale);
      const segment = {
        slot: holder.slot,
        x: round(offset),
        width: round(segmentWidth),
        ...(estimateTextWidth(label, fontSize, 'bold') + 2 * LABEL_INSET <= segmentWidth ? { label } : {}),
      };
      offset += segmentWidth;
      return segment;
    });
    const y = round(index * (barHeight + rowGap) + fontSize * BAR_SPACING.top);
    return {
      caption: fitText(caption, plotWidth, fontSize),
      captionBaseline: round(y - fontSize * BAR_SPACING.caption),
      y,
      labelBaseline: round(y + barHeight / 2 + CENTRED_BASELINE * fontSize),
      segments,
    };
  };

  const bars: [OwnershipBar, OwnershipBar] = [
    bar((holder) => holder.before, captions[0], 0),
    bar((holder) => holder.after, captions[1], 1),
  ];
  return {
    dimensions: {
      width,
      height: round(bars[1].y + barHeight + MARGIN),
      marginTop: 0,
      marginRight: MARGIN,
      marginBottom: 0,
      marginLeft: MARGIN,
    },
    fontSize,
    barHeight,
    labelInset: LABEL_INSET,
    bars,
  };
}

/**
 * Geometry of an ownership chart: one 100% bar before the event and one after, each holder a
 * segment in the same order and colour slot in both bars, with its percentage inside when it fits.
 */
import type { Holding, OwnershipRecord } from '../dataset.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatPercent } from '../money.ts';
import { innerWidth, round, type Dimensions } from './dimensions.ts';
import { estimateTextWidth } from './text.ts';

/** One holder's segment of a bar. */
export interface OwnershipSegment {
  holding: Holding;
  /** Which colour slot the holder takes, the same in both bars. */
  slot: number;
  x: number;
  width: number;
  /** The percentage, or undefined when it does not fit inside the segment. */
  label?: string;
}

/** One bar: its caption and segments. */
export interface OwnershipBar {
  caption: string;
  y: number;
  segments: OwnershipSegment[];
}

/** Everything the drawing needs. */
export interface OwnershipChartGeometry {
  dimensions: Dimensions;
  fontSize: number;
  barHeight: number;
  bars: [OwnershipBar, OwnershipBar];
  /** Holders in slot order, each with its share before and after (0 when absent). */
  legend: { name: string; slot: number; before: number; after: number }[];
}

/** Lays out the before and after bars of one ownership record. */
export function layoutOwnershipChart(
  record: OwnershipRecord,
  options: { dimensions: Dimensions; fontSize: number; barHeight: number; captions: [string, string]; locale: Locale },
): OwnershipChartGeometry {
  const { dimensions, fontSize, barHeight, captions, locale } = options;
  const width = innerWidth(dimensions);
  // Holders are told apart by their English name, the same in both editions, so each keeps its colour slot.
  const names = [...new Set([...record.after, ...record.before].map((holding) => holding.holder.name.en))];
  const slotOf = (holding: Holding) => names.indexOf(holding.holder.name.en);
  const rowGap = fontSize * 2.5;

  const bar = (holdings: Holding[], caption: string, index: number): OwnershipBar => {
    const ordered = [...holdings].sort((a, b) => slotOf(a) - slotOf(b));
    let offset = 0;
    const segments = ordered.map((holding) => {
      const segmentWidth = (holding.percent / 100) * width;
      const label = formatPercent(holding.percent, locale);
      const segment = {
        holding,
        slot: slotOf(holding),
        x: round(offset),
        width: round(segmentWidth),
        ...(estimateTextWidth(label, fontSize) + 8 <= segmentWidth ? { label } : {}),
      };
      offset += segmentWidth;
      return segment;
    });
    return { caption, y: round(index * (barHeight + rowGap) + fontSize * 1.5), segments };
  };

  const share = (holdings: Holding[], name: string) => holdings.find((h) => h.holder.name.en === name)?.percent ?? 0;
  const holderOf = (name: string) =>
    [...record.after, ...record.before].find((holding) => holding.holder.name.en === name)!.holder;
  return {
    dimensions,
    fontSize,
    barHeight,
    bars: [bar(record.before, captions[0], 0), bar(record.after, captions[1], 1)],
    legend: names.map((name, slot) => ({
      name: holderOf(name).name[locale],
      slot,
      before: share(record.before, name),
      after: share(record.after, name),
    })),
  };
}

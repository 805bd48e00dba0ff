import { describe, expect, it } from 'vitest';
import {
  layoutOwnershipChart,
  MAX_OWNERSHIP_CHARTS,
  OWNERSHIP_SLOTS,
  ownershipHolders,
  ownershipTableRows,
  recentOwnership,
} from '../../../src/lib/charts/ownershipChart.ts';
import { VARIANTS } from '../../../src/lib/charts/variants.ts';
import type { Holding, OwnershipRecord } from '../../../src/lib/chartRecords.ts';
import { drawingBox, drawnOwnership, outside } from './drawn.ts';
import { OWNERSHIP } from './fixtures.ts';

const layout = (record: OwnershipRecord) =>
  layoutOwnershipChart(record, { variant: VARIANTS.compact, captions: ['Before', 'After'], locale: 'en' });
const holding = (name: string, percent: number): Holding => ({
  holder: { name: { en: name, ko: `${name} (ko)` }, short: { en: name, ko: name } },
  percent,
  source: `S ${name}`,
});

describe('layoutOwnershipChart', () => {
  const geometry = layout(OWNERSHIP);

  it('gives each holder the same slot in both bars, in the order after the event', () => {
    expect(ownershipHolders(OWNERSHIP, 'en')).toEqual([
      { name: 'KT', slot: 0, before: 49.99, after: 42.49 },
      { name: 'LG Uplus', slot: 1, before: 0, after: 15 },
      { name: 'Others', slot: 2, before: 50.01, after: 42.51 },
    ]);
    expect(geometry.bars[0].segments.map((s) => s.slot)).toEqual([0, 2]);
  });

  it('fills the width with segments in proportion, labelled where the label fits', () => {
    const plotWidth = VARIANTS.compact.width - 4;
    const after = geometry.bars[1].segments;
    expect(after.map((s) => s.width)).toEqual(
      [0.4249, 0.15, 0.4251].map((share) => Math.round(share * plotWidth * 1000) / 1000),
    );
    expect(after[1]!.x).toBe(after[0]!.width);
    expect(after.map((s) => s.label)).toEqual(['42.49%', undefined, '42.51%']);
  });

  it('draws a holder of 0.01% as a sliver, and never past 100%', () => {
    const tiny = { ...OWNERSHIP, after: [holding('A', 0.01), holding('B', 99.99)], before: [holding('A', 100.05)] };
    const g = layout(tiny);
    expect(g.bars[1].segments[0]!.width).toBe(2);
    const plotWidth = VARIANTS.compact.width - 4;
    for (const bar of g.bars) {
      const last = bar.segments.at(-1)!;
      expect(last.x + last.width).toBeLessThanOrEqual(plotWidth + 0.001);
    }
    expect(outside(drawnOwnership(g), drawingBox(g.dimensions))).toEqual([]);
  });

  it(`shares the last of ${OWNERSHIP_SLOTS} colours among the smallest holders when there are more`, () => {
    const seven = Array.from({ length: OWNERSHIP_SLOTS + 1 }, (_, index) => holding(`H${index}`, 14 - index));
    const record = { ...OWNERSHIP, before: seven, after: seven };
    expect(ownershipHolders({ ...record, after: seven.slice(0, -1), before: seven.slice(0, -1) }, 'en')).toHaveLength(
      OWNERSHIP_SLOTS,
    );
    const holders = ownershipHolders(record, 'en');
    expect(holders.map((holder) => holder.slot)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(holders.at(-1)).toEqual({ name: '2 other holders', slot: 5, before: 17, after: 17 });
    expect(ownershipHolders(record, 'ko').at(-1)!.name).toBe('기타 주주 2곳');
    expect(Math.max(...layout(record).bars.flatMap((bar) => bar.segments.map((s) => s.slot)))).toBe(5);
    // The table still lists every holder.
    expect(ownershipTableRows(record, 'ko').map((row) => row.name)).toEqual(
      seven.map((h) => `${h.holder.name.en} (ko)`),
    );
  });

  it('lists every holder with its sources for the table', () => {
    expect(ownershipTableRows(OWNERSHIP, 'en')).toEqual([
      { name: 'KT', before: 49.99, after: 42.49, sources: ['J'] },
      { name: 'LG Uplus', before: 0, after: 15, sources: ['J'] },
      { name: 'Others', before: 50.01, after: 42.51, sources: ['B'] },
    ]);
  });
});

describe('recentOwnership', () => {
  it(`keeps the ${MAX_OWNERSHIP_CHARTS} most recent records and counts the rest`, () => {
    const records = Array.from({ length: MAX_OWNERSHIP_CHARTS + 2 }, (_, index) => ({
      ...OWNERSHIP,
      articleId: `r${index}`,
    }));
    expect(recentOwnership(records.slice(0, MAX_OWNERSHIP_CHARTS))).toEqual({
      shown: records.slice(0, MAX_OWNERSHIP_CHARTS),
      more: 0,
    });
    const { shown, more } = recentOwnership(records);
    expect(shown.map((record) => record.articleId)).toEqual(records.slice(2).map((record) => record.articleId));
    expect(more).toBe(2);
  });
});

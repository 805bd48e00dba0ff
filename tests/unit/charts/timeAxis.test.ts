import { describe, expect, it } from 'vitest';
import { round } from '../../../src/lib/charts/dimensions.ts';
import { niceStep, xOfDate, yearScale, yearTicks } from '../../../src/lib/charts/timeAxis.ts';

describe('time axis', () => {
  it('spans whole years and places dates by UTC day, in any year', () => {
    const scale = yearScale(2017, 2024, [0, 800]);
    expect(xOfDate(scale, '2017-01-01')).toBe(0);
    expect(xOfDate(scale, '2025-01-01')).toBe(800);
    const ancient = yearScale(50, 99, [0, 100]);
    expect(xOfDate(ancient, '0050-01-01')).toBe(0);
    expect(xOfDate(ancient, '0075-01-01')).toBe(50);
  });

  it('labels every year where the labels fit, centred in their year', () => {
    const scale = yearScale(2017, 2024, [0, 800]);
    const ticks = yearTicks(scale, 13, [0, 800]);
    expect(ticks.map((t) => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks[1]?.x).toBe(round((365 / 2922) * 800));
    expect(ticks[0]?.labelX).toBe(round((365 / 2922) * 400));
  });

  it('labels every 2nd, 5th, 10th… year on its tick where they do not, always inside the edges', () => {
    const narrow = yearTicks(yearScale(2017, 2024, [0, 200]), 13, [-10, 210]);
    expect(narrow.map((t) => t.label)).toEqual(['2018', '2020', '2022', '2024']);
    expect(narrow[0]!.labelX).toBe(narrow[0]!.x);
    const millennia = yearTicks(yearScale(0, 9999, [0, 300]), 13, [0, 300]);
    expect(millennia.length).toBeLessThanOrEqual(10);
    expect(millennia[0]!.labelX).toBeGreaterThan(0);
  });

  it('steps 1, 2, 5, 10, 20…', () => {
    expect([0.3, 1, 1.1, 2.5, 6, 11, 180].map(niceStep)).toEqual([1, 1, 2, 5, 10, 20, 200]);
  });
});

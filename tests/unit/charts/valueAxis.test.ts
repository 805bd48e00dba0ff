import { describe, expect, it } from 'vitest';
import { AXIS_LIMITS, layoutValueAxis } from '../../../src/lib/charts/valueAxis.ts';
import { estimateTextWidth } from '../../../src/lib/charts/text.ts';

const axis = (values: number[], plotHeight = 255) =>
  layoutValueAxis({ values, plotHeight, inset: 12, fontSize: 13, locale: 'en' });

describe('layoutValueAxis', () => {
  it('spans the powers of ten around the values, at least one decade', () => {
    expect(axis([23e6, 353e6]).scale.domain()).toEqual([1e7, 1e9]);
    expect(axis([1e7]).scale.domain()).toEqual([1e7, 1e8]);
    expect(axis([]).scale.domain()).toEqual([1e7, 1e8]);
    expect(axis([1e-3, 1e21]).scale.domain()).toEqual([...AXIS_LIMITS]);
  });

  it('draws a gridline at every power of ten while they have room, else every n-th, always the top one', () => {
    expect(axis([23e6, 353e6]).ticks.map((tick) => tick.label)).toEqual(['$10m', '$100m', '$1bn']);
    // 16 powers of ten in room for 7 gridlines: every third, counted down from the top.
    const wide = axis([1, 1e15]).ticks.map((tick) => tick.label);
    expect(wide).toEqual(['$1', '$1,000', '$1m', '$1bn', '$1tn', '$1,000tn']);
    expect(axis([10, 1e15], 255).ticks.at(0)!.label).toBe('$1,000');
  });

  it('places values top to bottom, clamped to the axis, inside the inset', () => {
    const { scale } = axis([1e7, 1e9]);
    expect(scale(1e9)).toBe(12);
    expect(scale(1e7)).toBe(255 - 12);
    expect(scale(1e12)).toBe(12);
  });

  it('takes the room its widest label needs, left of the plot', () => {
    const { width, labelX, ticks } = axis([1, 1e15]);
    const widest = Math.max(...ticks.map((tick) => estimateTextWidth(tick.label, 13)));
    expect(width).toBeGreaterThanOrEqual(widest - labelX);
    expect(labelX).toBeLessThan(0);
  });
});

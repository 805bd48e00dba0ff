import { describe, expect, it } from 'vitest';
import { NARROWEST_COLUMN, VARIANTS } from '../../../src/lib/charts/variants.ts';
import { MIN_RENDERED_FONT_SIZE, smallestRenderedFontSize } from '../../legibility.ts';

describe('VARIANTS', () => {
  it('keep chart text at 12 CSS px or more wherever each drawing shows', () => {
    for (const variant of Object.values(VARIANTS)) {
      expect(smallestRenderedFontSize(variant), variant.name).toBeGreaterThanOrEqual(MIN_RENDERED_FONT_SIZE);
    }
  });

  it('let the compact drawing shrink to the narrowest column, and the wide one not at all', () => {
    expect(VARIANTS.compact.narrowest).toBe(NARROWEST_COLUMN);
    expect(VARIANTS.wide.narrowest).toBe(VARIANTS.wide.width);
    expect(smallestRenderedFontSize({ ...VARIANTS.compact, fontSize: 11 })).toBeLessThan(MIN_RENDERED_FONT_SIZE);
  });
});

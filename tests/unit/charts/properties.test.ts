/**
 * Property tests: for any content the schema accepts, the charts lay themselves out without
 * throwing, with finite numbers and no negative sizes, every mark and label inside its drawing, no
 * two labels on top of each other and no leader line across another mark's symbol or label, in both
 * editions and both drawings; and both editions draw the same marks. The content goes through the
 * real pipeline: frontmatter written as YAML, checked by `checkContent`, built into the dataset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INVESTMENT_MARKS } from '../../../src/lib/charts/investmentBins.ts';
import { investmentsChartLayout } from '../../../src/lib/charts/investmentsChart.ts';
import { layoutInvolvementChart } from '../../../src/lib/charts/involvementChart.ts';
import { MAX_COMPANY_ROWS } from '../../../src/lib/charts/involvementRows.ts';
import { layoutOwnershipChart, OWNERSHIP_SLOTS } from '../../../src/lib/charts/ownershipChart.ts';
import { VARIANTS, type ChartVariant } from '../../../src/lib/charts/variants.ts';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';
import {
  drawingBox,
  drawnInvestments,
  drawnInvolvement,
  drawnOwnership,
  leaderCrossings,
  negativeSizes,
  nonFinite,
  outside,
  overlapping,
  type Drawn,
} from './drawn.ts';
import { content, dataset } from './generators.ts';

/** Geometry that is sound: finite, no negative sizes, everything inside, texts apart and off the marks. */
function expectSound(
  geometry: object,
  drawn: Drawn[],
  bounds: Parameters<typeof outside>[1],
  textsOffMarks: boolean,
): void {
  expect(nonFinite(geometry)).toEqual([]);
  expect(negativeSizes(geometry)).toEqual([]);
  expect(outside(drawn, bounds)).toEqual([]);
  const texts = drawn.filter((item) => item.kind === 'text');
  expect(overlapping(texts)).toEqual([]);
  if (textsOffMarks)
    expect(
      overlapping(
        texts,
        drawn.filter((item) => item.kind === 'mark'),
      ),
    ).toEqual([]);
}

/**
 * A fixed seed, so that every run checks the same cases (change it to explore others); shrinking a
 * failure stops after a minute and still fails.
 */
const RUNS = { seed: 20261123, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true } as const;

const drawings = LOCALES.flatMap((locale) => Object.values(VARIANTS).map((variant) => ({ locale, variant })));

// Each property lays out dozens of generated archives: a bound for a hang, not Vitest's default for one call.
describe('charts of any valid content', { timeout: 120_000 }, () => {
  it('draw nothing, without failing, from no content at all', () => {
    for (const { locale, variant } of drawings) {
      const investments = investmentsChartLayout([], { locale, years: [2020, 2020] })(variant);
      expect(investments.marks).toEqual([]);
      expect(nonFinite(investments)).toEqual([]);
      const involvement = layoutInvolvementChart([], { variant, locale });
      expect(involvement.groups).toEqual([]);
      expect(nonFinite(involvement)).toEqual([]);
    }
  });

  it('investments: every investment (or bin) drawn, inside its drawing, labels apart, leader lines crossing nothing', () => {
    fc.assert(
      fc.property(content(fc.integer({ min: 1, max: 8 }), { min: 1, max: 10 }), (files) => {
        const data = dataset(files);
        if (data.investments.length === 0) return;
        for (const { locale, variant } of drawings) {
          const g = investmentsChartLayout(data.investments, { locale, years: data.years })(variant);
          expectSound(g, drawnInvestments(g), drawingBox(g.dimensions), true);
          expect(leaderCrossings(g)).toEqual([]);
          const placeable = data.investments.filter((record) => record.usd).length;
          if (placeable <= MAX_INVESTMENT_MARKS) expect(g.marks).toHaveLength(placeable);
          else expect(g.marks.length).toBeLessThan(placeable);
          expect(g.dimensions.height).toBeLessThanOrEqual(variant.investments.height * 1.6 + 0.001);
        }
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('investments by the hundred, some articles with dozens: binned, inside, labels apart, leaders crossing nothing', () => {
    fc.assert(
      fc.property(content(fc.integer({ min: 1, max: 8 }), { min: 1, max: 4 }, { min: 15, max: 60 }), (files) => {
        const data = dataset(files);
        for (const { locale, variant } of drawings) {
          const g = investmentsChartLayout(data.investments, { locale, years: data.years })(variant);
          expectSound(g, drawnInvestments(g), drawingBox(g.dimensions), true);
          expect(leaderCrossings(g)).toEqual([]);
        }
      }),
      { ...RUNS, numRuns: 20 },
    );
  });

  it('ownership: both bars inside the drawing, at most six colours, labels inside their segments', () => {
    fc.assert(
      fc.property(content(fc.integer({ min: 1, max: 12 }), { min: 1, max: 3 }), (files) => {
        for (const record of dataset(files).ownership) {
          for (const { locale, variant } of drawings) {
            const g = layoutOwnershipChart(record, {
              variant,
              locale,
              captions: ['Before 1 January 2020', '2020년 1월 1일 이후'],
            });
            expectSound(g, drawnOwnership(g), drawingBox(g.dimensions), false);
            for (const bar of g.bars) {
              for (const segment of bar.segments) {
                expect(segment.slot).toBeLessThan(OWNERSHIP_SLOTS);
                if (segment.label) expect(segment.x + g.labelInset + 1).toBeLessThanOrEqual(segment.x + segment.width);
              }
            }
          }
        }
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('every edition draws the same marks, standing for the same entries: only the words differ', () => {
    const marksOf = (locale: Locale, variant: ChartVariant, data: ReturnType<typeof dataset>) => {
      const involvement = layoutInvolvementChart(data.involvement, { variant, locale });
      const investments = investmentsChartLayout(data.investments, { locale, years: data.years })(variant);
      return {
        columns: involvement.columns.map((column) => [column.key, column.entry, column.target]),
        dots: involvement.groups.flatMap((group) =>
          group.rows.map((row) => [row.key, row.dots.map((dot) => [dot.key, dot.entry, dot.target])]),
        ),
        investments: investments.marks.map((mark) => [mark.entry, mark.target]),
      };
    };
    fc.assert(
      fc.property(content(fc.integer({ min: 1, max: 45 }), { min: 1, max: 25 }), (files) => {
        const data = dataset(files);
        for (const variant of Object.values(VARIANTS)) {
          const [first, ...others] = LOCALES.map((locale) => marksOf(locale, variant, data));
          for (const other of others) expect(other).toEqual(first);
        }
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('involvement: rows for at most 30 companies, every dot and name inside the drawing, none on another', () => {
    fc.assert(
      fc.property(content(fc.integer({ min: 1, max: 45 }), { min: 1, max: 25 }), (files) => {
        const data = dataset(files);
        for (const { locale, variant } of drawings) {
          const g = layoutInvolvementChart(data.involvement, { variant, locale });
          expectSound(g, drawnInvolvement(g), drawingBox(g.dimensions), true);
          expect(g.groups.flatMap((group) => group.rows).length).toBeLessThanOrEqual(MAX_COMPANY_ROWS);
        }
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});

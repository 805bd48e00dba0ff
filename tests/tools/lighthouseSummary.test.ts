import { describe, expect, it } from 'vitest';
import { median } from 'd3-array';
import { medianFigures, pairedRatio, summarize, type LighthouseResult } from '../../tools/lib/lighthouseSummary.ts';

const lhr = (performance: number, lcp: number): LighthouseResult => ({
  categories: {
    performance: { score: performance },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
    seo: { score: null },
  },
  audits: {
    'largest-contentful-paint': { numericValue: lcp },
    'first-contentful-paint': { numericValue: 800 },
    'total-blocking-time': { numericValue: 0 },
    'speed-index': { numericValue: 900 },
    'cumulative-layout-shift': { numericValue: 0 },
    'resource-summary': {
      details: {
        items: [
          { resourceType: 'document', transferSize: 10_000, requestCount: 1 },
          { resourceType: 'script', transferSize: 1_000, requestCount: 1 },
          { resourceType: 'total', transferSize: 15_000, requestCount: 3 },
        ],
      },
    },
    'render-blocking-insight': { details: { items: [{ url: 'a.css' }] } },
  },
});

describe('summarize', () => {
  it('reads scores as percentages, metrics, bytes by type and requests', () => {
    const figures = summarize(lhr(0.99, 1000));
    expect([figures.performance, figures.accessibility, figures.bestPractices, figures.seo]).toEqual([99, 100, 96, 0]);
    expect(figures.lcp).toBe(1000);
    expect(figures.bytes).toEqual({ html: 10_000, css: 0, js: 1_000, fonts: 0, images: 0, total: 15_000 });
    expect(figures.requests).toBe(3);
    expect(figures.renderBlocking).toBe(1);
  });
});

describe('medianFigures', () => {
  it('takes every figure’s median over runs', () => {
    const runs = [summarize(lhr(1, 900)), summarize(lhr(0.9, 1200)), summarize(lhr(1, 1000))];
    expect(medianFigures(runs)).toMatchObject({ performance: 100, lcp: 1000 });
  });
});

describe('pairedRatio', () => {
  it('is the median of the run-by-run ratios, not the ratio of the medians', () => {
    // A slow spell in run 3 slows both pages; run by run the page is 1.1, 1.2 and 1.1 times the reference.
    expect(pairedRatio([770, 720, 1100], [700, 600, 1000])).toBeCloseTo(1.1);
    expect(median([770, 720, 1100])! / median([700, 600, 1000])!).toBeCloseTo(1.1);
    expect(pairedRatio([660, 800, 1300], [600, 1000, 1000])).toBeCloseTo(1.1);
    expect(median([660, 800, 1300])! / median([600, 1000, 1000])!).toBeCloseTo(0.8);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow('pairedRatio: 2 runs against 1 reference runs');
    expect(() => pairedRatio([], [])).toThrow(RangeError);
  });
});

/** The figures the benchmark reports from a Lighthouse result, and their medians over runs. */
import { median } from 'd3-array';

/** What one Lighthouse run says about a page. */
export interface PageFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  lcp: number;
  fcp: number;
  tbt: number;
  speedIndex: number;
  cls: number;
  /** Bytes transferred, by type. */
  bytes: { html: number; css: number; js: number; fonts: number; images: number; total: number };
  requests: number;
  renderBlocking: number;
}

/** The parts of a Lighthouse result (LHR) the summary reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } } | undefined>;
}

/** Reads one run's figures out of a Lighthouse result. */
export function summarize(lhr: LighthouseResult): PageFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (lhr.audits['resource-summary']?.details?.items ?? []) as {
    resourceType: string;
    transferSize: number;
    requestCount: number;
  }[];
  const bytesOf = (type: string) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
  const blocking = (lhr.audits['render-blocking-insight']?.details?.items ?? []) as unknown[];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    fcp: metric('first-contentful-paint'),
    tbt: metric('total-blocking-time'),
    speedIndex: metric('speed-index'),
    cls: metric('cumulative-layout-shift'),
    bytes: {
      html: bytesOf('document'),
      css: bytesOf('stylesheet'),
      js: bytesOf('script'),
      fonts: bytesOf('font'),
      images: bytesOf('image'),
      total: bytesOf('total'),
    },
    requests: items.find((item) => item.resourceType === 'total')?.requestCount ?? 0,
    renderBlocking: blocking.length,
  };
}

/** Every figure's median over several runs of one page. */
export function medianFigures(runs: readonly PageFigures[]): PageFigures {
  const of = (pick: (figures: PageFigures) => number) => median(runs, pick) ?? Number.NaN;
  return {
    performance: of((r) => r.performance),
    accessibility: of((r) => r.accessibility),
    bestPractices: of((r) => r.bestPractices),
    seo: of((r) => r.seo),
    lcp: of((r) => r.lcp),
    fcp: of((r) => r.fcp),
    tbt: of((r) => r.tbt),
    speedIndex: of((r) => r.speedIndex),
    cls: of((r) => r.cls),
    bytes: {
      html: of((r) => r.bytes.html),
      css: of((r) => r.bytes.css),
      js: of((r) => r.bytes.js),
      fonts: of((r) => r.bytes.fonts),
      images: of((r) => r.bytes.images),
      total: of((r) => r.bytes.total),
    },
    requests: of((r) => r.requests),
    renderBlocking: of((r) => r.renderBlocking),
  };
}

/**
 * How many times slower than a reference a page is: the median of the ratios of runs made side by
 * side (the page's run i over the reference's run i), so a slow spell of the machine, which slows
 * both runs of a pair, cancels out.
 */
export function pairedRatio(values: readonly number[], references: readonly number[]): number {
  if (values.length !== references.length || values.length === 0) {
    throw new RangeError(`pairedRatio: ${values.length} runs against ${references.length} reference runs`);
  }
  return median(values, (value, index) => value / references[index]!)!;
}

/**
 * Synthetic articles for the build benchmark: deterministic (a seeded generator, no clock), spread
 * across the timeline's years, every fifth with an investment, all naming companies that exist.
 */
import { daysInMonth } from '../../src/lib/dates.ts';

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same articles. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic article's file name and text. */
export interface SyntheticArticle {
  fileName: string;
  text: string;
}

const PARAGRAPH =
  'This is a synthetic article written by the build benchmark. It has the length and shape of a short news report, with a few sentences about a partnership, a product and a plan, so that the build does the same work for it as for a real article.';

/** `count` articles dated between `firstYear` and `lastYear`, naming only the given company slugs. */
export function syntheticArticles(
  count: number,
  options: { firstYear: number; lastYear: number; companies: readonly string[]; seed?: number },
): SyntheticArticle[] {
  const random = seededRandom(options.seed ?? 1);
  const pick = () => options.companies[Math.floor(random() * options.companies.length)] ?? options.companies[0]!;
  return Array.from({ length: count }, (_, index) => {
    const year = options.firstYear + Math.floor(random() * (options.lastYear - options.firstYear + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(year, month));
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const slug = `${date}-synthetic-${String(index + 1).padStart(5, '0')}`;
    const [first, second] = [pick(), pick()];
    const investment =
      index % 5 === 0
        ? [
            'investments:',
            `  - investor: ${first}`,
            `    target: ${second}`,
            `    amount: ${Math.round(1e9 + random() * 9e11)}`,
            '    currency: KRW',
            '    kind: equity',
            '    note: Synthetic figure for the build benchmark.',
          ]
        : [];
    const text = [
      '---',
      `title: "Synthetic event ${index + 1}"`,
      `date: '${date}'`,
      'language: en',
      `summary: "A synthetic event number ${index + 1}, generated for the build benchmark."`,
      'source:',
      '  name: Benchmark',
      `companies: [${[...new Set([first, second])].join(', ')}]`,
      ...investment,
      '---',
      '',
      PARAGRAPH,
      '',
      PARAGRAPH,
      '',
    ].join('\n');
    return { fileName: `${slug}.mdx`, text };
  });
}

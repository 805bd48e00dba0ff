/**
 * Generated content for the charts' property tests: content folders the schema accepts, from the
 * ordinary to the extreme (any date from 0000 to 9999, amounts from 0.01 to 10^18, shares from
 * 0.0001%, names of any length in Latin and Hangul), and the charts' dataset built from them the
 * way a build builds it.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { parseYaml } from '../../../src/lib/content/frontmatter.ts';
import { companySchema, INVESTMENT_KINDS, rateTableSchema, siteSchema } from '../../../src/lib/content/schema.ts';
import { checkContent, slugFromPath, type ContentFile } from '../../../src/lib/content/validate.ts';
import { buildInvestments, buildInvolvement, buildOwnership } from '../../../src/lib/chartRecords.ts';
import { daysInMonth } from '../../../src/lib/dates.ts';
import { yearSpan } from '../../../src/lib/timeline.ts';
import { SITE_FILE } from '../content/siteFile.ts';

const CURRENCIES = ['KRW', 'USD', 'EUR', 'JPY'] as const;
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 &.()-',
  ...'가나다라마바사아자차카타파하한국전자통신연구원엔터테인먼트',
];

/** A non-empty name of Latin letters, Hangul, digits and punctuation, up to `max` characters. */
const text = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: max })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

/** A free-text label (not a slug: it starts with a capital letter). */
const label = text(59).map((value) => `X${value}`.slice(0, 60));

/** A calendar date, mostly around today's timeline, sometimes anywhere in 0000–9999. */
const date = fc
  .record({
    year: fc.oneof({ arbitrary: fc.integer({ min: 2000, max: 2030 }), weight: 30 }, fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    [
      String(year).padStart(4, '0'),
      String(month).padStart(2, '0'),
      String(Math.min(day, daysInMonth(year, month))).padStart(2, '0'),
    ].join('-'),
  );

/** An amount from 0.01 to 10^18 (₩1 million to hundreds of trillions, $1,000 to hundreds of billions, and beyond), spread by order of magnitude. */
const amount = fc
  .record({ mantissa: fc.double({ min: 1, max: 9.99, noNaN: true }), exponent: fc.integer({ min: -2, max: 17 }) })
  .map(({ mantissa, exponent }) => Number((mantissa * 10 ** exponent).toPrecision(4)));

/** A share: 0.01% to 100%, or anything in between. */
const percent = fc.oneof(fc.constantFrom(0.01, 100), fc.double({ min: 0.0001, max: 100, noNaN: true }));

/** Holdings adding up to at most 100%. */
const holdings = (slugs: readonly string[]) =>
  fc
    .record({
      total: fc.double({ min: 0.01, max: 100, noNaN: true }),
      holders: fc.array(
        fc.record({
          holder: fc.oneof(fc.constantFrom(...slugs), label),
          weight: fc.double({ min: 0.001, max: 1, noNaN: true }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
    })
    .map(({ total, holders }) => {
      const sum = holders.reduce((s, h) => s + h.weight, 0);
      return holders.map((h) => ({
        holder: h.holder,
        percent: Math.max(0.0001, Math.floor((h.weight / sum) * total * 10000) / 10000),
        source: 'Generated',
      }));
    });

/** Company files: `count` companies with names of any length, some with a Korean name, short name or alliance. */
const companyFiles = (count: fc.Arbitrary<number>) =>
  count.chain((n) =>
    fc.array(
      fc.record(
        { name: text(80), nameKo: text(30), shortName: text(20), alliance: fc.constant('kt-lg') },
        { requiredKeys: ['name'] },
      ),
      { minLength: n, maxLength: n },
    ),
  );

/** One article's frontmatter, naming companies from `slugs`, with up to `investments.max` investments. */
const article = (slugs: readonly string[], investments: { min: number; max: number }) =>
  fc.record(
    {
      title: text(200),
      titleKo: text(100),
      date,
      language: fc.constant('en'),
      summary: text(200),
      source: fc.constant({ name: 'Generated' }),
      companies: fc.uniqueArray(fc.constantFrom(...slugs), { minLength: 1, maxLength: 6 }),
      investments: fc.array(
        fc.record(
          {
            investor: fc.constantFrom(...slugs),
            target: fc.oneof(fc.constantFrom(...slugs), label),
            amount,
            currency: fc.constantFrom(...CURRENCIES),
            usd: amount,
            stake: percent,
            kind: fc.constantFrom(...INVESTMENT_KINDS),
            date,
          },
          { requiredKeys: ['investor', 'target', 'amount', 'currency', 'kind'] },
        ),
        { minLength: investments.min, maxLength: investments.max },
      ),
      ownership: fc.record({ company: fc.constantFrom(...slugs), before: holdings(slugs), after: holdings(slugs) }),
    },
    { requiredKeys: ['title', 'date', 'language', 'summary', 'source', 'companies'] },
  );

/** A generated content folder's files. */
export interface GeneratedContent {
  companies: ContentFile[];
  rates: ContentFile;
  articles: ContentFile[];
}

/** Content folders: companies, exchange rates and articles, as files. */
export const content = (
  companies: fc.Arbitrary<number>,
  articles: { min: number; max: number },
  investments = { min: 0, max: 12 },
): fc.Arbitrary<GeneratedContent> =>
  companyFiles(companies).chain((files) => {
    const slugs = files.map((_, index) => `company-${index}`);
    return fc.record({
      companies: fc.constant(
        files.map((data, index) => ({ path: `content/companies/${slugs[index]}.yaml`, text: dump(data) })),
      ),
      rates: fc
        .array(fc.double({ min: 0.001, max: 100000, noNaN: true }), { minLength: 3, maxLength: 3 })
        .map((perUsd) => ({
          path: 'content/rates.yaml',
          text: dump(
            ['KRW', 'EUR', 'JPY'].map((currency, i) => ({
              currency,
              perUsd: perUsd[i],
              date: '2020-01-01',
              source: 'Generated',
            })),
          ),
        })),
      articles: fc
        .array(article(slugs, investments), { minLength: articles.min, maxLength: articles.max })
        .map((list) =>
          list.map((data, index) => ({
            path: `content/articles/a-${index}.mdx`,
            text: `---\n${dump(data)}---\n\nText.\n`,
          })),
        ),
    });
  });

/** The charts' dataset of generated content (which must be valid), through the same checks and builders as a build. */
export function dataset(files: GeneratedContent) {
  const checked = checkContent({ ...files, site: SITE_FILE });
  if (checked.problems.length > 0) throw new Error(`generated content is invalid: ${JSON.stringify(checked.problems)}`);
  const articles = checked.articles.map(({ file, data }) => ({ id: slugFromPath(file.path), data }));
  const companies = new Map(
    files.companies.map((file) => {
      const parsed = parseYaml(file.text);
      return [
        slugFromPath(file.path),
        { id: slugFromPath(file.path), data: companySchema.parse(parsed.ok ? parsed.data : {}) },
      ];
    }),
  );
  const rates = rateTableSchema.parse((parseYaml(files.rates.text) as { data: unknown }).data);
  const site = siteSchema.parse((parseYaml(SITE_FILE.text) as { data: unknown }).data);
  return {
    years: yearSpan(articles) ?? ([2000, 2000] as [number, number]),
    investments: buildInvestments(articles, companies, rates),
    ownership: buildOwnership(articles, companies),
    involvement: buildInvolvement(articles, companies, site.alliances),
  };
}

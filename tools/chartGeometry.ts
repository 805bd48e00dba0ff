/**
 * `node tools/chartGeometry.ts`: a fingerprint of every chart's geometry, for changes to the chart
 * code that must not move a mark. It lays out all three charts as the pages do (the timeline's and
 * every company's, both editions, both drawings and a few other widths) for the real content, each
 * fixture folder joined to it, and generated archives of a few hundred articles, and prints a hash
 * of each and of all. Run it before and after a refactor: the hashes must be equal.
 *
 * `--time=N` also times the layout of every chart of an archive of N generated articles (the median
 * of seven runs, in CPU time), for docs/performance.md. `--dump=FILE` writes the geometry itself, to compare two
 * runs that differ.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive, type Dataset } from '../src/lib/archive.ts';
import { investmentsChartLayout } from '../src/lib/charts/investmentsChart.ts';
import { layoutInvolvementChart } from '../src/lib/charts/involvementChart.ts';
import { layoutOwnershipChart, recentOwnership } from '../src/lib/charts/ownershipChart.ts';
import { VARIANTS, type ChartVariant } from '../src/lib/charts/variants.ts';
import { parseYaml } from '../src/lib/content/frontmatter.ts';
import { companySchema, rateTableSchema, siteSchema } from '../src/lib/content/schema.ts';
import { checkContent, slugFromPath, type ContentFile } from '../src/lib/content/validate.ts';
import { investmentsInvolving } from '../src/lib/chartRecords.ts';
import { formatDate } from '../src/lib/dates.ts';
import { dictionary } from '../src/lib/i18n/index.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { readContent } from '../src/node/contentDir.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

/** The site's two drawings, and others a few widths apart, each with its settings. */
const DRAWINGS: readonly ChartVariant[] = [
  VARIANTS.compact,
  VARIANTS.wide,
  { ...VARIANTS.compact, width: 240 },
  { ...VARIANTS.compact, width: 480 },
  { ...VARIANTS.wide, width: 1000 },
];

/** Generated archives: their sizes, seeds and years; `alone` without today's articles (four years: bins of quarters). */
const SYNTHETIC = [
  { count: 60, seed: 1, years: [2017, 2024], alone: false },
  { count: 300, seed: 2, years: [2010, 2024], alone: false },
  { count: 500, seed: 3, years: [1990, 2024], alone: false },
  { count: 200, seed: 4, years: [2021, 2024], alone: true },
] as const;

const { values } = parseArgs({ options: { time: { type: 'string' }, dump: { type: 'string' } } });

/** A content folder as the build reads it, without its MDX bodies: the charts never read them. */
function archiveOf(dir: string) {
  const input = readContent(dir);
  const { problems, articles } = checkContent(input);
  if (problems.length > 0)
    throw new Error(`${dir}: ${problems.length} content problems, first ${JSON.stringify(problems[0])}`);
  const yamlOf = (file: ContentFile | undefined) => {
    const parsed = parseYaml(file?.text ?? '');
    return parsed.ok ? parsed.data : undefined;
  };
  return buildArchive({
    articles: articles.map(({ file, data }) => ({ id: slugFromPath(file.path), data })),
    companies: input.companies.map((file) => ({
      id: slugFromPath(file.path),
      data: companySchema.parse(yamlOf(file)),
    })),
    rates: rateTableSchema.parse(yamlOf(input.rates) ?? []),
    site: siteSchema.parse(yamlOf(input.site)),
  });
}

/** Every chart the pages draw from an archive, in every edition and drawing, by name. */
function layoutEveryChart(
  dataset: Dataset,
  span: [number, number] | undefined,
  companies: readonly string[],
  drawings: readonly ChartVariant[],
): Map<string, unknown> {
  const charts = new Map<string, unknown>();
  const years = span ?? [2000, 2000];
  for (const locale of LOCALES) {
    const t = dictionary(locale).charts.ownership;
    const ownership = (records: Dataset['ownership'], page: string) =>
      recentOwnership(records).shown.forEach((record, index) => {
        const when = formatDate(record.date, locale);
        for (const variant of drawings) {
          charts.set(
            `${page} ownership-${index} ${locale} ${variant.name}@${variant.width}`,
            layoutOwnershipChart(record, { variant, captions: [t.before(when), t.after(when)], locale }),
          );
        }
      });
    const investments = (records: Dataset['investments'], page: string) => {
      if (records.length === 0) return;
      const layout = investmentsChartLayout(records, { locale, years });
      for (const variant of drawings) {
        charts.set(`${page} investments ${locale} ${variant.name}@${variant.width}`, layout(variant));
      }
    };
    investments(dataset.investments, '/');
    ownership(dataset.ownership, '/');
    for (const variant of drawings) {
      charts.set(
        `/ involvement ${locale} ${variant.name}@${variant.width}`,
        layoutInvolvementChart(dataset.involvement, { variant, locale }),
      );
    }
    for (const slug of companies) {
      investments(investmentsInvolving(dataset.investments, slug), `/companies/${slug}/`);
      ownership(
        dataset.ownership.filter((record) => record.company.slug === slug),
        `/companies/${slug}/`,
      );
    }
  }
  return charts;
}

/** JSON with every object's keys in order: the same geometry gives the same text, however it was built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A copy of the real content, with `edit` applied; removed after `use`. */
function withContent<T>(edit: (dir: string) => void, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'chart-geometry-'));
  try {
    cpSync('content', dir, { recursive: true });
    edit(dir);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fingerprint(dir: string): { charts: Map<string, unknown>; count: number } {
  const archive = archiveOf(dir);
  return {
    charts: layoutEveryChart(archive.dataset, archive.span, [...archive.companies.keys()], DRAWINGS),
    count: archive.articles.length,
  };
}

const sources: [string, (dir: string) => void][] = [
  ['content', () => {}],
  ...readdirSync('tests/fixtures', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join('tests/fixtures', entry.name)).includes('articles'))
    .filter((entry) => entry.name !== 'bad-content')
    .map((entry): [string, (dir: string) => void] => [
      `tests/fixtures/${entry.name}`,
      (dir) => cpSync(join('tests/fixtures', entry.name), dir, { recursive: true }),
    ]),
  ...SYNTHETIC.map(({ count, seed, years, alone }): [string, (dir: string) => void] => [
    `synthetic ${count} (seed ${seed}, ${years.join('–')}${alone ? ', alone' : ''})`,
    (dir) => {
      if (alone) rmSync(join(dir, 'articles'), { recursive: true });
      writeSyntheticContent(dir, count, { seed, years });
    },
  ]),
];

const all: string[] = [];
const dump: Record<string, unknown> = {};
for (const [name, edit] of sources) {
  const { charts, count } = withContent(edit, fingerprint);
  const text = canonical([...charts]);
  all.push(text);
  if (values.dump) dump[name] = Object.fromEntries(charts);
  console.log(`${hash(text)}  ${name}: ${count} articles, ${charts.size} charts`);
}
console.log(`${hash(all.join('\n'))}  all`);
if (values.dump) writeFileSync(values.dump, canonical(dump));

if (values.time) {
  const count = Number(values.time);
  withContent(
    (dir) => void writeSyntheticContent(dir, count, { years: [2000, 2024] }),
    (dir) => {
      // As a build draws them: the timeline's cards and every company's charts, in both drawings;
      // each run with an archive of its own, so that nothing worked out for one run serves the next.
      // CPU time, not the clock's: on a busy machine the clock counts other processes' turns too.
      const runs = Array.from({ length: 7 }, () => {
        const archive = archiveOf(dir);
        const companies = [...archive.companies.keys()];
        const start = process.cpuUsage();
        layoutEveryChart(archive.dataset, archive.span, companies, [VARIANTS.compact, VARIANTS.wide]);
        const { user, system } = process.cpuUsage(start);
        return (user + system) / 1000;
      }).sort((a, b) => a - b);
      const ms = (value: number) => value.toFixed(0);
      console.log(
        `layout of every chart at ${count} articles: CPU time median ${ms(runs[3]!)} ms, fastest ${ms(runs[0]!)} ms (runs ${runs.map(ms).join(', ')})`,
      );
    },
  );
}

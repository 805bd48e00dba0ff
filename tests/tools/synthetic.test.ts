import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleData, CompanyData } from '../../src/lib/content/schema.ts';
import { checkContent, type ContentCheck } from '../../src/lib/content/validate.ts';
import { HANGUL } from '../../src/lib/i18n/hangul.ts';
import { readContent } from '../../src/node/contentDir.ts';
import {
  MAX_SYNTHETIC_COMPANIES,
  readContentContext,
  seededRandom,
  syntheticCompanyCount,
  syntheticContent,
  writeSyntheticContent,
  type SyntheticContent,
} from '../../tools/lib/synthetic.ts';

const PROJECT_ROOT = join(import.meta.dirname, '../..');
const COUNT = 1000;

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    for (const value of first) expect(value >= 0 && value < 1, `${value} is in [0, 1)`).toBe(true);
  });
});

describe('syntheticCompanyCount', () => {
  it('grows with the articles up to a few hundred companies', () => {
    expect(syntheticCompanyCount(30)).toBe(1);
    expect(syntheticCompanyCount(1000)).toBe(34);
    expect(syntheticCompanyCount(10_000)).toBe(MAX_SYNTHETIC_COMPANIES);
  });
});

describe('syntheticContent', () => {
  const options = {
    companies: [{ slug: 'kt', name: 'KT' }],
    alliances: ['kt-lg'],
    rateCurrencies: ['KRW'],
  };

  it('is the same for the same seed and differs for another', () => {
    const content = syntheticContent(50, options);
    expect(syntheticContent(50, options)).toEqual(content);
    expect(syntheticContent(50, { ...options, seed: 2 }).articles).not.toEqual(content.articles);
  });

  it('keeps to the years it is given', () => {
    const { articles } = syntheticContent(200, { ...options, years: [2020, 2021] });
    const years = new Set(articles.map((article) => /^articles\/(\d{4})-/.exec(article.path)?.[1]));
    expect([...years].sort()).toEqual(['2020', '2021']);
  });

  it('dates a share of the articles a day or two after the one before, within the years, when asked', () => {
    const dateOf = (path: string) => /^articles\/(\d{4}-\d{2}-\d{2})-/.exec(path)![1]!;
    const apart = (articles: readonly { path: string }[]) =>
      articles.slice(1).map((article, index) => {
        const days = (Date.parse(dateOf(article.path)) - Date.parse(dateOf(articles[index]!.path))) / 86_400_000;
        return Math.abs(days);
      });
    const close = syntheticContent(200, { ...options, years: [2023, 2024], closeShare: 0.3 }).articles;
    const closePairs = apart(close).filter((days) => days >= 1 && days <= 2).length;
    expect(closePairs).toBeGreaterThan(200 * 0.2);
    for (const article of close)
      expect(dateOf(article.path) >= '2023-01-01' && dateOf(article.path) <= '2024-12-31').toBe(true);
    // Without the option, dates are drawn on their own, and few fall so close.
    const drawn = syntheticContent(200, { ...options, years: [2023, 2024] }).articles;
    expect(apart(drawn).filter((days) => days >= 1 && days <= 2).length).toBeLessThan(closePairs / 2);
  });
});

describe('writeSyntheticContent into a copy of the content folder', () => {
  let dir: string;
  let written: SyntheticContent;
  let articles: ArticleData[];
  let companies: CompanyData[];
  let siteAlliances: readonly string[];
  let check: ContentCheck;

  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'content');
    cpSync(join(PROJECT_ROOT, 'content'), dir, { recursive: true });
    siteAlliances = readContentContext(dir).alliances;
    written = writeSyntheticContent(dir, COUNT);
    // The checks `npm run check:content` runs, MDX bodies included, on the whole folder.
    check = checkContent(readContent(dir));
    articles = check.articles.filter(({ file }) => file.path.includes('-synthetic-')).map(({ data }) => data);
    companies = written.companies.map((file) => yaml.load(file.text, { schema: yaml.CORE_SCHEMA }) as CompanyData);
  });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('writes every file so that it passes the content check (`npm run check:content`), without a warning', () => {
    expect(check.problems).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(articles).toHaveLength(COUNT);
  });

  it('spreads the articles over 2017–2024, more of them in later years', () => {
    const perYear = Map.groupBy(articles, (article) => Number(article.date.slice(0, 4)));
    expect([...perYear.keys()].sort()).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(perYear.get(2024)?.length).toBeGreaterThan(3 * (perYear.get(2017)?.length ?? 0));
  });

  it('writes English and Korean articles, with and without their translations', () => {
    const english = articles.filter((article) => article.language === 'en');
    const korean = articles.filter((article) => article.language === 'ko');
    expect(korean.length).toBeGreaterThan(COUNT / 5);
    expect(korean.every((article) => HANGUL.test(article.title))).toBe(true);
    for (const [list, field] of [
      [english, 'titleKo'],
      [english, 'summaryKo'],
      [korean, 'titleEn'],
      [korean, 'summaryKo'],
    ] as const) {
      const share = list.filter((article) => article[field] !== undefined).length / list.length;
      expect(share, `${field}`).toBeGreaterThan(0.2);
      expect(share, `${field}`).toBeLessThan(0.95);
    }
    const koreanBodies = written.articles.filter((file) => /\n\n[^\n]*[가-힣]{2,}[^\n]*다\./.test(file.text));
    expect(koreanBodies.length).toBe(korean.length);
  });

  it('tags from a small vocabulary', () => {
    const tags = new Set(articles.flatMap((article) => article.tags ?? []));
    expect(tags.size).toBeGreaterThan(5);
    expect(tags.size).toBeLessThanOrEqual(15);
  });

  it('gives a fifth of the articles investments, in currencies with a rate or with a dollar figure', () => {
    const investments = articles.flatMap((article) => article.investments ?? []);
    const withInvestments = articles.filter((article) => article.investments).length;
    expect(withInvestments / COUNT).toBeGreaterThan(0.15);
    expect(withInvestments / COUNT).toBeLessThan(0.25);
    const currencies = new Set(investments.map((investment) => investment.currency));
    expect(currencies.size).toBeGreaterThanOrEqual(4);
    expect(investments.some((investment) => investment.currency === 'KRW' && investment.usd === undefined)).toBe(true);
    const amounts = investments.map((investment) => investment.amount);
    expect(Math.min(...amounts)).toBeLessThan(100);
    expect(Math.max(...amounts)).toBeGreaterThan(1e11);
    expect(investments.some((investment) => !/^[a-z0-9-]+$/.test(investment.target))).toBe(true);
  });

  it('records some ownership, with several holders', () => {
    const records = articles.flatMap((article) => (article.ownership ? [article.ownership] : []));
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(COUNT / 50);
    for (const record of records) expect(record.after.length).toBeGreaterThanOrEqual(2);
  });

  it('writes companies of its own, some in an alliance, some with long or Korean names', () => {
    expect(companies).toHaveLength(syntheticCompanyCount(COUNT));
    const alliances = companies.flatMap((company) => (company.alliance ? [company.alliance] : []));
    expect(alliances.length).toBeGreaterThan(0);
    for (const alliance of alliances) expect(siteAlliances).toContain(alliance);
    expect(companies.some((company) => company.name.length > 60 && company.shortName)).toBe(true);
    expect(companies.some((company) => company.nameKo)).toBe(true);
    expect(companies.some((company) => !company.nameKo)).toBe(true);
  });

  it('names the generated companies in articles', () => {
    const named = new Set(articles.flatMap((article) => article.companies));
    const generated = written.companies.map((file) => file.path.replace(/^companies\/|\.yaml$/g, ''));
    expect(generated.filter((slug) => named.has(slug)).length).toBeGreaterThan(generated.length / 2);
  });

  it('uses the MDX components real articles use', () => {
    for (const component of ['PullQuote', 'PhotoCaption', 'Money']) {
      expect(
        written.articles.some((file) => file.text.includes(`<${component}`)),
        component,
      ).toBe(true);
    }
  });
});

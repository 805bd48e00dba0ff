/**
 * Synthetic content for benchmarks and browser tests: an archive that has grown the way a real one
 * would, generated deterministically (a seeded generator, no clock). More articles in later years;
 * English and Korean articles, some with their translations and some without; tags from a small
 * vocabulary; a share with investments in several currencies; a few ownership records; and up to a
 * few hundred companies of their own, some in the site's alliances, some with long or Korean names.
 * Every file passes `npm run check:content` without a warning (tests/tools/synthetic.test.ts checks
 * it with the real validator): writing it into a folder also gives its rate table a rate for every
 * year of the span, so no figure is converted at a rate from another year.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { INVESTMENT_KINDS, SLUG_PATTERN } from '../../src/lib/content/schema.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { daysInMonth } from '../../src/lib/dates.ts';

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same content. */
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

/** A generated file: its path inside the content folder (`articles/….mdx`, `companies/….yaml`) and its text. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** A company's slug and names, as the articles' text writes them. */
export interface CompanyNames {
  slug: string;
  name: string;
  /** The short form, which the text uses in place of a long name. */
  shortName?: string | undefined;
  nameKo?: string | undefined;
}

/** What the generated content may refer to in the content folder it joins. */
export interface SyntheticOptions {
  /** The companies already in the folder; articles name them as well as the generated ones. */
  companies: readonly CompanyNames[];
  /** Alliance ids from `site.yaml`; some generated companies join one. */
  alliances: readonly string[];
  /** Currencies `rates.yaml` has a rate for: investments in them may leave out the `usd` figure. */
  rateCurrencies: readonly string[];
  /** Default 1. */
  seed?: number;
  /** The first and last year of the articles' dates; default 2017 and 2024. */
  years?: readonly [number, number];
  /**
   * The share of articles (0 to 1) dated a day or two after the article generated before them, as
   * news that follows news is; default 0, every date drawn on its own.
   */
  closeShare?: number;
}

/** The generated articles and companies. */
export interface SyntheticContent {
  articles: SyntheticFile[];
  companies: SyntheticFile[];
}

/** The most companies generated, however many articles: enough for charts and lists of hundreds. */
export const MAX_SYNTHETIC_COMPANIES = 300;

/** How many companies come with `count` articles: one for every 30 articles, at most `MAX_SYNTHETIC_COMPANIES`. */
export function syntheticCompanyCount(count: number): number {
  return Math.min(MAX_SYNTHETIC_COMPANIES, Math.ceil(count / 30));
}

/** `count` articles and their companies, the same for the same options. */
export function syntheticContent(count: number, options: SyntheticOptions): SyntheticContent {
  const random = seededRandom(options.seed ?? 1);
  const taken = new Set(options.companies.map((company) => company.slug));
  const companies = Array.from({ length: syntheticCompanyCount(count) }, (_, index) =>
    syntheticCompany(random, index, taken, options.alliances),
  );
  // Existing companies first: picks favour the start of the list, so a few companies are in
  // thousands of articles (as the founding ones of a real archive would be) and most in a few.
  const everyCompany = [...options.companies, ...companies];
  if (everyCompany.length === 0) throw new Error('Synthetic articles need at least one company to name.');
  const context = {
    ...options,
    pool: everyCompany.map((company) => company.slug),
    names: new Map(
      everyCompany.map(({ slug, name, shortName, nameKo }) => [
        slug,
        { en: shortName ?? name, ko: nameKo ?? shortName ?? name },
      ]),
    ),
  };
  const articles: SyntheticFile[] = [];
  let previous: string | undefined;
  for (let index = 0; index < count; index += 1) {
    // Only a content with close dates asks the generator for them, so every other stays as it was.
    const close = previous !== undefined && (options.closeShare ?? 0) > 0 && random() < options.closeShare!;
    const date = close ? daysAfter(previous!, 1 + Math.floor(random() * 2), context.years ?? DEFAULT_YEARS) : undefined;
    const article = syntheticArticle(random, index, context, date);
    previous = article.date;
    articles.push(article.file);
  }
  return {
    articles,
    companies: companies.map((company) => ({ path: `companies/${company.slug}.yaml`, text: company.text })),
  };
}

/**
 * Writes `count` synthetic articles and their companies into a content folder that already has its
 * `site.yaml`, `rates.yaml` and companies, and returns what it wrote. Browser tests and the build
 * benchmark use this on a copy of the content, never on the real `content/`.
 */
export function writeSyntheticContent(
  contentDir: string,
  count: number,
  options: Pick<SyntheticOptions, 'seed' | 'years' | 'closeShare'> = {},
): SyntheticContent {
  const context = readContentContext(contentDir);
  const content = syntheticContent(count, { ...context, ...options });
  for (const file of [...content.articles, ...content.companies]) {
    const path = join(contentDir, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.text);
  }
  // A folder grown before (tools/testGrown.ts) already has some of these rates: each is written once.
  const written = new Set(
    ((readYaml(join(contentDir, 'rates.yaml')) ?? []) as { currency: string; date: string }[]).map(
      (rate) => `${rate.currency} ${rate.date}`,
    ),
  );
  const rates = syntheticRates(context.rateCurrencies, options.years ?? DEFAULT_YEARS).filter(
    (rate) => !written.has(`${rate.currency} ${rate.date}`),
  );
  if (rates.length > 0)
    appendFileSync(join(contentDir, 'rates.yaml'), `\n${dumpYaml(rates as unknown as Record<string, unknown>)}`);
  return content;
}

/**
 * A rate of every currency the table has, on 1 July of every year of the span: every day of those
 * years is within half a year of one, as `check:content` wants a conversion's rate to be (a rate a
 * year or more away is a warning). Rough figures, marked as synthetic.
 */
export function syntheticRates(currencies: readonly string[], [firstYear, lastYear]: readonly [number, number]) {
  return currencies.flatMap((currency) =>
    Array.from({ length: lastYear - firstYear + 1 }, (_, index) => ({
      currency,
      perUsd: ROUGH_PER_USD[currency] ?? 1,
      date: `${firstYear + index}-07-01`,
      source: 'Synthetic rate, generated for benchmarks and tests',
    })),
  );
}

/** The companies, alliance ids and rate currencies of a content folder, for `syntheticContent`. */
export function readContentContext(contentDir: string): Omit<SyntheticOptions, 'seed' | 'years'> {
  const companies = readdirSync(join(contentDir, 'companies'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/i.test(file))
    .sort()
    .map((file) => {
      const data = readYaml(join(contentDir, 'companies', file)) as Partial<CompanyNames> | undefined;
      const slug = slugFromPath(file);
      return { slug, name: data?.name ?? slug, shortName: data?.shortName, nameKo: data?.nameKo };
    });
  const site = readYaml(join(contentDir, 'site.yaml')) as { alliances?: { id: string }[] } | undefined;
  const rates = (readYaml(join(contentDir, 'rates.yaml')) ?? []) as { currency: string }[];
  return {
    companies,
    alliances: (site?.alliances ?? []).map((alliance) => alliance.id),
    rateCurrencies: [...new Set(rates.map((rate) => rate.currency))].sort(),
  };
}

function readYaml(path: string): unknown {
  try {
    return yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Companies

/** Parts of company names, in English and in Korean. */
const NAME_STEMS: readonly (readonly [en: string, ko: string])[] = [
  ['Hanbit', '한빛'],
  ['Daon', '다온'],
  ['Saebom', '새봄'],
  ['Nuri', '누리'],
  ['Arum', '아름'],
  ['Haneul', '하늘'],
  ['Gaon', '가온'],
  ['Bitna', '빛나'],
  ['Doran', '도란'],
  ['Seoul', '서울'],
  ['Busan', '부산'],
  ['Jeju', '제주'],
  ['Incheon', '인천'],
  ['Mirae', '미래'],
  ['Areum', '아름'],
  ['Taeyang', '태양'],
];
const SECTORS: readonly (readonly [en: string, ko: string])[] = [
  ['Networks', '네트웍스'],
  ['Robotics', '로보틱스'],
  ['Media', '미디어'],
  ['Music', '뮤직'],
  ['Labs', '랩스'],
  ['Semiconductor', '반도체'],
  ['Cloud', '클라우드'],
  ['Studios', '스튜디오'],
  ['Mobility', '모빌리티'],
  ['Games', '게임즈'],
  ['Entertainment', '엔터테인먼트'],
  ['Telecom', '텔레콤'],
];
/** The longest English name a chart's row label takes; Korean names are kept within eight syllables for the same reason. */
const LABEL_MAX_LENGTH = 16;
const LONG_NAMES = [
  'Korea Institute for Advanced Broadcasting and Telecommunications Convergence Research',
  'National Agency for Artificial Intelligence, Extended Reality and Digital Content Promotion',
  'Asia-Pacific Consortium of Mobile Network Operators for Open Radio Access Networks',
];

interface GeneratedCompany extends CompanyNames {
  text: string;
}

function syntheticCompany(
  random: () => number,
  index: number,
  taken: Set<string>,
  alliances: readonly string[],
): GeneratedCompany {
  const long = random() < 0.08;
  const [stem, stemKo] = pickFrom(random, NAME_STEMS);
  const [sector, sectorKo] = pickFrom(random, SECTORS);
  const name = long ? `${pickFrom(random, LONG_NAMES)} ${index + 1}` : `${stem} ${sector}`;
  // A name longer than a chart's row label gets a short form, as the build asks an editor to add
  // (the involvement chart refuses wider labels); its slug is made from it, as an editor would.
  const shortName = name.length > LABEL_MAX_LENGTH ? `${initials(name)} ${index + 1}` : undefined;
  const slug = uniqueSlug(slugify(long && shortName ? shortName : name), taken);
  const nameKo = random() < 0.6 ? `${stemKo}${sectorKo}` : undefined;
  const data: Record<string, unknown> = { name, shortName, nameKo };
  if (random() < 0.7) data['url'] = `https://www.${slug}.example`;
  if (alliances.length > 0 && random() < 0.3) data['alliance'] = pickFrom(random, alliances);
  // A parent among the companies before it (existing or generated), so no company is its own ancestor.
  if (index > 0 && random() < 0.1) data['parent'] = [...taken][Math.floor(random() * taken.size)];
  taken.add(slug);
  return {
    slug,
    name,
    shortName,
    nameKo,
    text: `# A synthetic company, generated for benchmarks and tests.\n${dumpYaml(data)}`,
  };
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  if (!SLUG_PATTERN.test(slug)) throw new Error(`Generated company slug "${slug}" is not a slug.`);
  return slug;
}

function initials(name: string): string {
  return name
    .split(/[\s,-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Articles

/** A small vocabulary, as a real archive's tags would be. */
const TAGS = 'ai alliance music xr telecom smarthome content 5g cloud robotics media investment'.split(' ');
/** What the articles are about, in English and in Korean. */
const TOPICS: readonly (readonly [en: string, ko: string])[] = [
  ['artificial intelligence', '인공지능'],
  ['music streaming', '음원 스트리밍'],
  ['extended reality', '확장현실'],
  ['smart homes', '스마트홈'],
  ['5G networks', '5G 네트워크'],
  ['cloud gaming', '클라우드 게임'],
  ['original content', '오리지널 콘텐츠'],
  ['robotics', '로봇'],
];
const PUBLISHERS = [
  'The Korea Herald',
  'Yonhap News Agency',
  'The Korea Times',
  'Korea JoongAng Daily',
  'BusinessKorea',
];
const PUBLISHERS_KO = ['연합뉴스', '조선일보', '중앙일보', '매일경제', '한국경제', '전자신문'];
const AUTHORS = ['Song Su-hyun', 'Kim Ji-yeon', 'Park Min-jun', 'Lee Seo-yeon', 'Choi Hyun-woo'];
/** Free-text investment targets (not companies), in English and in Korean. */
const LABELS = [
  ['Original content', '오리지널 콘텐츠'],
  ['AI research fund', 'AI 연구 기금'],
  ['Data centre in Seoul', '서울 데이터센터'],
  ['Start-up fund', '스타트업 펀드'],
] as const;
/** Currencies besides those with a rate; any of them without a rate comes with a `usd` figure. */
const OTHER_CURRENCIES = ['USD', 'JPY', 'EUR', 'CNY'];
/** The years of the articles' dates when none are given. */
const DEFAULT_YEARS: readonly [number, number] = [2017, 2024];

/** Rough units per US dollar, only to make a synthetic `usd` figure (and rate) of the right size. */
const ROUGH_PER_USD: Readonly<Record<string, number>> = { KRW: 1200, JPY: 150, EUR: 0.9, CNY: 7 };

/** A text in English and in Korean. */
interface Names {
  en: string;
  ko: string;
}

interface ArticleContext extends SyntheticOptions {
  /** Every company slug an article may name, the most named first. */
  pool: readonly string[];
  /** Every company's names, for the text. */
  names: ReadonlyMap<string, Names>;
}

/** Who and what an article is about, for its title, summary and text. */
interface Story {
  number: number;
  first: Names;
  second: Names;
  topic: Names;
  /** The article's first investment, which the text may mention with `<Money>`. */
  investment?: Record<string, unknown> | undefined;
}

function syntheticArticle(
  random: () => number,
  index: number,
  context: ArticleContext,
  closeDate: string | undefined,
): { file: SyntheticFile; date: string } {
  const number = index + 1;
  const drawn = randomDate(random, context.years ?? DEFAULT_YEARS);
  const date = closeDate ?? drawn;
  const language = random() < 0.3 ? 'ko' : 'en';
  const companies = [...new Set(repeat(random, 1, 5, () => pickCompany(random, context.pool)))];
  const [first = { en: '', ko: '' }, second = first] = companies.map(
    (slug) => context.names.get(slug) ?? { en: slug, ko: slug },
  );
  const [topicEn, topicKo] = pickFrom(random, TOPICS);
  const story: Story = { number, first, second, topic: { en: topicEn, ko: topicKo } };
  const titleEn = `${first.en} and ${second.en} team up on ${topicEn} (${number})`;
  const titleKo = `${first.ko}·${second.ko}, ${topicKo} 협력 (${number})`;

  const data: Record<string, unknown> = { title: language === 'en' ? titleEn : titleKo };
  if (language === 'en' && random() < 0.5) data['titleKo'] = titleKo;
  if (language === 'ko' && random() < 0.6) data['titleEn'] = titleEn;
  data['date'] = date;
  data['language'] = language;
  data['summary'] =
    `${first.en} and ${second.en} agreed to work together on ${topicEn}, a synthetic event (number ${number}) generated for benchmarks and tests.`;
  if (random() < (language === 'ko' ? 0.8 : 0.4)) {
    data['summaryKo'] =
      `${first.ko}와 ${second.ko}가 ${topicKo} 분야에서 협력하기로 했다. 벤치마크와 테스트를 위해 만든 가상의 사건(${number}번)이다.`;
  }
  if (random() < 0.15)
    data['deck'] = [`The deal covers ${topicEn} and more`, 'Partners plan a joint service next year'].slice(
      0,
      random() < 0.5 ? 1 : 2,
    );
  data['source'] = syntheticSource(random, language, date, number);
  data['companies'] = companies;
  const tags = [...new Set(repeat(random, 0, 3, () => pickFrom(random, TAGS)))];
  if (tags.length > 0) data['tags'] = tags;
  const investments = random() < 0.2 ? repeat(random, 1, 3, () => syntheticInvestment(random, companies, context)) : [];
  if (investments.length > 0) data['investments'] = investments;
  if (random() < 0.005) data['ownership'] = syntheticOwnership(random, context.pool);

  const slug = `${date}-synthetic-${String(number).padStart(5, '0')}`;
  const body =
    language === 'ko' ? koreanBody(random, story) : englishBody(random, { ...story, investment: investments[0] });
  return { file: { path: `articles/${slug}.mdx`, text: `---\n${dumpYaml(data)}---\n\n${body}\n` }, date };
}

/** The day `days` after `date`, or before it when that would leave the span's last year. */
function daysAfter(date: string, days: number, [, lastYear]: readonly [number, number]): string {
  const day = new Date(`${date}T00:00:00Z`);
  const later = new Date(day.getTime() + days * 86_400_000);
  const shifted = later.getUTCFullYear() > lastYear ? new Date(day.getTime() - days * 86_400_000) : later;
  return shifted.toISOString().slice(0, 10);
}

/** A date in the span; later years are likelier (weights 1, 2, 3, …), as an archive grows. */
function randomDate(random: () => number, [firstYear, lastYear]: readonly [number, number]): string {
  const years = lastYear - firstYear + 1;
  let ticket = random() * ((years * (years + 1)) / 2);
  let year = firstYear;
  while (year < lastYear && ticket >= year - firstYear + 1) {
    ticket -= year - firstYear + 1;
    year += 1;
  }
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

function syntheticSource(
  random: () => number,
  language: string,
  date: string,
  number: number,
): Record<string, unknown> {
  const source: Record<string, unknown> = { name: pickFrom(random, language === 'ko' ? PUBLISHERS_KO : PUBLISHERS) };
  if (random() < 0.9) source['url'] = `https://news.example/articles/${number}`;
  if (random() < 0.5) source['author'] = pickFrom(random, AUTHORS);
  // Another day of the same month, which always exists: the 28th, or the 1st for an event after it.
  if (random() < 0.1) source['published'] = `${date.slice(0, 8)}${Number(date.slice(8)) < 28 ? '28' : '01'}`;
  if (random() < 0.2)
    source['archived'] = `https://archive.example/${date.replaceAll('-', '')}/news.example/articles/${number}`;
  return source;
}

function syntheticInvestment(
  random: () => number,
  companies: readonly string[],
  context: ArticleContext,
): Record<string, unknown> {
  const hasRate = context.rateCurrencies.length > 0 && random() < 0.5;
  const currency = pickFrom(random, hasRate ? context.rateCurrencies : OTHER_CURRENCIES);
  // Log-uniform up to 900 billion dollars' worth: small grants to the largest deals on record (a
  // larger figure is a warning of `check:content`: most likely zeros too many).
  const worth = 0.9 * 10 ** (random() * 12);
  const amount = roundFigure(worth * (ROUGH_PER_USD[currency] ?? 1));
  const investment: Record<string, unknown> = { investor: pickFrom(random, companies) };
  if (random() < 0.8) {
    investment['target'] = pickCompany(random, context.pool);
  } else {
    const [label, labelKo] = pickFrom(random, LABELS);
    investment['target'] = label;
    if (random() < 0.5) investment['targetKo'] = labelKo;
  }
  investment['amount'] = amount;
  investment['currency'] = currency;
  if (currency !== 'USD' && (!context.rateCurrencies.includes(currency) || random() < 0.3)) {
    investment['usd'] = roundFigure(amount / (ROUGH_PER_USD[currency] ?? 1));
  }
  if (random() < 0.3) investment['stake'] = random() < 0.2 ? 100 : Math.round(1 + random() * 990) / 10;
  investment['kind'] = pickFrom(random, INVESTMENT_KINDS);
  if (random() < 0.2) investment['note'] = 'Synthetic figure, generated for benchmarks and tests.';
  return investment;
}

/** Holdings before and after: one to three holders and the rest, adding up to 100 percent. */
function syntheticOwnership(random: () => number, pool: readonly string[]): Record<string, unknown> {
  const holdings = () => {
    let tenthsLeft = 1000;
    const named = [...new Set(repeat(random, 1, 3, () => pickCompany(random, pool)))].map((holder) => {
      const tenths = 1 + Math.floor(random() * (tenthsLeft / 2));
      tenthsLeft -= tenths;
      return { holder, percent: tenths / 10, source: 'Synthetic filing, generated for benchmarks and tests' };
    });
    return [
      ...named,
      { holder: 'Other shareholders', holderKo: '기타 주주', percent: tenthsLeft / 10, source: 'Synthetic filing' },
    ];
  };
  return { company: pickCompany(random, pool), before: holdings(), after: holdings() };
}

const SENTENCES: readonly ((story: Story) => string)[] = [
  ({ first, second, topic }) =>
    `${first.en} and ${second.en} said on Wednesday they would work together on ${topic.en}, according to people familiar with the talks.`,
  ({ first, second, topic }) =>
    `The partnership gives ${first.en} access to ${second.en}'s customers, while ${second.en} gains a partner with experience in ${topic.en}.`,
  ({ first, topic }) =>
    `Analysts said the move could help ${first.en} catch up with larger rivals in ${topic.en}, a market that has grown quickly over the past two years.`,
  ({ second }) =>
    `“We expect the first joint service to reach customers within a year,” a spokesperson for ${second.en} said.`,
  ({ first, second }) =>
    `Neither ${first.en} nor ${second.en} disclosed the financial terms of the agreement, which still needs approval from regulators.`,
  ({ topic }) =>
    `The government has named ${topic.en} one of the areas it wants domestic companies to lead, and has promised funding for joint research.`,
];

/** Three to eight paragraphs, with the Markdown and the components real articles use, in some of them. */
function englishBody(random: () => number, story: Story): string {
  const { first, second, topic, investment } = story;
  const paragraph = () => repeat(random, 2, 4, () => pickFrom(random, SENTENCES)(story)).join(' ');
  const blocks = repeat(random, 3, 8, paragraph);
  if (random() < 0.3) blocks.splice(2, 0, `## What the deal means for ${topic.en}`);
  if (random() < 0.15)
    blocks.splice(
      1,
      0,
      `- a joint service for ${topic.en}\n- shared research with **universities**\n- a [public pilot](https://news.example/pilot) next year`,
    );
  if (random() < 0.2)
    blocks.push(
      `<PullQuote by="A spokesperson for ${second.en}">\nWe are building this *together*, for the long term.\n</PullQuote>`,
    );
  if (random() < 0.1)
    blocks.splice(
      1,
      0,
      `<PhotoCaption>Executives of ${first.en} and ${second.en} at the signing ceremony in Seoul. (${first.en})</PhotoCaption>`,
    );
  if (random() < 0.05)
    blocks.push('<EditorsNote>\nThis synthetic article was generated for benchmarks and tests.\n</EditorsNote>');
  if (investment && random() < 0.5) {
    const usd = investment['usd'] === undefined ? '' : ` usd="${plainDigits(investment['usd'])}"`;
    blocks.push(
      `The deal is worth <Money amount="${plainDigits(investment['amount'])}" currency="${String(investment['currency'])}"${usd} />.`,
    );
  }
  return blocks.join('\n\n');
}

const SENTENCES_KO: readonly ((story: Story) => string)[] = [
  ({ first, second, topic }) =>
    `${first.ko}와 ${second.ko}는 ${topic.ko} 분야에서 손을 잡기로 했다고 업계 관계자들이 전했다.`,
  ({ first, second }) => `이번 협력으로 ${first.ko}는 ${second.ko}의 고객 기반을 활용할 수 있게 됐다.`,
  ({ topic }) => `전문가들은 ${topic.ko} 시장이 지난 2년 동안 빠르게 성장했다고 분석했다.`,
  ({ second }) => `${second.ko} 관계자는 “첫 공동 서비스를 1년 안에 선보일 계획”이라고 말했다.`,
  ({ first, second }) => `${first.ko}와 ${second.ko}는 계약 조건을 공개하지 않았다.`,
];

/** Three to seven paragraphs in Korean, some with a heading or a quote. */
function koreanBody(random: () => number, story: Story): string {
  const paragraph = () => repeat(random, 2, 4, () => pickFrom(random, SENTENCES_KO)(story)).join(' ');
  const blocks = repeat(random, 3, 7, paragraph);
  if (random() < 0.3) blocks.splice(2, 0, `## ${story.topic.ko} 협력의 의미`);
  if (random() < 0.15)
    blocks.push(`<PullQuote by="${story.second.ko} 관계자">\n장기적으로 *함께* 만들어 가겠습니다.\n</PullQuote>`);
  return blocks.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Between `min` and `max` (inclusive) results of `make`. */
function repeat<T>(random: () => number, min: number, max: number, make: () => T): T[] {
  return Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, make);
}

function pickFrom<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('Nothing to pick from an empty list.');
  return item;
}

/** A company slug, favouring the start of the pool (the square of a uniform number leans towards 0). */
function pickCompany(random: () => number, pool: readonly string[]): string {
  const slug = pool[Math.floor(random() ** 2 * pool.length)];
  if (slug === undefined) throw new Error('No company to pick.');
  return slug;
}

/** A figure as an attribute writes it: digits and a decimal point, never an exponent (`1e+21`). */
function plainDigits(value: unknown): string {
  return Number(value).toLocaleString('en', { useGrouping: false, maximumFractionDigits: 20 });
}

/** A figure as reports give them: three significant digits (a positive number stays positive). */
function roundFigure(value: number): number {
  return Number(value.toPrecision(3));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** YAML as an editor would write it, one field per line; dates stay quoted strings. */
function dumpYaml(data: Record<string, unknown>): string {
  return yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: "'" });
}

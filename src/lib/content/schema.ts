/**
 * The content contract (`content-contract.md`) as Zod schemas: one for articles, one for companies.
 * The build (`src/content.config.ts`) and `npm run check:content` both use these, so they can never disagree.
 * Every message says what was expected, in words an editor can act on.
 */
import { z } from 'astro/zod';
import { calendarDateFromUtc, isCalendarDate } from '../dates.ts';
import { LOCALES } from '../i18n/locales.ts';

/** Slugs: lowercase ASCII letters, digits and single hyphens, e.g. `lg-uplus`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The kinds of investment the charts tell apart. */
export const INVESTMENT_KINDS = ['equity', 'acquisition', 'commitment', 'fund'] as const;

/** The longest summary, in characters, that still reads as one or two sentences on the timeline. */
export const SUMMARY_MAX_LENGTH = 280;

const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

const expected = (what: string) => ({ error: what });

const nonEmptyText = (what: string) => z.string(expected(what)).trim().min(1, expected(what));

/** A company slug (existence is checked against `content/companies/` separately). */
export const companySlug = z.string(expected('a company slug such as "lg-uplus"')).regex(SLUG_PATTERN, {
  error: 'a company slug: lowercase letters, digits and hyphens, such as "lg-uplus"',
});

/**
 * A calendar date `YYYY-MM-DD`. An unquoted date reaches the build as a YAML timestamp, and
 * 2023-02-30 would already have become 2 March; `npm run check:content` and the build's content
 * guard read the raw text, so such a date is caught there.
 */
export const calendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? calendarDateFromUtc(value) : value),
  z
    .string(expected('a date written YYYY-MM-DD, such as 2017-03-15'))
    // abort: a date in another format is one problem, not also "not on the calendar".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { ...expected('a date written YYYY-MM-DD, such as 2017-03-15'), abort: true })
    .refine(isCalendarDate, expected('a date that exists on the calendar, written YYYY-MM-DD')),
);

/** An absolute `http:` or `https:` URL; anything else (`javascript:`, relative paths) is refused. */
export const httpUrl = z.string(expected('an absolute http(s) URL')).refine(
  (value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  expected('an absolute URL starting with http:// or https://'),
);

const boundedText = (max: number, what: string) =>
  nonEmptyText(what).refine((value) => [...value].length <= max, {
    error: (issue) => `${what} of at most ${max} characters (this one has ${[...String(issue.input)].length})`,
  });

/** One investment, commitment or fund reported in an article. */
export const investmentSchema = z.strictObject({
  /** Company slug of who invests or pledges the money. */
  investor: companySlug,
  /** Company slug of who receives it, or a short free-text label (with a capital letter or a space) for a non-company target. */
  target: nonEmptyText('a company slug or a short label such as "Original content"').refine(
    (value) => [...value].length <= 60,
    expected('a target of at most 60 characters'),
  ),
  /** The Korean for a free-text `target`, shown in the Korean edition (a company's Korean name comes from its file). */
  targetKo: nonEmptyText('the Korean for the target label, such as "오리지널 콘텐츠"').optional(),
  /** The amount in units of `currency`, as reported: a number greater than zero. */
  amount: z.number(expected('a number greater than 0')).positive(expected('a number greater than 0')),
  /** ISO 4217 currency code of `amount`, e.g. `KRW` or `USD`. */
  currency: z
    .string(expected('an ISO 4217 currency code such as KRW or USD'))
    .refine((code) => ISO_CURRENCIES.has(code), expected('an ISO 4217 currency code such as KRW or USD (upper case)')),
  /** US-dollar value as reported, when the report gives one; otherwise it is converted and marked as converted. */
  usd: z.number(expected('a number greater than 0')).positive(expected('a number greater than 0')).optional(),
  /** Percent of the target acquired: more than 0, at most 100. */
  stake: z
    .number(expected('a percentage greater than 0 and at most 100'))
    .gt(0, expected('a percentage greater than 0 and at most 100'))
    .lte(100, expected('a percentage greater than 0 and at most 100'))
    .optional(),
  /** `equity`, `acquisition`, `commitment` (a pledged or planned spend) or `fund`. */
  kind: z.enum(INVESTMENT_KINDS, expected(`one of ${INVESTMENT_KINDS.join(', ')}`)),
  /** When the investment happened, if not on the article's date (optional addition to the contract). */
  date: calendarDate.optional(),
  /** Where the figure comes from, if not the article itself. */
  note: nonEmptyText('a short note on where the figure comes from').optional(),
}, expected('an investment: investor, target, amount, currency and kind, each on its own line under "- "'));

/** The sum of some holdings' percentages, rounded as a person would add them up. */
const total = (list: readonly { percent: number }[]) => Number(list.reduce((sum, item) => sum + item.percent, 0).toFixed(2));

/** One holder's share of a company. */
export const shareholdingSchema = z.strictObject({
  /** Company slug of the holder, or a short label (with a capital letter or a space) such as "Other shareholders". */
  holder: nonEmptyText('a company slug or a short label such as "Other shareholders"'),
  /** The Korean for a free-text `holder`, shown in the Korean edition (a company's Korean name comes from its file). */
  holderKo: nonEmptyText('the Korean for the holder label, such as "기타 주주"').optional(),
  /** Percent of the company held: more than 0, at most 100. */
  percent: z
    .number(expected('a percentage greater than 0 and at most 100'))
    .gt(0, expected('a percentage greater than 0 and at most 100'))
    .lte(100, expected('a percentage greater than 0 and at most 100')),
  /** Where the figure was reported, e.g. "JoongAng Ilbo, 2017-03-16". */
  source: nonEmptyText('where the figure was reported, such as "JoongAng Ilbo, 2017-03-16"'),
}, expected('a holder: holder, percent and source, each on its own line under "- "'));

const shareholdings = z
  .array(shareholdingSchema, expected('a list of holders with holder, percent and source'))
  .min(1, expected('at least one holder'))
  .refine((list) => total(list) <= 100.05, {
    error: (issue) => `holdings that add up to at most 100 percent (these add up to ${total(issue.input as { percent: number }[])})`,
  });

/** Who owned a company before and after the event (optional addition to the contract). */
export const ownershipSchema = z.strictObject({
  /** Company slug of the company whose owners are shown. */
  company: companySlug,
  /** Holdings before the event. */
  before: shareholdings,
  /** Holdings after the event. */
  after: shareholdings,
}, expected('company, before and after, indented under ownership:'));

/** Where an article was published. */
export const sourceSchema = z.strictObject({
  /** The publisher, e.g. "The Korea Herald". */
  name: nonEmptyText('the publisher\'s name, such as "The Korea Herald"'),
  /** Absolute http(s) URL of the original article. */
  url: httpUrl.optional(),
  /** The author or reporter. */
  author: nonEmptyText('the author\'s name').optional(),
  /** Publication date, when it differs from the event `date`. */
  published: calendarDate.optional(),
  /** Absolute http(s) URL of an archived copy of the original (a web archive's snapshot), for when the original goes offline. */
  archived: httpUrl.optional(),
  /** What a reader should know about this copy of the source (optional addition to the contract). */
  note: nonEmptyText('a short note about the source').optional(),
}, expected('the source\'s fields indented under source:, at least "  name: The Korea Herald"'));

/** A correction the site made to an article after publishing it (optional addition to the contract). */
export const correctionSchema = z.strictObject({
  /** The day the correction was made, `YYYY-MM-DD`: on or after the article's `date`. */
  date: calendarDate,
  /** What was wrong and what is right, in English; the English edition shows it, and the Korean one where there is no `textKo`. */
  text: nonEmptyText('what was corrected, such as "An earlier version gave the stake as 51%; it is 15%."'),
  /** The same in Korean, for the Korean edition. */
  textKo: nonEmptyText('the correction in Korean, such as "지분율을 51%로 잘못 적었습니다. 15%입니다."').optional(),
}, expected('a correction: date and text, each on its own line under "- "'));

/** The frontmatter of one article, `content/articles/<slug>.mdx`. */
export const articleSchema = z.strictObject({
  /** The headline as published. */
  title: nonEmptyText('the headline as published (a non-empty text)'),
  /** The headline in Korean, for an article published in English: a translation, marked as one. */
  titleKo: nonEmptyText('the headline translated into Korean (a non-empty text)').optional(),
  /** The headline in English, for an article published in Korean: a translation, marked as one. */
  titleEn: nonEmptyText('the headline translated into English (a non-empty text)').optional(),
  /** The date of the event, `YYYY-MM-DD`; it orders the timeline. */
  date: calendarDate,
  /** The language of the body: `en` or `ko`. */
  language: z.enum(LOCALES, expected('en or ko')),
  /** An English summary of one or two sentences, at most 280 characters. */
  summary: boundedText(SUMMARY_MAX_LENGTH, 'an English summary'),
  /** A Korean summary, at most 280 characters. */
  summaryKo: boundedText(SUMMARY_MAX_LENGTH, 'a Korean summary').optional(),
  /** The article's sub-headlines as published, shown under the title (optional addition to the contract). */
  deck: z.array(nonEmptyText('a sub-headline (a non-empty text)'), expected('a list of sub-headlines')).optional(),
  /** The publisher and the original. */
  source: sourceSchema,
  /** Slugs of the companies the article is about; at least one, each a file in `content/companies/`. */
  companies: z
    .array(companySlug, expected('a list of company slugs, such as [kt, lg-uplus]'))
    .min(1, expected('at least one company slug')),
  /** Lowercase topic words. */
  tags: z
    .array(
      z.string(expected('a lowercase word')).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected('a lowercase word such as "music"')),
      expected('a list of lowercase words'),
    )
    .optional(),
  /** Investments, commitments and funds the article reports. */
  investments: z.array(investmentSchema, expected('a list of investments')).optional(),
  /** Who owned a company before and after the event, for the ownership chart (optional addition). */
  ownership: ownershipSchema.optional(),
  /** Corrections made after publishing, each dated; shown on the article and its entry, and as its date of modification (optional addition). */
  corrections: z
    .array(correctionSchema, expected('a list of corrections, each with date and text under "- "'))
    .optional(),
}, expected('fields written "field: value", one per line, such as title: "…"'))
  // A translated headline goes the other way from the text: into Korean for an English article, and back.
  .refine((article) => !(article.language === 'ko' && article.titleKo !== undefined), {
    path: ['titleKo'],
    error: 'no titleKo on an article in Korean: its title is Korean already (give titleEn, the headline in English)',
  })
  .refine((article) => !(article.language === 'en' && article.titleEn !== undefined), {
    path: ['titleEn'],
    error: 'no titleEn on an article in English: its title is English already (give titleKo, the headline in Korean)',
  })
  // A correction is made after what it corrects: a date before the article's is a typo. Zod runs this
  // even when a date is wrong in itself, which is reported already.
  .superRefine((article, context) => {
    if (!isCalendarDate(article.date)) return;
    for (const [index, correction] of (article.corrections ?? []).entries()) {
      if (!isCalendarDate(correction.date) || correction.date >= article.date) continue;
      context.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: `a date on or after the article's date, ${article.date} (a correction is made after the article)`,
      });
    }
  });

/** A company or organisation, `content/companies/<slug>.yaml`. */
export const companySchema = z.strictObject({
  /** The English name. */
  name: nonEmptyText('the company\'s English name'),
  /** A short form of the name for chart labels, e.g. "ETRI" (optional addition to the contract). */
  shortName: nonEmptyText('a short form of the name, such as "ETRI"').optional(),
  /** The Korean name. */
  nameKo: nonEmptyText('the company\'s Korean name').optional(),
  /** The company's own website, absolute http(s). */
  url: httpUrl.optional(),
  /** Slug of the parent company, a file in `content/companies/`. */
  parent: companySlug.optional(),
  /** The id of the camp the company belonged to, one of `alliances` in content/site.yaml, e.g. `kt-lg` (optional addition). */
  alliance: z
    .string(expected('the id of an alliance in content/site.yaml, such as kt-lg'))
    .regex(SLUG_PATTERN, expected('the id of an alliance in content/site.yaml, such as kt-lg'))
    .optional(),
}, expected('fields written "field: value", one per line, such as name: KT'));

/** The editorial copy of one edition: every text a reader sees that is neither an article nor an interface label. */
export const siteCopySchema = z.strictObject({
  /** The site's name, in page titles, the header, feeds and shared links. */
  title: nonEmptyText('the site\'s name, such as "The KT–LG Alliance"'),
  /** One sentence on what the site is: search results, shared links, feeds. */
  description: boundedText(300, 'a one-sentence description'),
  /** The small line above the home page's headline; the years the timeline covers follow it. */
  kicker: nonEmptyText('a few words above the headline, such as "A timeline"'),
  /** The home page's headline. */
  headline: nonEmptyText('the home page\'s headline'),
  /** The home page's introduction: one paragraph. */
  intro: nonEmptyText('the home page\'s introduction, one paragraph'),
  /** The line at the foot of every page. */
  footer: nonEmptyText('the line at the foot of every page'),
  /** What the image shown with shared links shows, for readers who cannot see it. */
  socialImageAlt: nonEmptyText('a description of the social image'),
}, expected('title, description, kicker, headline, intro, footer and socialImageAlt, indented under the language'));

/** A camp companies belonged to, named in both editions. */
export const allianceSchema = z.strictObject({
  /** What company files write in `alliance:`, e.g. `kt-lg`. */
  id: z.string(expected('an id such as kt-lg')).regex(SLUG_PATTERN, expected('an id of lowercase letters, digits and hyphens, such as kt-lg')),
  /** The English name, e.g. "KT–LG". */
  en: nonEmptyText('the alliance\'s English name, such as "KT–LG"'),
  /** The Korean name. */
  ko: nonEmptyText('the alliance\'s Korean name'),
}, expected('an alliance: id, en and ko, each on its own line under "- "'));

/** A topic's name in both editions, for the tags articles carry (optional: a tag without one shows as written). */
export const tagNameSchema = z.strictObject({
  /** The tag as articles write it, e.g. `ai`. */
  id: z.string(expected('a tag such as ai')).regex(SLUG_PATTERN, expected('a tag of lowercase letters, digits and hyphens, such as ai')),
  /** The English name, e.g. "AI". */
  en: nonEmptyText('the topic\'s English name, such as "AI"'),
  /** The Korean name, e.g. "인공지능". */
  ko: nonEmptyText('the topic\'s Korean name, such as "인공지능"'),
}, expected('a topic: id, en and ko, each on its own line under "- "'));

/** `content/site.yaml`: the copy of both editions and the alliances, in the order the site shows them. */
export const siteSchema = z.strictObject({
  /** The English edition's copy. */
  en: siteCopySchema,
  /** The Korean edition's copy. */
  ko: siteCopySchema,
  /** The camps, in the order the charts and the company list show them. */
  alliances: z
    .array(allianceSchema, expected('a list of alliances, each with id, en and ko'))
    .refine((list) => new Set(list.map((alliance) => alliance.id)).size === list.length, expected('alliances with ids of their own (an id is given twice)')),
  /** The topics' names in both editions (optional; a tag without one is shown as written). */
  tags: z
    .array(tagNameSchema, expected('a list of topics, each with id, en and ko'))
    .refine((list) => new Set(list.map((tag) => tag.id)).size === list.length, expected('topics with ids of their own (an id is given twice)'))
    .optional(),
}, expected('en:, ko:, alliances: and tags:, each with its fields indented under it'));

/** One exchange rate, for turning amounts into US dollars where no dollar figure was reported. */
export const rateSchema = z.strictObject({
  /** ISO 4217 code of the currency, e.g. `KRW`. */
  currency: z
    .string(expected('an ISO 4217 currency code such as KRW'))
    .refine((code) => ISO_CURRENCIES.has(code) && code !== 'USD', expected('an ISO 4217 currency code other than USD, such as KRW')),
  /** Units of the currency per US dollar on `date`, e.g. 1127 for the won. */
  perUsd: z.number(expected('a number greater than 0')).positive(expected('a number greater than 0')),
  /** The day the rate applies to, `YYYY-MM-DD`. */
  date: calendarDate,
  /** Where the rate comes from, e.g. "Implied by The Korea Herald, 2021-03-23: ₩8 billion = $7.1 million". */
  source: nonEmptyText('where the rate comes from'),
}, expected('a rate: currency, perUsd, date and source, each on its own line under "- "'));

/** The rate table, `content/rates.yaml`: a list of rates. */
export const rateTableSchema = z.array(rateSchema, expected('a list of rates, each with currency, perUsd, date and source'));

/** A validated article's frontmatter. */
export type ArticleData = z.output<typeof articleSchema>;
/** A validated investment. */
export type InvestmentData = z.output<typeof investmentSchema>;
/** A validated company file. */
export type CompanyData = z.output<typeof companySchema>;
/** A validated `content/site.yaml`. */
export type SiteData = z.output<typeof siteSchema>;
/** One edition's validated copy. */
export type SiteCopy = z.output<typeof siteCopySchema>;
/** A validated exchange rate. */
export type RateData = z.output<typeof rateSchema>;
/** A validated correction. */
export type CorrectionData = z.output<typeof correctionSchema>;
/** A validated before-and-after ownership record. */
export type OwnershipData = z.output<typeof ownershipSchema>;

/** Whether an investment target or a holder names a company (a slug) rather than a free-text label. */
export function isCompanyTarget(target: string): boolean {
  return SLUG_PATTERN.test(target);
}

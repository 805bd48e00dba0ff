import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  calendarDate,
  companySchema,
  companySlug,
  httpUrl,
  investmentSchema,
  isCompanyTarget,
  ownershipSchema,
  rateSchema,
  siteSchema,
} from '../../../src/lib/content/schema.ts';

const ARTICLE = {
  title: 'KT, LG Uplus join hands',
  date: '2017-03-15',
  language: 'en',
  summary: 'LG Uplus bought a stake in Genie Music.',
  source: { name: 'The Korea Herald' },
  companies: ['kt', 'lg-uplus'],
};

const INVESTMENT = { investor: 'lg-uplus', target: 'genie-music', amount: 26_700_000_000, currency: 'KRW', kind: 'equity' };

/** The messages a schema gives for a value, by dotted path. */
function issues(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articleSchema', () => {
  it('accepts the required fields alone', () => {
    expect(issues(articleSchema, ARTICLE)).toEqual([]);
  });

  it('names each missing required field', () => {
    expect(issues(articleSchema, {}).map((line) => line.split(':')[0])).toEqual([
      'title',
      'date',
      'language',
      'summary',
      'source',
      'companies',
    ]);
  });

  it('refuses a blank title and an empty list of companies', () => {
    expect(issues(articleSchema, { ...ARTICLE, title: '   ', companies: [] })).toEqual([
      'title: the headline as published (a non-empty text)',
      'companies: at least one company slug',
    ]);
  });

  it('counts summary length in characters, not UTF-16 units', () => {
    expect(issues(articleSchema, { ...ARTICLE, summary: '😀'.repeat(280) })).toEqual([]);
    expect(issues(articleSchema, { ...ARTICLE, summaryKo: '가'.repeat(281) })).toEqual([
      'summaryKo: a Korean summary of at most 280 characters (this one has 281)',
    ]);
  });

  it('refuses fields the contract does not have, naming them (validate.ts words the message)', () => {
    const result = articleSchema.safeParse({ ...ARTICLE, sumary: 'x' });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['sumary'], path: [] }]);
  });

  it('explains what a group of fields should look like when it is written as one value', () => {
    expect(issues(articleSchema, { ...ARTICLE, source: 'The Korea Herald' })).toEqual([
      'source: the source\'s fields indented under source:, at least "  name: The Korea Herald"',
    ]);
  });

  it('takes an archived copy of the source beside the original, both absolute http(s) URLs', () => {
    const source = { name: 'The Korea Herald', url: 'https://www.koreaherald.com/view.php?ud=1' };
    const archived = 'https://web.archive.org/web/20170315000000/https://www.koreaherald.com/view.php?ud=1';
    expect(articleSchema.parse({ ...ARTICLE, source: { ...source, archived } }).source.archived).toBe(archived);
    expect(issues(articleSchema, { ...ARTICLE, source: { ...source, archived: 'web.archive.org/web/2017/x' } })).toEqual([
      'source.archived: an absolute URL starting with http:// or https://',
    ]);
  });

  it('refuses tags that are not lowercase words', () => {
    expect(issues(articleSchema, { ...ARTICLE, tags: ['music', 'Home IoT'] })).toEqual([
      'tags.1: a lowercase word such as "music"',
    ]);
  });
});

describe('translated headlines', () => {
  it('take a Korean headline for an article in English, and an English one for an article in Korean', () => {
    expect(issues(articleSchema, { ...ARTICLE, titleKo: 'KT·LG유플러스 손잡아', summaryKo: '요약' })).toEqual([]);
    expect(issues(articleSchema, { ...ARTICLE, language: 'ko', titleEn: 'KT and LG' })).toEqual([]);
  });

  it('refuse a translation into the language the article is already in', () => {
    expect(issues(articleSchema, { ...ARTICLE, titleEn: 'Again' })).toEqual([
      'titleEn: no titleEn on an article in English: its title is English already (give titleKo, the headline in Korean)',
    ]);
    expect(issues(articleSchema, { ...ARTICLE, language: 'ko', titleKo: '다시' })).toEqual([
      'titleKo: no titleKo on an article in Korean: its title is Korean already (give titleEn, the headline in English)',
    ]);
  });
});

describe('corrections', () => {
  const CORRECTION = { date: '2017-03-20', text: 'An earlier version gave the stake as 51%; it is 15%.' };

  it('take a dated text, a Korean one beside it, on the article’s day or later', () => {
    expect(issues(articleSchema, { ...ARTICLE, corrections: [CORRECTION] })).toEqual([]);
    expect(
      issues(articleSchema, {
        ...ARTICLE,
        corrections: [{ ...CORRECTION, date: ARTICLE.date, textKo: '지분율을 바로잡았습니다.' }, CORRECTION],
      }),
    ).toEqual([]);
  });

  it('refuse a correction dated before the article, naming which one', () => {
    expect(
      issues(articleSchema, { ...ARTICLE, corrections: [CORRECTION, { ...CORRECTION, date: '2017-03-14' }] }),
    ).toEqual([
      "corrections.1.date: a date on or after the article's date, 2017-03-15 (a correction is made after the article)",
    ]);
  });

  it('need a date that exists and a text', () => {
    expect(issues(articleSchema, { ...ARTICLE, corrections: [{ date: '2017-02-30', text: ' ' }] })).toEqual([
      'corrections.0.date: a date that exists on the calendar, written YYYY-MM-DD',
      'corrections.0.text: what was corrected, such as "An earlier version gave the stake as 51%; it is 15%."',
    ]);
    expect(issues(articleSchema, { ...ARTICLE, corrections: CORRECTION })).toEqual([
      'corrections: a list of corrections, each with date and text under "- "',
    ]);
  });
});

describe('siteSchema', () => {
  const copy = {
    title: 'T',
    description: 'D',
    kicker: 'K',
    headline: 'H',
    intro: 'I',
    footer: 'F',
    socialImageAlt: 'A',
  };
  const SITE = { en: copy, ko: copy, alliances: [{ id: 'kt-lg', en: 'KT–LG', ko: 'KT–LG' }] };

  it('takes both editions’ copy and the alliances', () => {
    expect(issues(siteSchema, SITE)).toEqual([]);
  });

  it('needs every field of both editions', () => {
    const { footer: _footer, ...noFooter } = copy;
    expect(issues(siteSchema, { ...SITE, ko: noFooter })).toEqual(['ko.footer: the line at the foot of every page']);
    expect(issues(siteSchema, { en: copy, alliances: [] })[0]).toMatch(/^ko: /);
  });

  it('refuses an alliance id given twice, or not written as a slug', () => {
    expect(issues(siteSchema, { ...SITE, alliances: [...SITE.alliances, ...SITE.alliances] })).toEqual([
      'alliances: alliances with ids of their own (an id is given twice)',
    ]);
    expect(issues(siteSchema, { ...SITE, alliances: [{ id: 'KT LG', en: 'a', ko: 'b' }] })).toEqual([
      'alliances.0.id: an id of lowercase letters, digits and hyphens, such as kt-lg',
    ]);
  });
});

describe('calendarDate', () => {
  it('accepts a real day and refuses one that is not', () => {
    expect(calendarDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(issues(calendarDate, '2023-02-29')).toEqual([': a date that exists on the calendar, written YYYY-MM-DD']);
  });

  it('turns the Date an unquoted YAML date becomes back into the same calendar day, in any time zone', () => {
    // The tests run in America/Los_Angeles, where local midnight UTC is still the day before.
    expect(calendarDate.parse(new Date(Date.UTC(2017, 2, 15)))).toBe('2017-03-15');
  });

  it('gives one message for a date in another format', () => {
    expect(issues(calendarDate, '15/03/2017')).toEqual([': a date written YYYY-MM-DD, such as 2017-03-15']);
    expect(issues(calendarDate, 20170315)).toEqual([': a date written YYYY-MM-DD, such as 2017-03-15']);
  });
});

describe('httpUrl', () => {
  it.each(['https://www.kt.com', 'http://example.org/a?b=c'])('accepts %s', (url) => {
    expect(httpUrl.safeParse(url).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org', '/articles/x/', 'www.kt.com', 'data:text/html,x'])('refuses %s', (url) => {
    expect(issues(httpUrl, url)).toEqual([': an absolute URL starting with http:// or https://']);
  });
});

describe('companySlug and isCompanyTarget', () => {
  it('accepts lowercase slugs only', () => {
    expect(companySlug.safeParse('lg-uplus').success).toBe(true);
    for (const slug of ['LG Uplus', 'lg--uplus', '-kt', 'kt_']) expect(companySlug.safeParse(slug).success).toBe(false);
  });

  it('tells a company target from a free-text label', () => {
    expect(isCompanyTarget('genie-music')).toBe(true);
    expect(isCompanyTarget('Original content')).toBe(false);
  });
});

describe('investmentSchema', () => {
  it('accepts a full investment', () => {
    expect(
      issues(investmentSchema, { ...INVESTMENT, usd: 23_000_000, stake: 15, date: '2017-03-15', note: 'As reported.' }),
    ).toEqual([]);
  });

  it('bounds the stake to more than 0 and at most 100', () => {
    expect(issues(investmentSchema, { ...INVESTMENT, stake: 100 })).toEqual([]);
    for (const stake of [0, 100.5]) {
      expect(issues(investmentSchema, { ...INVESTMENT, stake })).toEqual(['stake: a percentage greater than 0 and at most 100']);
    }
  });

  it('refuses an amount written as text, and lower-case or made-up currency codes', () => {
    expect(issues(investmentSchema, { ...INVESTMENT, amount: '26700000000', currency: 'krw' })).toEqual([
      'amount: a number greater than 0',
      'currency: an ISO 4217 currency code such as KRW or USD (upper case)',
    ]);
  });

  it('knows only four kinds', () => {
    expect(issues(investmentSchema, { ...INVESTMENT, kind: 'loan' })).toEqual([
      'kind: one of equity, acquisition, commitment, fund',
    ]);
  });
});

describe('ownershipSchema', () => {
  const holding = (holder: string, percent: number) => ({ holder, percent, source: 'JoongAng Ilbo, 2017-03-16' });

  it('refuses holdings that add up to more than 100 percent', () => {
    expect(
      issues(ownershipSchema, {
        company: 'genie-music',
        before: [holding('kt', 60), holding('Others', 41)],
        after: [holding('kt', 50)],
      }),
    ).toEqual(['before: holdings that add up to at most 100 percent (these add up to 101)']);
  });
});

describe('companySchema', () => {
  it('needs a name; url must be http(s)', () => {
    expect(issues(companySchema, { name: 'KT', nameKo: '케이티', url: 'https://www.kt.com', parent: 'kt-group' })).toEqual([]);
    expect(issues(companySchema, { url: 'kt.com' })).toEqual([
      "name: the company's English name",
      'url: an absolute URL starting with http:// or https://',
    ]);
  });
});

describe('rateSchema', () => {
  it('refuses a rate for the dollar itself', () => {
    expect(issues(rateSchema, { currency: 'USD', perUsd: 1, date: '2017-03-15', source: 'x' })).toEqual([
      'currency: an ISO 4217 currency code other than USD, such as KRW',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import {
  articleFileName,
  BODY_PLACEHOLDER,
  draftFromAnswers,
  draftProblems,
  guessCompanies,
  guessLanguage,
  hasPlaceholders,
  knownCompanies,
  scaffoldArticle,
  slugify,
  SUMMARY_PLACEHOLDER,
  type ArticleDraft,
} from '../../../src/lib/content/scaffold.ts';
import { SLUG_PATTERN } from '../../../src/lib/content/schema.ts';
import { validateContent, type ContentFile } from '../../../src/lib/content/validate.ts';
import { SITE_FILE } from './siteFile.ts';

const COMPANY_FILES: ContentFile[] = [
  { path: 'content/companies/kt.yaml', text: 'name: KT\nnameKo: 케이티\n' },
  { path: 'content/companies/kt-studio-genie.yaml', text: 'name: KT Studio Genie\nparent: kt\n' },
  { path: 'content/companies/lg-uplus.yaml', text: 'name: LG Uplus\nnameKo: LG유플러스\n' },
  { path: 'content/companies/genie-music.yaml', text: 'name: Genie Music\nnameKo: 지니뮤직\n' },
  { path: 'content/companies/broken.yaml', text: 'nameKo: 이름만\n' },
];
const COMPANIES = knownCompanies(COMPANY_FILES);
const KNOWN = new Set(COMPANIES.map((company) => company.slug));

const DRAFT: ArticleDraft = {
  title: 'KT, LG Uplus join hands on home IoT, AI services',
  date: '2017-03-15',
  source: 'The Korea Herald',
  language: 'en',
  slug: 'kt-lg-uplus-join-hands',
  companies: ['kt', 'lg-uplus'],
};

/** The content check's messages for a file written by the scaffold, next to the company files. */
function check(text: string, name = 'content/articles/2017-03-15-x.mdx'): string[] {
  return validateContent({
    articles: [{ path: name, text }],
    companies: COMPANY_FILES.slice(0, 4),
    site: SITE_FILE,
  }).map(formatProblem);
}

describe('slugify', () => {
  it.each([
    ['KT, LG Uplus join hands on home IoT, AI services', 'kt-lg-uplus-join-hands-home-iot-ai-services'],
    ['LG and Meta forge collaboration', 'lg-meta-forge-collaboration'],
    ['Genie Music’s new café', 'genie-music-new-cafe'],
    ['  --KT  &  LG--  ', 'kt-lg'],
    ['Samsung unveils Galaxy S24 with 5G', 'samsung-unveils-galaxy-s24-5g'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('leaves out amounts, which a correction may change: numbers, currencies, scales, percentages', () => {
    expect(slugify('KT invests ₩30 billion in a new XR start-up, Hanbit XR')).toBe('kt-invests-new-xr-start-up-hanbit-xr');
    expect(slugify('LG Uplus buys 15% of Genie Music for 26.7 billion won')).toBe('lg-uplus-buys-genie-music');
    expect(slugify('Meta pledges US$1.5bn, 30 percent more, in 2025')).toBe('meta-pledges-more');
  });

  it('keeps a word that only looks like an amount word when no number comes before it', () => {
    expect(slugify('LG won the bid')).toBe('lg-won-bid');
  });

  it('gives nothing for a title with Korean in it, so the editor is asked for a slug', () => {
    expect(slugify('지니뮤직, 새 출발')).toBe('');
    // Its Latin letters alone would name another story: "lg-ai".
    expect(slugify('LG AI연구원, 엑사원 공개')).toBe('');
  });

  it('shortens a long title by the words without a capital, from the end, so the names stay', () => {
    const slug = slugify('Genie Music and KT Studio Genie announce a very long list of plans for original content', 30);
    expect(slug).toBe('genie-music-kt-studio-genie');
    expect(slugify('a'.repeat(60), 20)).toBe('a'.repeat(20));
  });

  it('makes a slug of any English title that is valid, at most as long as asked, and keeps its names while they fit', () => {
    const word = fc.oneof(
      // Names of six letters or more: never a stop word such as "The" or "Be".
      fc.stringMatching(/^[A-Z][a-z]{5,8}$/),
      fc.stringMatching(/^[a-z]{1,10}$/),
      fc.constantFrom('₩30', 'billion', 'won', '15%', 'the', 'of', 'XR', 'start-up', 'Genie’s', '—', '&'),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.integer({ min: 10, max: 60 }), (words, max) => {
        const title = words.join(' ');
        const slug = slugify(title, max);
        expect(slug.length).toBeLessThanOrEqual(max);
        if (slug !== '') expect(slug).toMatch(SLUG_PATTERN);
        const names = words.filter((w) => /^[A-Z]/.test(w)).map((w) => w.replace(/’s$/, '').toLowerCase());
        if (names.join('-').length <= max && names.length > 0) expect(slug.split('-')).toEqual(expect.arrayContaining(names));
      }),
    );
  });
});

describe('guessLanguage and guessCompanies', () => {
  it('takes a Korean title for a Korean article', () => {
    expect(guessLanguage('지니뮤직, 새 출발')).toBe('ko');
    expect(guessLanguage('KT and LG')).toBe('en');
  });

  it('finds companies by English and Korean name, in title order, longest name first', () => {
    expect(guessCompanies('LG Uplus invests in KT Studio Genie', COMPANIES)).toEqual(['lg-uplus', 'kt-studio-genie']);
    expect(guessCompanies('LG유플러스가 지니뮤직 지분 인수… KT와 협력', COMPANIES)).toEqual(['lg-uplus', 'genie-music', 'kt']);
  });

  it('does not find a name inside a longer word', () => {
    expect(guessCompanies('KTX fares rise', COMPANIES)).toEqual([]);
  });

  it('skips a company file without a valid name, leaving it to the content check', () => {
    expect(COMPANIES.map((company) => company.slug)).toEqual(['kt', 'kt-studio-genie', 'lg-uplus', 'genie-music']);
  });
});

describe('draftFromAnswers and draftProblems', () => {
  it('fills language, slug and companies from the title', () => {
    expect(
      draftFromAnswers({ title: ' KT, LG Uplus join hands ', date: '2017-03-15', source: 'The Korea Herald' }, COMPANIES),
    ).toEqual({
      title: 'KT, LG Uplus join hands',
      date: '2017-03-15',
      source: 'The Korea Herald',
      url: undefined,
      language: 'en',
      slug: 'kt-lg-uplus-join-hands',
      companies: ['kt', 'lg-uplus'],
    });
  });

  it('takes companies as a list separated by commas or spaces', () => {
    expect(draftFromAnswers({ title: 'x', companies: 'kt, lg-uplus genie-music' }, COMPANIES).companies).toEqual([
      'kt',
      'lg-uplus',
      'genie-music',
    ]);
  });

  it('accepts a complete draft', () => {
    expect(draftProblems(DRAFT, KNOWN)).toEqual([]);
  });

  it('says what each wrong answer should be', () => {
    const draft = {
      ...DRAFT,
      title: ' ',
      date: '2017-3-15',
      url: 'javascript:alert(1)',
      language: 'fr',
      slug: '',
      companies: ['kt', 'nokia'],
    };
    expect(draftProblems(draft, KNOWN)).toEqual([
      { field: 'title', expected: 'the headline as published' },
      { field: 'date', expected: 'a date that exists, written YYYY-MM-DD, such as 2017-03-15' },
      { field: 'url', expected: 'an address starting with http:// or https://' },
      { field: 'language', expected: 'en or ko' },
      {
        field: 'slug',
        expected: 'a short name of lowercase ASCII letters, digits and hyphens, such as genie-music-stake',
      },
      { field: 'companies', expected: 'slugs of files in content/companies/ (not found: nokia; add a company file first)' },
    ]);
    expect(draftProblems({ ...DRAFT, companies: [] }, KNOWN)).toEqual([
      { field: 'companies', expected: 'at least one company slug, such as kt,lg-uplus' },
    ]);
  });
});

describe('a draft from a Korean title', () => {
  it('gets no slug from the title, and says to give one with --slug', () => {
    const draft = draftFromAnswers({ title: 'LG AI연구원, 엑사원 공개', date: '2024-07-01', source: '연합뉴스', companies: 'kt' }, COMPANIES);
    expect(draft.slug).toBe('');
    expect(draftProblems(draft, KNOWN)).toEqual([
      {
        field: 'slug',
        expected:
          'a short name in English letters for the file and URL, such as genie-music-stake: a title in Korean gives none, so give one with --slug',
      },
    ]);
    expect(draftProblems({ ...draft, slug: 'lg-exaone' }, KNOWN)).toEqual([]);
  });
});

describe('articleFileName', () => {
  it('puts the date before the slug, once', () => {
    expect(articleFileName('2017-03-15', 'genie-music-stake')).toBe('2017-03-15-genie-music-stake.mdx');
    expect(articleFileName('2017-03-15', '2017-03-15-genie-music-stake')).toBe('2017-03-15-genie-music-stake.mdx');
  });
});

describe('scaffoldArticle', () => {
  it('writes a file that passes the content check as it is', () => {
    expect(check(scaffoldArticle(DRAFT))).toEqual([]);
  });

  it('quotes titles and sources that YAML would otherwise misread', () => {
    const draft = {
      ...DRAFT,
      title: 'KT: "AI one team" #1 — LG유플러스와 협력',
      source: "Yonhap: 'news' agency",
      url: 'https://example.org/a?b=c#d',
    };
    const text = scaffoldArticle(draft);
    expect(check(text)).toEqual([]);
    expect(text).toContain('title: "KT: \\"AI one team\\" #1 — LG유플러스와 협력"');
  });

  it('writes the translated headline in the other language’s field, and the Korean summary, when given', () => {
    const english = scaffoldArticle({ ...DRAFT, titleTranslation: 'KT·LG유플러스 손잡아', summaryKo: '요약.' });
    expect(english).toMatch(/^titleKo: "KT·LG유플러스 손잡아"/m);
    expect(english).toMatch(/^summaryKo: "요약."/m);
    expect(check(english)).toEqual([]);
    const korean = scaffoldArticle({
      ...DRAFT,
      title: '지니뮤직 지분 인수',
      language: 'ko',
      slug: 'genie-music-stake',
      titleTranslation: 'Genie Music stake',
    });
    expect(korean).toMatch(/^titleEn: "Genie Music stake"/m);
    expect(korean).toMatch(/^# titleKo|^# summaryKo/m);
    expect(check(korean)).toEqual([]);
  });

  it('refuses a Korean summary over 280 characters, as the content check would', () => {
    expect(draftProblems({ ...DRAFT, summaryKo: '가'.repeat(281) }, new Set(DRAFT.companies))).toEqual([
      { field: 'summaryKo', expected: 'a Korean summary of at most 280 characters (this one has 281)' },
    ]);
  });

  it('writes a Korean article that passes too', () => {
    expect(check(scaffoldArticle({ ...DRAFT, title: '지니뮤직 지분 인수', language: 'ko', slug: 'genie-music-stake' }))).toEqual(
      [],
    );
  });

  it('has every field of the contract, the optional ones commented out', () => {
    const text = scaffoldArticle(DRAFT);
    for (const field of ['title', 'date', 'language', 'summary', 'source', '  name', 'companies'])
      expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    for (const field of ['titleKo', 'summaryKo', 'deck', '  url', '  author', '  published', '  archived', '  note', 'tags', 'investments', 'ownership', 'corrections']) {
      expect(text).toMatch(new RegExp(`^ *# ${field.trim()}:`, 'm'));
    }
    for (const field of ['investor', 'target', 'amount', 'currency', 'usd', 'stake', 'kind', 'date', 'note'])
      expect(text).toMatch(new RegExp(`^#  +(- )?${field}:`, 'm'));
  });

  it('has commented examples that are valid once uncommented, apart from the dates left to fill in', () => {
    const uncommented = scaffoldArticle({ ...DRAFT, url: 'https://example.org' })
      .split('\n')
      .map((line) => line.replace(/^(\s*)# (?=[a-zA-Z]+:|\s+[-a-zA-Z])/, '$1'))
      .join('\n');
    expect(uncommented).not.toMatch(/^\s*# [a-z]+:/m);
    expect(check(uncommented)).toEqual([
      'content/articles/2017-03-15-x.mdx: source.published: found "YYYY-MM-DD"; expected a date written YYYY-MM-DD, such as 2017-03-15',
      'content/articles/2017-03-15-x.mdx: investments[0].date: found "YYYY-MM-DD"; expected a date written YYYY-MM-DD, such as 2017-03-15',
      'content/articles/2017-03-15-x.mdx: corrections[0].date: found "YYYY-MM-DD"; expected a date written YYYY-MM-DD, such as 2017-03-15',
    ]);
  });

  it('marks its placeholders so the content check can remind the editor', () => {
    const text = scaffoldArticle(DRAFT);
    expect(text).toContain(SUMMARY_PLACEHOLDER);
    expect(text).toContain(BODY_PLACEHOLDER);
    expect(hasPlaceholders(text)).toBe(true);
    expect(hasPlaceholders(text.replace(SUMMARY_PLACEHOLDER, 'A summary.').replace(BODY_PLACEHOLDER, 'The text.'))).toBe(false);
  });
});

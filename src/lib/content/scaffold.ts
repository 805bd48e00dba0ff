/**
 * The new-article template behind `npm run new`: a file that passes the content check as it is,
 * with every field of the contract in it (the optional ones as YAML comments, ready to uncomment).
 */
import { isCalendarDate } from '../dates.ts';
import { parseYaml } from './frontmatter.ts';
import { HANGUL } from '../i18n/hangul.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { companySchema, httpUrl, SLUG_PATTERN, SUMMARY_MAX_LENGTH } from './schema.ts';
import { slugFromPath, type ContentFile } from './validate.ts';

/** What an editor says about a new article before writing it. */
export interface ArticleDraft {
  /** The headline as published. */
  title: string;
  /** The day of the event, `YYYY-MM-DD`. */
  date: string;
  /** The publisher. */
  source: string;
  /** The original's address, when there is one. */
  url?: string | undefined;
  /** The language of the article text: `en` or `ko`. */
  language: string;
  /** The short name after the date in the file name, e.g. `genie-music-stake`. */
  slug: string;
  /** Slugs of the companies the article is about. */
  companies: readonly string[];
  /** The headline in the other language: `titleKo` for an article in English, `titleEn` for one in Korean. */
  titleTranslation?: string | undefined;
  /** The summary in Korean. */
  summaryKo?: string | undefined;
}

/** A company an article can name: its slug and the names a headline might use. */
export interface KnownCompany {
  slug: string;
  name: string;
  nameKo?: string | undefined;
}

/** The summary a new article starts with; `npm run check:content` points out files that still have it. */
export const SUMMARY_PLACEHOLDER = 'TODO: one or two English sentences on what happened, at most 280 characters.';

/** The body a new article starts with, to be replaced by the article's text. */
export const BODY_PLACEHOLDER =
  'TODO: paste the article text here, one paragraph per block, with a blank line between paragraphs.';

/** The longest short name a title is cut to, so file names and URLs stay readable. */
export const SLUG_MAX_LENGTH = 48;

/** Words a headline needs and a URL does not: articles, prepositions, conjunctions, forms of "to be". */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor of in on at to for from by with as into onto over than its their his her is are was were be been will has have had'.split(
    ' ',
  ),
);

/** Words that only say how much after a number: "₩30 billion", "26.7 billion won", "15 percent". */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(
  'thousand million billion trillion bn mn tn won dollar dollars usd krw euro euros eur yen percent pct'.split(' '),
);

/** A number or an amount: "30", "26.7", "2024", "15%", "₩30", "$1.5bn", "US$23m". */
const AMOUNT = /^(?:[a-z]{0,3}\p{Sc})?\d[\d.,]*(?:%|bn|mn|tn|m|k)?$|^\p{Sc}$/iu;

/** One word of a title as a slug uses it. */
interface TitleWord {
  /** Its slug form: lowercase ASCII letters, digits and hyphens ("start-up", "cafe"). */
  slug: string;
  /** Whether it is written with a capital ("KT", "Hanbit", "XR", "IoT"): a name, which the slug keeps longest. */
  name: boolean;
}

/**
 * The words of a title a URL needs: no stop words and no amounts (a correction may change an amount,
 * and the URL would then misstate it), names marked.
 */
function titleWords(title: string): TitleWord[] {
  const words: TitleWord[] = [];
  let afterAmount = false;
  for (const raw of title.split(/[\s/|–—]+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}\p{Sc}]+|[^\p{L}\p{N}%]+$/gu, '').replace(/['’]s$/i, '');
    const lower = word.toLowerCase();
    const amount: boolean = AMOUNT.test(word) || (afterAmount && AMOUNT_WORDS.has(lower));
    afterAmount = amount;
    if (amount || STOP_WORDS.has(lower)) continue;
    const slug = asciiSlug(word);
    if (slug) words.push({ slug, name: /\p{Lu}/u.test(word) });
  }
  return words;
}

/** Lowercase ASCII letters, digits and hyphens: accents dropped, anything else a hyphen. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A slug from an English title that keeps what identifies the story: "KT invests ₩30 billion in a
 * new XR start-up, Hanbit XR" → "kt-invests-new-xr-start-up-hanbit-xr". Stop words and amounts go;
 * past `maxLength`, the words without a capital go from the end, so the names stay. "" for a title
 * with Korean in it: its Latin letters alone ("LG", "AI") would misname the story, so the editor
 * gives one.
 */
export function slugify(title: string, maxLength = SLUG_MAX_LENGTH): string {
  if (HANGUL.test(title)) return '';
  const words = titleWords(title);
  if (words.length === 0) return cutAtWord(asciiSlug(title), maxLength);
  const length = () => words.reduce((sum, word) => sum + word.slug.length, words.length - 1);
  for (let index = words.length - 1; index >= 0 && length() > maxLength && words.length > 1; index--) {
    if (!words[index]!.name) words.splice(index, 1);
  }
  return cutAtWord(words.map((word) => word.slug).join('-'), maxLength);
}

/** A slug cut to `maxLength` at a word boundary, so a URL never ends in half a word. */
function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, maxLength);
}

/** `ko` when a title is written in Hangul, else `en`: the likely language of the article text. */
export function guessLanguage(title: string): Locale {
  return HANGUL.test(title) ? 'ko' : 'en';
}

/** The companies an article can name, from the company files; a file that does not parse is left to the content check. */
export function knownCompanies(files: readonly ContentFile[]): KnownCompany[] {
  return files.flatMap((file) => {
    const parsed = parseYaml(file.text);
    const company = parsed.ok ? companySchema.safeParse(parsed.data) : undefined;
    return company?.success ? [{ slug: slugFromPath(file.path), name: company.data.name, nameKo: company.data.nameKo }] : [];
  });
}

/** The companies a title names, by English or Korean name, in the order they appear; "KT Studio Genie" is not also "KT". */
export function guessCompanies(title: string, companies: readonly KnownCompany[]): string[] {
  const lower = title.toLowerCase();
  const matches = companies
    .flatMap((company) =>
      [company.name, company.nameKo]
        .filter((name): name is string => Boolean(name))
        .map((name) => ({ slug: company.slug, start: wordPosition(lower, name.toLowerCase()), length: name.length })),
    )
    .filter((match) => match.start >= 0)
    .sort((a, b) => a.start - b.start || b.length - a.length);
  const kept: typeof matches = [];
  for (const match of matches) {
    const inside = kept.some((other) => match.start < other.start + other.length);
    if (!inside && !kept.some((other) => other.slug === match.slug)) kept.push(match);
  }
  return kept.map((match) => match.slug);
}

/** The file name of an article: `<date>-<slug>.mdx`, without repeating a date the slug already starts with. */
export function articleFileName(date: string, slug: string): string {
  return slug.startsWith(`${date}-`) ? `${slug}.mdx` : `${date}-${slug}.mdx`;
}

/** An editor's answers, as typed on the command line or at a prompt; any left out are undefined. */
export type DraftAnswers = Partial<Record<keyof ArticleDraft, string>>;

/** A draft from the answers given, filling what was left out from the title: language, slug and companies. */
export function draftFromAnswers(answers: DraftAnswers, companies: readonly KnownCompany[]): ArticleDraft {
  const title = answers.title?.trim() ?? '';
  return {
    title,
    date: answers.date?.trim() ?? '',
    source: answers.source?.trim() ?? '',
    url: answers.url?.trim() || undefined,
    language: answers.language?.trim() ?? guessLanguage(title),
    slug: answers.slug?.trim() ?? slugify(title),
    companies:
      answers.companies === undefined ? guessCompanies(title, companies) : answers.companies.split(/[\s,]+/).filter(Boolean),
    titleTranslation: answers.titleTranslation?.trim() || undefined,
    summaryKo: answers.summaryKo?.trim() || undefined,
  };
}

/** The frontmatter field a draft's translated headline goes in: the other language's. */
export function translatedTitleField(language: string): 'titleKo' | 'titleEn' {
  return language === 'ko' ? 'titleEn' : 'titleKo';
}

/** One check per field, each reading its own answer from the draft. */
const FIELD_CHECKS: Record<keyof ArticleDraft, (draft: ArticleDraft, known: ReadonlySet<string>) => string | undefined> = {
  title: ({ title }) => (title.trim() ? undefined : 'the headline as published'),
  date: ({ date }) => (isCalendarDate(date) ? undefined : 'a date that exists, written YYYY-MM-DD, such as 2017-03-15'),
  source: ({ source }) => (source.trim() ? undefined : 'the publisher, such as "The Korea Herald"'),
  url: ({ url }) =>
    url === undefined || httpUrl.safeParse(url).success ? undefined : 'an address starting with http:// or https://',
  language: ({ language }) => (isLocale(language) ? undefined : 'en or ko'),
  slug: ({ slug, title }) =>
    SLUG_PATTERN.test(slug)
      ? undefined
      : slug === '' && HANGUL.test(title)
        ? 'a short name in English letters for the file and URL, such as genie-music-stake: a title in Korean gives none, so give one with --slug'
        : 'a short name of lowercase ASCII letters, digits and hyphens, such as genie-music-stake',
  titleTranslation: () => undefined,
  summaryKo: ({ summaryKo }) =>
    summaryKo === undefined || [...summaryKo].length <= SUMMARY_MAX_LENGTH
      ? undefined
      : `a Korean summary of at most ${SUMMARY_MAX_LENGTH} characters (this one has ${[...summaryKo].length})`,
  companies: ({ companies }, known) => {
    if (companies.length === 0) return 'at least one company slug, such as kt,lg-uplus';
    const unknown = companies.filter((slug) => !known.has(slug));
    return unknown.length === 0
      ? undefined
      : `slugs of files in content/companies/ (not found: ${unknown.join(', ')}; add a company file first)`;
  },
};

/** Why one answer of a draft cannot be used, or undefined when it can. */
export function fieldProblem(field: keyof ArticleDraft, draft: ArticleDraft, known: ReadonlySet<string>): string | undefined {
  return FIELD_CHECKS[field](draft, known);
}

/** Why each answer of a draft cannot be used, by field; an empty list means the draft can be written. */
export function draftProblems(
  draft: ArticleDraft,
  known: ReadonlySet<string>,
): Array<{ field: keyof ArticleDraft; expected: string }> {
  return (Object.keys(FIELD_CHECKS) as Array<keyof ArticleDraft>).flatMap((field) => {
    const expected = fieldProblem(field, draft, known);
    return expected === undefined ? [] : [{ field, expected }];
  });
}

/** The text of a new article file: every contract field, the optional ones commented out with an example. */
export function scaffoldArticle(draft: ArticleDraft): string {
  const url = draft.url ? `  url: ${quote(draft.url)}` : '  # url: "https://…" # the original, if it is online';
  const titleField = translatedTitleField(draft.language);
  const titleTranslation = draft.titleTranslation
    ? `${titleField}: ${quote(draft.titleTranslation)} # the headline translated, for the other edition`
    : `# ${titleField}: ${quote(titleField === 'titleKo' ? '한국어로 옮긴 제목' : 'The headline in English')} # the headline translated, for the other edition`;
  const summaryKo = draft.summaryKo
    ? `summaryKo: ${quote(draft.summaryKo)}`
    : '# summaryKo: "한국어 요약, 280자 이내" # the Korean edition\'s summary';
  return `---
# Made with \`npm run new\`. Every field is explained in docs/authoring.md.
# A line starting with "# " below is an optional field: delete the "# " to use it.
title: ${quote(draft.title)}
${titleTranslation}
date: '${draft.date}' # the day of the event; it orders the timeline
language: ${draft.language} # the language of the text below: en or ko
summary: ${quote(SUMMARY_PLACEHOLDER)}
${summaryKo}
# deck:
#   - "A sub-headline as published"
source:
  name: ${quote(draft.source)}
${url}
  # author: "The reporter's name"
  # published: 'YYYY-MM-DD' # only when it differs from date
  # archived: "https://web.archive.org/web/…" # a web archive's copy, in case the original disappears
  # note: "What a reader should know about this copy of the article"
companies: [${draft.companies.join(', ')}] # slugs of files in content/companies/
# tags: [music, ai]
# investments:
#   - investor: lg-uplus # a company slug
#     target: genie-music # a company slug, or a short label such as "Original content"
#     amount: 26700000000 # in units of currency, more than 0
#     currency: KRW # ISO 4217 code, such as KRW or USD
#     usd: 23000000 # the US-dollar value, if the article gives one
#     stake: 15 # percent acquired: more than 0, at most 100
#     kind: equity # equity, acquisition, commitment or fund
#     date: 'YYYY-MM-DD' # only when it differs from the article's date
#     note: "Where the figure comes from, if not this article"
# ownership:
#   company: genie-music # whose owners are shown
#   before:
#     - holder: kt # a company slug, or a label such as "Other shareholders"
#       percent: 49.99
#       source: "JoongAng Ilbo, 2017-03-16"
#   after:
#     - holder: kt
#       percent: 42.49
#       source: "JoongAng Ilbo, 2017-03-16"
# corrections: # only once the article is published and you correct it
#   - date: 'YYYY-MM-DD' # the day of the correction
#     text: "What was wrong and what is right"
#     textKo: "정정 내용을 한국어로" # the same in Korean
---

{/* Components: <EditorsNote>, <PhotoCaption>, <PullQuote>, <Money> and <Figure>; see docs/authoring.md. */}

${BODY_PLACEHOLDER}
`;
}

/** Whether an article still has a placeholder `npm run new` put in it. */
export function hasPlaceholders(text: string): boolean {
  return text.includes(SUMMARY_PLACEHOLDER) || text.includes(BODY_PLACEHOLDER);
}

/** A YAML double-quoted string: JSON's quoting is valid YAML and escapes everything that needs it. */
function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Where `word` occurs in `text` not inside a longer Latin word (so "KT" is not found in "KTX"), or -1.
 * Hangul may follow, because Korean particles attach to names: "KT와", "LG유플러스가".
 */
function wordPosition(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).exec(text)?.index ?? -1;
}

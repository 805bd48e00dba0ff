/**
 * Checks every content file against the contract and reports all problems at once, one per
 * field, each naming the file. The build's content guard and `npm run check:content` both call this.
 */
import type { z } from 'astro/zod';
import type { CalendarDate } from '../dates.ts';
import { readArticleBody } from './articleBody.ts';
import { dateWarnings, investmentWarnings, parentLoops } from './consistency.ts';
import { closestField, closestSlug, fieldsAt } from './fieldNames.ts';
import { DEFAULT_CONTENT_DIR, folderProblems, type FolderReading } from './folder.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { numberHint } from './numbers.ts';
import { LEFTOVER_ADVICE, type Leftover } from './scrapingLeftovers.ts';
import { describeValue, type ContentProblem, type ContentWarning } from './problems.ts';
import { articleCompanyReferences, companyFileReferences, type CompanyReference } from './references.ts';
import {
  articleSchema,
  companySchema,
  rateTableSchema,
  siteSchema,
  SLUG_PATTERN,
  type ArticleData,
  type CompanyData,
  type RateData,
  type SiteData,
} from './schema.ts';

/** A content file as read from disk: its path relative to the repository and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Everything the validator needs: the files of both collections, the rate table and the site's text, and what else reading them found. */
export interface ContentInput {
  articles: readonly ContentFile[];
  companies: readonly ContentFile[];
  /** `content/rates.yaml`, when there is one. */
  rates?: ContentFile | undefined;
  /** `content/site.yaml`, the site's own copy; undefined when the file is missing (which is a problem). */
  site?: ContentFile | undefined;
  /** The content folder relative to the repository, e.g. `content`, for naming a missing file. */
  dir?: string;
  /** What reading the folder from disk found besides the files (src/node/contentDir.ts); absent for files given directly. */
  folder?: FolderReading;
  /** Today, `YYYY-MM-DD`, to tell a date in the future; without it, no date is. */
  today?: CalendarDate;
  /** Whether a file exists, by its path relative to the content folder, for the pictures articles name; without it, they are not looked for. */
  fileExists?: (path: string) => boolean;
}

/** The slug of a content file: its file name without the extension. */
export function slugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(mdx|ya?ml)$/i, '');
}

/** Validates all articles and companies; an empty list means the content can be published. */
export function validateContent(input: ContentInput): ContentProblem[] {
  return checkContent(input).problems;
}

/**
 * What a content check found: every problem (the content cannot be published), every warning (it
 * is published as it is, but something may be a mistake), and the articles whose frontmatter is valid.
 */
export interface ContentCheck {
  problems: ContentProblem[];
  warnings: ContentWarning[];
  articles: { file: ContentFile; data: ArticleData }[];
}

/** Validates all content like `validateContent`, and gives the warnings and the valid articles' data too, so nothing is parsed twice. */
export function checkContent(input: ContentInput): ContentCheck {
  const dir = input.dir ?? DEFAULT_CONTENT_DIR;
  if (input.folder && !input.folder.exists) return { problems: folderProblems(input.folder, dir, 0), warnings: [], articles: [] };
  const problems: ContentProblem[] = input.folder ? folderProblems(input.folder, dir, input.articles.length) : [];
  const warnings: ContentWarning[] = [];
  const companies = input.companies.map((file) => readCompanyFile(file, problems));
  const rates = input.rates ? readRates(input.rates, problems) : [];
  const site = readSite(input.site, `${dir}/${SITE_FILE}`, problems);
  const articles = input.articles.map((file) =>
    readMdxFile(file, problems, warnings, { dir, fileExists: input.fileExists }),
  );

  problems.push(...duplicateSlugs(input.articles, 'article'), ...duplicateSlugs(input.companies, 'company'));

  const knownCompanies = new Set(input.companies.map((file) => slugFromPath(file.path)));
  for (const { file, raw, data } of companies) {
    problems.push(...unknownCompanies(file, companyFileReferences(raw), knownCompanies));
    if (data && site) problems.push(...unknownAlliance(file, data, site));
  }
  problems.push(
    ...parentLoops(
      companies.flatMap(({ file, data }) =>
        data ? [{ path: file.path, slug: slugFromPath(file.path), parent: data.parent }] : [],
      ),
    ),
  );
  for (const { file, raw, data } of articles) {
    problems.push(...unknownCompanies(file, articleCompanyReferences(raw), knownCompanies));
    if (data) problems.push(...missingRates(file, data, rates));
  }
  const valid = articles.flatMap(({ file, data }) => (data ? [{ file, data }] : []));
  warnings.push(...investmentWarnings(valid, rates), ...dateWarnings(valid, input.today));
  return {
    // One file's problems together, in the order they were found, so an editor fixes a file at a time.
    problems: problems.toSorted(byFile),
    warnings: warnings.toSorted(byFile),
    articles: valid,
  };
}

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** A file as read: its raw YAML (for references, checked even when the schema fails) and its validated data. */
interface ReadFile<T> {
  file: ContentFile;
  raw: unknown;
  data: T | undefined;
}

function readCompanyFile(file: ContentFile, problems: ContentProblem[]): ReadFile<CompanyData> {
  problems.push(...slugProblems(file));
  const parsed = parseYaml(file.text);
  if (!parsed.ok) {
    problems.push(yamlProblem(file, parsed));
    return { file, raw: undefined, data: undefined };
  }
  return { file, raw: parsed.data, data: applySchema(file, companySchema, parsed.data ?? {}, problems) };
}

/** Where the site's copy lives, relative to the content folder. */
export const SITE_FILE = 'site.yaml';

function readSite(file: ContentFile | undefined, path: string, problems: ContentProblem[]): SiteData | undefined {
  if (!file) {
    problems.push({
      file: path,
      field: '(file)',
      expected: `the site's own text in ${SITE_FILE} beside articles/ and companies/ (docs/authoring.md, "The site's own text")`,
    });
    return undefined;
  }
  const parsed = parseYaml(file.text);
  if (!parsed.ok) {
    problems.push(yamlProblem(file, parsed));
    return undefined;
  }
  return applySchema(file, siteSchema, parsed.data ?? {}, problems);
}

function unknownAlliance(file: ContentFile, data: { alliance?: string | undefined }, site: SiteData): ContentProblem[] {
  if (data.alliance === undefined || site.alliances.some((alliance) => alliance.id === data.alliance)) return [];
  return [
    {
      file: file.path,
      field: 'alliance',
      found: `${JSON.stringify(data.alliance)}, which is not an alliance`,
      expected: `one of the alliance ids in site.yaml: ${site.alliances.map((alliance) => alliance.id).join(', ') || '(none yet)'}`,
    },
  ];
}

function readRates(file: ContentFile, problems: ContentProblem[]): RateData[] {
  const parsed = parseYaml(file.text);
  if (!parsed.ok) {
    problems.push(yamlProblem(file, parsed));
    return [];
  }
  return applySchema(file, rateTableSchema, parsed.data ?? [], problems) ?? [];
}

function missingRates(file: ContentFile, data: ArticleData, rates: readonly RateData[]): ContentProblem[] {
  return (data.investments ?? []).flatMap((investment, index) =>
    investment.currency === 'USD' || investment.usd !== undefined || rates.some((rate) => rate.currency === investment.currency)
      ? []
      : [
          {
            file: file.path,
            field: `investments[${index}].usd`,
            expected: `a reported US-dollar figure, or a ${investment.currency} rate in content/rates.yaml to convert it with`,
          },
        ],
  );
}

/** Where an article's pictures are looked for: the content folder, and how to tell a file is there. */
interface BodyFiles {
  dir: string;
  fileExists: ((path: string) => boolean) | undefined;
}

function readMdxFile(
  file: ContentFile,
  problems: ContentProblem[],
  warnings: ContentWarning[],
  files: BodyFiles,
): ReadFile<ArticleData> {
  problems.push(...slugProblems(file));
  const split = splitFrontmatter(file.text);
  if (!split) {
    problems.push({
      file: file.path,
      field: '(frontmatter)',
      expected: 'the file to start with a frontmatter block between two lines of ---',
      line: 1,
    });
    return { file, raw: undefined, data: undefined };
  }
  const articlePath = file.path.startsWith(`${files.dir}/`) ? file.path.slice(files.dir.length + 1) : file.path;
  // The body where it is in the file, after a blank line for each of the frontmatter's, as the build's
  // pipeline reads it: every line a message names (also inside one, "<EditorsNote> (line 12)") is the file's.
  const body = '\n'.repeat(split.bodyLine - 1) + split.body;
  const read = readArticleBody(body, { articlePath, fileExists: files.fileExists });
  for (const { line, found, expected } of read.problems) {
    problems.push({ file: file.path, field: '(MDX body)', found, expected, ...(line === undefined ? {} : { line }) });
  }
  warnings.push(...read.leftovers.map((leftover) => leftoverWarning(file, leftover)));
  const parsed = parseYaml(split.frontmatter, 2);
  if (!parsed.ok) {
    problems.push(yamlProblem(file, parsed));
    return { file, raw: undefined, data: undefined };
  }
  return { file, raw: parsed.data, data: applySchema(file, articleSchema, parsed.data ?? {}, problems) };
}

/** A leftover of the page an article was copied from, as a warning in the editor's words. */
function leftoverWarning(file: ContentFile, { kind, text, line, count }: Leftover): ContentWarning {
  const { what, check } = LEFTOVER_ADVICE[kind];
  const more = count === 1 ? '' : count === 2 ? ' (and 1 more line like it)' : ` (and ${count - 1} more lines like it)`;
  return { file: file.path, field: '(MDX body)', found: `${describeValue(text)}, ${what}${more}`, check, line };
}

function applySchema<S extends z.ZodType>(file: ContentFile, schema: S, data: unknown, problems: ContentProblem[]) {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.output<S>;
  for (const issue of result.error.issues) {
    problems.push(...issueToProblems(file, schema, issue, data));
  }
  return undefined;
}

function issueToProblems(file: ContentFile, schema: z.ZodType, issue: z.core.$ZodIssue, data: unknown): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const parent = formatPath(issue.path);
    const allowed = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestField(key, allowed);
      return {
        file: file.path,
        field: parent ? `${parent}.${key}` : key,
        found: 'a field the contract does not have',
        expected: suggestion
          ? `${parent ? `${parent}.` : ''}${suggestion} (check the spelling; docs/authoring.md lists every field)`
          : `only the fields listed in docs/authoring.md${allowed.length > 0 ? ` here: ${allowed.join(', ')}` : ''}`,
      };
    });
  }
  const value = valueAt(data, issue.path);
  const found = describeValue(value);
  return [
    {
      file: file.path,
      field: formatPath(issue.path) || (file.path.endsWith('.mdx') ? '(frontmatter)' : '(whole file)'),
      ...(found === undefined ? {} : { found }),
      expected: issue.message + numberFieldHint(issue, value),
    },
  ];
}

/** For a figure written as text or as YAML's `.nan`/`.inf`: how to write it as a number (`(drop the commas: 30000000000)`). */
function numberFieldHint(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_type' || issue.expected !== 'number') return '';
  if (typeof value === 'string') return numberHint(value);
  return typeof value === 'number' ? ', written in digits' : '';
}

function yamlProblem(file: ContentFile, parsed: { line: number | undefined; reason: string }): ContentProblem {
  return {
    file: file.path,
    field: '(YAML)',
    found: `a syntax error: ${parsed.reason}`,
    expected: 'valid YAML: one "field: value" per line, nested fields indented by two spaces, text with ": " or "#" in quotes',
    ...(parsed.line === undefined ? {} : { line: parsed.line }),
  };
}

function slugProblems(file: ContentFile): ContentProblem[] {
  const slug = slugFromPath(file.path);
  if (SLUG_PATTERN.test(slug)) return [];
  return [
    {
      file: file.path,
      field: '(file name)',
      found: JSON.stringify(slug),
      expected: 'a slug of lowercase letters, digits and hyphens, such as 2017-03-15-genie-music-stake',
    },
  ];
}

function duplicateSlugs(files: readonly ContentFile[], what: string): ContentProblem[] {
  const bySlug = Map.groupBy(files, (file) => slugFromPath(file.path).toLowerCase());
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.slice(1).map((file) => ({
        file: file.path,
        field: '(file name)',
        found: `the same file name as ${group[0]?.path}, so both would be published at one URL`,
        expected: `each ${what} to have a file name of its own: rename or remove one of them`,
      })),
    );
}

function unknownCompanies(file: ContentFile, references: readonly CompanyReference[], known: ReadonlySet<string>): ContentProblem[] {
  return references
    .filter(({ slug }) => !known.has(slug))
    .map(({ field, slug }) => {
      const meant = closestSlug(slug, known);
      return {
        file: file.path,
        field,
        found: `${JSON.stringify(slug)}, which is not a company`,
        expected: meant
          ? `the slug of a file in content/companies/: did you mean ${JSON.stringify(meant)}? (or add content/companies/${slug}.yaml)`
          : `the slug of a file in content/companies/ (add content/companies/${slug}.yaml, or fix the spelling)`,
      };
    });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/**
 * Checks every content file against the contract and reports all problems at once, one per
 * field, each naming the file. The build's content guard and `npm run check:content` both call this.
 */
import type { z } from 'astro/zod';
import { closestField, fieldsAt } from './fieldNames.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { describeValue, type ContentProblem } from './problems.ts';
import { articleCompanyReferences, companyFileReferences, type CompanyReference } from './references.ts';
import {
  articleSchema,
  companySchema,
  rateTableSchema,
  siteSchema,
  SLUG_PATTERN,
  type ArticleData,
  type RateData,
  type SiteData,
} from './schema.ts';

/** A content file as read from disk: its path relative to the repository and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/**
 * Checks an MDX body as the build would compile and publish it: what is wrong with it (at a line of
 * the body, when it has one) and what was expected, or undefined when nothing is.
 */
export type MdxBodyCheck = (body: string) => { line?: number; found: string; expected: string } | undefined;

/** Everything the validator needs: the files of both collections, the rate table, and how to check an MDX body. */
export interface ContentInput {
  articles: readonly ContentFile[];
  companies: readonly ContentFile[];
  /** `content/rates.yaml`, when there is one. */
  rates?: ContentFile | undefined;
  /** `content/site.yaml`, the site's own copy; undefined when the file is missing (which is a problem). */
  site?: ContentFile | undefined;
  /** The content folder relative to the repository, e.g. `content`, for naming a missing file. */
  dir?: string;
  checkMdxBody?: MdxBodyCheck;
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

/** What a content check found: every problem, and the articles whose frontmatter is valid. */
export interface ContentCheck {
  problems: ContentProblem[];
  articles: { file: ContentFile; data: ArticleData }[];
}

/** Validates all content like `validateContent`, and gives the valid articles' data too, so nothing is parsed twice. */
export function checkContent(input: ContentInput): ContentCheck {
  const problems: ContentProblem[] = [];
  const companies = input.companies.map((file) => readCompanyFile(file, problems));
  const rates = input.rates ? readRates(input.rates, problems) : [];
  const site = readSite(input.site, `${input.dir ?? 'content'}/${SITE_FILE}`, problems);
  const articles = input.articles.map((file) => readMdxFile(file, problems, input.checkMdxBody));

  problems.push(...duplicateSlugs(input.articles, 'article'), ...duplicateSlugs(input.companies, 'company'));

  const knownCompanies = new Set(input.companies.map((file) => slugFromPath(file.path)));
  for (const { file, raw, data } of companies) {
    problems.push(...unknownCompanies(file, companyFileReferences(raw), knownCompanies));
    if (data && site) problems.push(...unknownAlliance(file, data, site));
  }
  for (const { file, raw, data } of articles) {
    problems.push(...unknownCompanies(file, articleCompanyReferences(raw), knownCompanies));
    if (data) problems.push(...missingRates(file, data, rates));
  }
  return {
    // One file's problems together, in the order they were found, so an editor fixes a file at a time.
    problems: problems.toSorted((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    articles: articles.flatMap(({ file, data }) => (data ? [{ file, data }] : [])),
  };
}

/** A file as read: its raw YAML (for references, checked even when the schema fails) and its validated data. */
interface ReadFile<T> {
  file: ContentFile;
  raw: unknown;
  data: T | undefined;
}

function readCompanyFile(file: ContentFile, problems: ContentProblem[]): ReadFile<{ alliance?: string | undefined }> {
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

function readMdxFile(file: ContentFile, problems: ContentProblem[], checkMdxBody: MdxBodyCheck | undefined): ReadFile<ArticleData> {
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
  const bodyProblem = checkMdxBody?.(split.body);
  if (bodyProblem) {
    const { line, found, expected } = bodyProblem;
    problems.push({
      file: file.path,
      field: '(MDX body)',
      found,
      expected,
      ...(line === undefined ? {} : { line: line + split.bodyLine - 1 }),
    });
  }
  const parsed = parseYaml(split.frontmatter, 2);
  if (!parsed.ok) {
    problems.push(yamlProblem(file, parsed));
    return { file, raw: undefined, data: undefined };
  }
  return { file, raw: parsed.data, data: applySchema(file, articleSchema, parsed.data ?? {}, problems) };
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
  const found = describeValue(valueAt(data, issue.path));
  return [
    {
      file: file.path,
      field: formatPath(issue.path) || (file.path.endsWith('.mdx') ? '(frontmatter)' : '(whole file)'),
      ...(found === undefined ? {} : { found }),
      expected: issue.message,
    },
  ];
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
    .map(({ field, slug }) => ({
      file: file.path,
      field,
      found: `${JSON.stringify(slug)}, which is not a company`,
      expected: `the slug of a file in content/companies/ (add content/companies/${slug}.yaml, or fix the spelling)`,
    }));
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

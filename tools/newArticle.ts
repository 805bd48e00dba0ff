/**
 * `npm run new`: starts an article in `CONTENT_DIR/articles/` from a title, a date and a source,
 * asking for what is missing when run in a terminal. The template and every rule about the answers
 * live in src/lib/content/scaffold.ts; this file only reads answers and writes the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content/problems.ts';
import {
  articleFileName,
  draftFromAnswers,
  draftProblems,
  fieldProblem,
  guessLanguage,
  knownCompanies,
  scaffoldArticle,
  type ArticleDraft,
  type DraftAnswers,
  type KnownCompany,
} from '../src/lib/content/scaffold.ts';
import { slugFromPath, validateContent } from '../src/lib/content/validate.ts';
import { contentRoot, readContent } from '../src/node/contentDir.ts';

const USAGE = `Usage: npm run new -- --title "Headline as published" --date YYYY-MM-DD --source "Publisher"

Optional:
  --companies kt,lg-uplus  slugs of files in content/companies/ (default: the companies the title names)
  --language en|ko         the language of the article text (default: ko for a title in Korean, else en)
  --url https://…          the original article
  --slug short-name        the file name after the date (default: made from an English title; a Korean title needs one)
  --title-translation "…"  the headline in the other language (Korean for an English article, English for a Korean one)
  --summary-ko "…"         the summary in Korean, at most 280 characters

Run in a terminal without options, it asks for each. The guide: docs/authoring.md`;

const OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  source: { type: 'string' },
  url: { type: 'string' },
  language: { type: 'string' },
  companies: { type: 'string' },
  slug: { type: 'string' },
  'title-translation': { type: 'string' },
  'summary-ko': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The order the questions are asked in: the title first, because the defaults of the last three come from it. */
const FLAGS = [
  'title',
  'date',
  'source',
  'url',
  'language',
  'titleTranslation',
  'summaryKo',
  'companies',
  'slug',
] as const;
type Flag = (typeof FLAGS)[number];

/** The questions; the translated headline's names the language it is in. Enter skips the optional ones. */
const QUESTIONS: Record<Flag, (draft: ArticleDraft) => string> = {
  title: () => 'Headline, as published',
  date: () => 'Date of the event (YYYY-MM-DD)',
  source: () => 'Publisher',
  url: () => 'Address of the original (Enter to leave out)',
  language: () => 'Language of the article text (en or ko)',
  titleTranslation: ({ language }) =>
    `Headline in ${language === 'ko' ? 'English' : 'Korean'}, for the other edition (Enter to leave out)`,
  summaryKo: () => 'Summary in Korean, at most 280 characters (Enter to leave out)',
  companies: () => 'Companies, as slugs separated by commas',
  slug: ({ title }) =>
    guessLanguage(title) === 'ko'
      ? 'Short name for the file and URL, in English letters (the title is Korean), such as genie-music-stake'
      : 'Short name for the file and URL',
};

process.exitCode = await main();

async function main(): Promise<number> {
  let flags: DraftAnswers & { help?: boolean | undefined };
  try {
    const {
      'title-translation': titleTranslation,
      'summary-ko': summaryKo,
      ...values
    } = parseArgs({
      options: OPTIONS,
    }).values;
    flags = {
      ...values,
      ...(titleTranslation === undefined ? {} : { titleTranslation }),
      ...(summaryKo === undefined ? {} : { summaryKo }),
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }

  const root = contentRoot();
  const content = readContent(root);
  const companies = knownCompanies(content.companies);
  const known = new Set(companies.map((company) => company.slug));

  const missing = (['title', 'date', 'source'] as const).filter((flag) => flags[flag] === undefined);
  if (missing.length > 0 && !process.stdin.isTTY) {
    console.error(`Missing ${missing.map((flag) => `--${flag}`).join(', ')} (no terminal to ask in).\n\n${USAGE}`);
    return 1;
  }
  const draft = process.stdin.isTTY ? await askForDraft(flags, companies, known) : draftFromAnswers(flags, companies);
  if (!draft) {
    console.error('\nCancelled: nothing was written.');
    return 1;
  }
  const problems = draftProblems(draft, known);
  if (problems.length > 0) {
    for (const { field, expected } of problems)
      console.error(`--${field}: found ${JSON.stringify(String(draft[field] ?? ''))}; expected ${expected}`);
    console.error(`\n${USAGE}`);
    return 1;
  }

  const fileName = articleFileName(draft.date, draft.slug);
  const existing = content.articles.find((file) => slugFromPath(file.path) === slugFromPath(fileName));
  if (existing) {
    console.error(`${existing.path} already exists, so nothing was written. Edit that file, or choose another --slug.`);
    return 1;
  }

  const path = join(root, 'articles', fileName);
  const shownPath = relative(process.cwd(), path).split('\\').join('/');
  const text = scaffoldArticle(draft);
  // The new file is checked like any article before it is written, so what `npm run new` writes always builds.
  const own = validateContent({ ...content, articles: [...content.articles, { path: shownPath, text }] }).filter(
    (problem) => problem.file === shownPath,
  );
  if (own.length > 0) {
    console.error(
      `The new article would not pass the content check, so nothing was written:\n${own.map(formatProblem).join('\n')}`,
    );
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  // 'wx' refuses to replace a file, even one that appeared since the check above.
  writeFileSync(path, text, { flag: 'wx' });
  console.log(nextSteps(shownPath, draft));
  return 0;
}

/**
 * Asks for every answer the flags did not give, or gave wrongly, offering what the title suggests;
 * undefined when the editor ends the input (Ctrl+D).
 */
async function askForDraft(
  flags: DraftAnswers,
  companies: readonly KnownCompany[],
  known: ReadonlySet<string>,
): Promise<ArticleDraft | undefined> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answers: DraftAnswers = { ...flags };
  const problemOf = (flag: Flag) => fieldProblem(flag, draftFromAnswers(answers, companies), known);
  try {
    for (const flag of FLAGS) {
      if (flag === 'companies' && answers.companies === undefined)
        console.log(`  Companies on file: ${[...known].join(', ')}`);
      while (answers[flag] === undefined || problemOf(flag) !== undefined) {
        if (answers[flag] !== undefined)
          console.log(`  ${JSON.stringify(answers[flag])}: expected ${problemOf(flag)}.`);
        answers[flag] = await ask(
          prompt,
          QUESTIONS[flag](draftFromAnswers(answers, companies)),
          offer(flag, answers, companies, known),
        );
      }
    }
  } catch (error) {
    // Ctrl+D aborts the question being asked, or closes the prompt before the next one.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ABORT_ERR' || code === 'ERR_USE_AFTER_CLOSE') return undefined;
    throw error;
  } finally {
    prompt.close();
  }
  return draftFromAnswers(answers, companies);
}

/** The answer offered as the default: what the title suggests, when that is usable; never a rejected answer. */
function offer(
  flag: Flag,
  answers: DraftAnswers,
  companies: readonly KnownCompany[],
  known: ReadonlySet<string>,
): string {
  const draft = draftFromAnswers({ ...answers, [flag]: undefined }, companies);
  const derived = draft[flag];
  if (derived === undefined || fieldProblem(flag, draft, known) !== undefined) return '';
  return Array.isArray(derived) ? derived.join(',') : String(derived);
}

async function ask(prompt: Interface, question: string, suggested: string): Promise<string> {
  const answer = (await prompt.question(suggested ? `${question} [${suggested}]: ` : `${question}: `)).trim();
  return answer || suggested;
}

function nextSteps(path: string, draft: ArticleDraft): string {
  const slug = slugFromPath(path);
  return `Created ${path}

Next:
  1. Open it and replace the two TODO placeholders: the summary and the article text.
  2. Check the companies (${draft.companies.join(', ')}); a new one needs a file in content/companies/ first.
  3. Fill in or delete the optional fields (the lines starting with "# ").
  4. npm run check:content      lists anything that is wrong, with the file, field and what to write
  5. npm run dev                then open http://localhost:4321/articles/${slug}/

Every field and component is explained in docs/authoring.md.`;
}

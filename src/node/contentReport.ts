/**
 * The content check as every command reports it: `npm run check:content`, `npm run build` (before
 * Astro starts) and `astro dev` (src/node/contentGuard.ts) print the same lists, in the same words.
 */
import { formatProblems, formatWarnings } from '../lib/content/problems.ts';
import { hasPlaceholders } from '../lib/content/scaffold.ts';
import { formatTranslationGaps, translationGaps } from '../lib/content/translations.ts';
import { checkContent } from '../lib/content/validate.ts';
import { contentRoot, readContentFolder } from './contentDir.ts';

/** What checking the content folder found, as text to print. */
export interface ContentReport {
  /** Whether the content can be published. */
  ok: boolean;
  /** The problems, one per line under a count (`Content check failed: 2 problems.`); empty when there are none. */
  problems: string;
  /** The warnings and reminders: published as they are, worth a look; empty when there are none. */
  warnings: string;
  /** What publishes as it is and needs nothing now (translations still to come), or the count of what was checked. */
  notes: string[];
  /** Where the first problem is: its file, relative to the project, and line, when it has one. */
  first?: { file: string; line?: number | undefined } | undefined;
}

/** Checks the content folder the commands use (`CONTENT_DIR`, else `content`) and words the outcome. */
export function reportContent(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): ContentReport {
  const input = readContentFolder(root, env);
  const { problems, warnings, articles } = checkContent(input);
  // Placeholders are valid content (a new article must build at once), so they are a reminder, not a failure.
  const reminders = input.articles
    .filter((article) => hasPlaceholders(article.text))
    .map(
      (article) =>
        `Reminder: ${article.path} still has a TODO placeholder from \`npm run new\` (the summary or the text).`,
    );
  const gaps = formatTranslationGaps(translationGaps(articles));
  return {
    ok: problems.length === 0,
    first: problems[0] && { file: problems[0].file, line: problems[0].line },
    problems: problems.length === 0 ? '' : formatProblems(problems),
    warnings: [...(warnings.length === 0 ? [] : [formatWarnings(warnings)]), ...reminders].join('\n'),
    notes:
      problems.length === 0
        ? [
            `Content OK: ${input.articles.length} articles and ${input.companies.length} companies in ${contentRoot(root, env)}.`,
            ...(gaps ? [gaps] : []),
          ]
        : [],
  };
}

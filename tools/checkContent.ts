/**
 * `npm run check:content`: validates every article and company in `CONTENT_DIR` with the build's
 * own rules, without building, and lists every problem.
 */
import { formatProblems } from '../src/lib/content/problems.ts';
import { hasPlaceholders } from '../src/lib/content/scaffold.ts';
import { formatTranslationGaps, translationGaps } from '../src/lib/content/translations.ts';
import { checkContent } from '../src/lib/content/validate.ts';
import { contentRoot, readContent } from '../src/node/contentDir.ts';

const root = contentRoot();
const content = readContent(root);
const { problems, articles } = checkContent(content);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`Content OK: ${content.articles.length} articles and ${content.companies.length} companies in ${root}.`);
  const note = formatTranslationGaps(translationGaps(articles));
  if (note) console.log(note);
}

// Placeholders are valid content (a new article must build at once), so they are a reminder, not a failure.
for (const file of content.articles.filter((article) => hasPlaceholders(article.text))) {
  console.warn(`Reminder: ${file.path} still has a TODO placeholder from \`npm run new\` (the summary or the text).`);
}

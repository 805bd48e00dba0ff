/**
 * `npm run check:content`: validates every article and company in `CONTENT_DIR` with the build's
 * own rules, without building, and lists every problem.
 */
import { formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate.ts';
import { contentRoot, readContent } from '../node/contentDir.ts';

const root = contentRoot();
const content = readContent(root);
const problems = validateContent(content);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`Content OK: ${content.articles.length} articles and ${content.companies.length} companies in ${root}.`);
}

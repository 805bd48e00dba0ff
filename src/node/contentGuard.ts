/** An Astro integration that refuses to build from invalid content, before a single file is written. */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/problems.ts';
import { hasPlaceholders } from '../lib/content/scaffold.ts';
import { formatTranslationGaps, translationGaps } from '../lib/content/translations.ts';
import { checkContent } from '../lib/content/validate.ts';
import { contentRoot, readContent } from './contentDir.ts';

/** Validates `CONTENT_DIR` when Astro starts; a build stops with every problem listed, the dev server logs them. */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const content = readContent(contentRoot());
        for (const file of content.articles.filter((article) => hasPlaceholders(article.text))) {
          logger.warn(`${file.path} still has a TODO placeholder from \`npm run new\`; it is published as it stands.`);
        }
        const { problems, articles } = checkContent(content);
        if (problems.length === 0) {
          const note = formatTranslationGaps(translationGaps(articles));
          if (note) logger.info(note);
          return;
        }
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(report);
      },
    },
  };
}

/** An Astro integration that refuses to build from invalid content, before a single file is written. */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate.ts';
import { contentRoot, readContent } from './contentDir.ts';

/** Validates `CONTENT_DIR` when Astro starts; a build stops with every problem listed, the dev server logs them. */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = validateContent(readContent(contentRoot()));
        if (problems.length === 0) return;
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

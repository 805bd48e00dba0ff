/**
 * An Astro integration that refuses to build from invalid content, before a single file is written,
 * and makes `astro dev` show every content problem in the terminal and the browser until it is fixed.
 */
import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentRoot } from './contentDir.ts';
import { reportContent, type ContentReport } from './contentReport.ts';
import { contentWatcher, keepDevContentState, type DevContentState } from './devContent.ts';

/**
 * Set by `npm run build` (tools/build.ts) to the content folder it has just checked and reported,
 * so the build Astro then runs does not check it again.
 */
export const CHECKED_CONTENT = 'TIMELINE_CHECKED_CONTENT';

/** Validates `CONTENT_DIR` when Astro starts: a build stops with every problem listed; the dev server shows them until they are fixed. */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger, addMiddleware, updateConfig }) => {
        if (command === 'dev') {
          // The pages reload when the outcome changes, once the watcher has given the way to reload them.
          let reload = () => {};
          const check = devChecker(logger);
          const state = keepDevContentState(() => {
            if (check(state)) reload();
          });
          state.refresh();
          addMiddleware({ entrypoint: new URL('./devContentMiddleware.ts', import.meta.url), order: 'pre' });
          updateConfig({ vite: { plugins: [contentWatcher(state, (reloadPages) => (reload = reloadPages))] } });
          return;
        }
        if (process.env[CHECKED_CONTENT] === contentRoot()) return;
        const report = reportContent();
        if (report.warnings) logger.warn(report.warnings);
        if (!report.ok) throw new Error(report.problems);
        for (const note of report.notes.slice(1)) logger.info(note);
      },
    },
  };
}

/** A check for the dev server: prints the report when it changes, keeps it in the state for the pages, and says whether it changed. */
function devChecker(logger: AstroIntegrationLogger): (state: DevContentState) => boolean {
  let shown: { problems: string | undefined; warnings: string } | undefined;
  return (state) => {
    state.stale = false;
    let report: ContentReport;
    try {
      report = reportContent();
    } catch (error) {
      // A file renamed or removed while it was read (an editor's save): the next change checks again.
      logger.warn(
        `Could not read the content folder (${error instanceof Error ? error.message : String(error)}); it is checked again at the next change.`,
      );
      return false;
    }
    const problems = report.ok ? undefined : report.problems;
    if (shown && shown.problems === problems && shown.warnings === report.warnings) return false;
    const fixed = shown?.problems !== undefined && problems === undefined;
    shown = { problems, warnings: report.warnings };
    state.problems =
      problems === undefined
        ? undefined
        : { report: problems, file: report.first && resolve(report.first.file), line: report.first?.line };
    if (problems) logger.error(problems);
    if (report.warnings) logger.warn(report.warnings);
    if (fixed) logger.info('Content OK again: the pages show the content as it is now.');
    return true;
  };
}

/**
 * Builds the site once for the engines suite, from a copy of the content with the Korean article of
 * tests/fixtures/korean-article added (the search's particle flow needs a Korean noun that only
 * ever stands with a particle), and hands its folders to the test files.
 */
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { copyProject } from '../../tools/lib/projectCopy.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    siteDir: string;
    /** The content it was built from. */
    contentDir: string;
    /** The folder of the Korean fixture's articles. */
    koreanFixture: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const copy = copyProject(ROOT);
  const koreanFixture = `${ROOT}tests/fixtures/korean-article`;
  cpSync(koreanFixture, copy.contentDir, { recursive: true });
  const build = await copy.build();
  if (build.code !== 0) {
    copy.remove();
    throw new Error(`The engines suite's build failed:\n${build.output}`);
  }
  project.provide('siteDir', build.outDir);
  project.provide('contentDir', copy.contentDir);
  project.provide('koreanFixture', `${koreanFixture}/articles`);
  return () => copy.remove();
}

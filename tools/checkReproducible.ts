/**
 * `npm run test:reproducible`: builds the site twice, in two copies of the project at different
 * paths, under different time zones and locales and at the same time, then compares every file of
 * the two `dist/` folders byte for byte. Any difference means a deploy of the same commit could
 * change the site, so the differing files are listed (with the first differing byte) and it fails.
 */
import { copyProject, type ProjectCopy } from './lib/projectCopy.ts';
import { readTree } from './lib/readTree.ts';
import { diffTrees, isIdentical } from './lib/treeDiff.ts';

/** Two machines that disagree on everything a build must not depend on. */
const ENVIRONMENTS: Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'ko_KR.UTF-8', LC_ALL: 'ko_KR.UTF-8' },
];

const root = process.cwd();
const copies: ProjectCopy[] = ENVIRONMENTS.map(() => copyProject(root));

try {
  const started = Date.now();
  const builds = await Promise.all(copies.map((copy, index) => copy.build(ENVIRONMENTS[index])));
  const failed = builds.find((build) => build.code !== 0);
  if (failed) {
    console.error(failed.output);
    throw new Error('A build failed, so reproducibility could not be checked.');
  }
  const [first, second] = builds.map((build) => readTree(build.outDir));
  const diff = diffTrees(first!, second!);
  if (!isIdentical(diff)) {
    console.error('Two builds of the same sources differ:');
    for (const path of diff.onlyInFirst) console.error(`  only in the first build:  ${path}`);
    for (const path of diff.onlyInSecond) console.error(`  only in the second build: ${path}`);
    for (const { path, offset } of diff.different) console.error(`  differs from byte ${offset}: ${path}`);
    process.exitCode = 1;
  } else {
    console.log(
      `Reproducible: two builds gave the same ${first!.size} files, byte for byte (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const copy of copies) copy.remove();
}

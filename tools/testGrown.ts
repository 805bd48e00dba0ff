/**
 * `npm run test:e2e:grown`: the whole browser suite on a grown copy of the content, as an editor's
 * next articles would make it: today's articles and companies, plus seeded synthetic articles
 * (tools/lib/synthetic.ts) in both languages, over the timeline's years and a share of them a day or
 * two apart, naming existing and new companies, with and without investments. Whatever valid
 * articles an editor adds, the suite must pass; this is the proof, on every `npm test`.
 *
 * The copy is `.grown-content/` (rewritten on every run, never committed), and the suite reads it
 * through `CONTENT_DIR`, as it would any content folder. `-- --articles=N --seed=S` grow it
 * otherwise; every other argument goes to Playwright (`-- tests/e2e/charts.spec.ts`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentRoot } from '../src/node/contentDir.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

/** Enough articles to split the timeline into year pages and to bring new companies, few enough for CI. */
const ARTICLES = 40;
/** A share of the new articles dated a day or two after another: close events share the charts' marks. */
const CLOSE_SHARE = 0.3;
const GROWN_FOLDER = '.grown-content';

const projectRoot = resolve(import.meta.dirname, '..');
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const articles = Number(option('articles') ?? ARTICLES);
const seed = Number(option('seed') ?? 2026);
const playwrightArgs = process.argv.slice(2).filter((arg) => !/^--(articles|seed)=/.test(arg));

const grown = resolve(projectRoot, GROWN_FOLDER);
rmSync(grown, { recursive: true, force: true });
cpSync(contentRoot(projectRoot), grown, { recursive: true });
const written = writeSyntheticContent(grown, articles, { seed, closeShare: CLOSE_SHARE });
console.log(
  `${GROWN_FOLDER}/: the content and ${written.articles.length} synthetic articles, ${written.companies.length} new companies (seed ${seed}).`,
);

const run = spawnSync('playwright', ['test', '-c', 'tests/playwright.config.ts', ...playwrightArgs], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: GROWN_FOLDER },
});
process.exit(run.status ?? 1);

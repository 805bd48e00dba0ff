/**
 * `npm run check:links`: requests every outside address in `CONTENT_DIR` (articles' `source.url` and
 * `source.archived`, companies' `url`) and lists the dead ones by file and field. It needs the
 * network, so it is not part of `npm test`; docs/authoring.md explains its report.
 */
import { contentRoot, readContent } from '../src/node/contentDir.ts';
import { contentLinks, type ContentLink } from './lib/contentLinks.ts';
import { checkUrls, type UrlVerdict } from './lib/urlCheck.ts';

type CheckedLink = ContentLink & { verdict: UrlVerdict };

const root = contentRoot();
const links = contentLinks(readContent(root));
console.log(`Checking ${count(links.length, 'link')} in ${root}…`);

const checked = await checkUrls(links);
// An original that is gone while its archived copy answers still tells where the article ran, and
// readers reach the text: nothing is left to fix, so it is listed without failing the check.
const archivedLive = new Set(
  checked.filter((link) => link.field === 'source.archived' && link.verdict.state === 'live').map((link) => link.file),
);
const isDead = (link: CheckedLink) => link.verdict.state === 'dead';
const archived = checked.filter((link) => isDead(link) && link.field === 'source.url' && archivedLive.has(link.file));
const dead = checked.filter((link) => isDead(link) && !archived.includes(link));
const unverified = checked.filter((link) => link.verdict.state === 'unverified');

if (dead.length > 0) {
  console.error(`Link check failed: ${count(dead.length, 'dead link')}.`);
  for (const link of dead) console.error(`  ${describe(link)}`);
  console.error('Give the address the page moved to, or an archived copy (source.archived); see docs/authoring.md.');
  process.exitCode = 1;
}
// Sites that turn robots away answer 403 or 429 for pages that exist, so these are a list to look at, not a failure.
if (unverified.length > 0) {
  console.warn(
    `Could not verify ${count(unverified.length, 'link')} (the site refused a robot or did not answer); open them in a browser:`,
  );
  for (const link of unverified) console.warn(`  ${describe(link)}`);
}
if (archived.length > 0) {
  console.log('Originals that are gone while their archived copy answers (nothing to do):');
  for (const link of archived) console.log(`  ${describe(link)}`);
}
console.log(
  `Links: ${checked.filter((link) => link.verdict.state === 'live').length} live, ${dead.length} dead, ` +
    `${archived.length} gone but archived, ${unverified.length} could not be verified.`,
);

/** `content/articles/x.mdx: source.url: https://… (404 Not Found)` */
function describe(link: CheckedLink): string {
  return `${link.file}: ${link.field}: ${link.url} (${link.verdict.reason})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

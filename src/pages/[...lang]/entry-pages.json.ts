/**
 * Where each entry of a split timeline is, in each edition: `{ "<slug>": "/ko/years/2020/2/#<slug>" }`.
 * An address `/#<slug>` for an entry `/` no longer shows is sent on to its page from this
 * (src/scripts/timelinePager.ts); a timeline on one page needs none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionParams } from '../../edition';
import { getArchive } from '../../collections';
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { JSON_HEADERS } from '../../lib/openData';

export const getStaticPaths = (async () => {
  const { timeline } = await getArchive();
  if (!timeline.split) return [];
  return LOCALES.map((locale) => ({ params: editionParams(locale), props: { locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const archive = await getArchive();
  const edition = editionOf(props.locale, archive.site);
  const pages = Object.fromEntries(
    archive.articles.map((article) => [article.id, edition.href(archive.timeline.entryPath(article.id))]),
  );
  // Compact: it is read by the script, not by people.
  return new Response(JSON.stringify(pages), { headers: JSON_HEADERS });
};

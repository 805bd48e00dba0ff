/**
 * The timeline filter's index files (src/lib/filters.ts), for an archive whose timeline is split into
 * pages: one per company and per topic, in each edition. A one-page timeline filters in place and needs none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionParams } from '../../../../edition';
import { getArchive, type Article } from '../../../../collections';
import type { FilterFacet } from '../../../../lib/filterEvent';
import { filterEntries } from '../../../../lib/filters';
import { LOCALES, type Locale } from '../../../../lib/i18n/locales';
import { JSON_HEADERS } from '../../../../lib/openData';
import { articlePath } from '../../../../lib/urls';

export const getStaticPaths = (async () => {
  const { timeline, byCompany, byTag } = await getArchive();
  if (!timeline.split) return [];
  const facets: [FilterFacet, ReadonlyMap<string, Article[]>][] = [
    ['company', byCompany],
    ['tag', byTag],
  ];
  return LOCALES.flatMap((locale) =>
    facets.flatMap(([facet, index]) =>
      [...index].map(([value, articles]) => ({
        params: { ...editionParams(locale), facet, value },
        props: { locale, articles },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; articles: Article[] }> = async ({ props }) => {
  const archive = await getArchive();
  const edition = editionOf(props.locale, archive.site);
  const entries = filterEntries(props.articles, props.locale, {
    article: (id) => edition.href(articlePath(id)),
    entry: (id) => edition.href(archive.timeline.entryPath(id)),
  });
  // Compact: these are fetched by the filter, not read by people.
  return new Response(JSON.stringify({ entries }), { headers: JSON_HEADERS });
};

/** The JSON Feed 1.1 of each edition: the same entries as its RSS feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteHref, edition as editionOf, editionPaths } from '../../edition';
import { getArchive } from '../../collections';
import { feedEntries, jsonFeed } from '../../lib/feeds';
import type { Locale } from '../../lib/i18n/locales';
import { formatJson } from '../../lib/openData';
import { SITE_FILES } from '../../lib/urls';

export const getStaticPaths = editionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const archive = await getArchive();
  const edition = editionOf(props.locale, archive.site);
  const feed = jsonFeed(
    {
      title: edition.copy.title,
      description: edition.copy.description,
      homePageUrl: edition.absoluteHref(''),
      feedUrl: edition.absoluteHref(SITE_FILES.jsonFeed),
      iconUrl: absoluteHref('favicon.svg'),
      language: edition.locale,
      sourceLabel: edition.t.article.source,
    },
    feedEntries(archive.articles, edition.absoluteHref, edition.locale),
  );
  return new Response(formatJson(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};

/** The JSON Feed 1.1: the same entries as the RSS feed. */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_TITLE, absoluteHref } from '../consts';
import { getArticles } from '../data';
import { feedEntries, jsonFeed } from '../lib/feeds';
import { formatJson } from '../lib/openData';
import { SITE_FILES } from '../lib/urls';

export const GET: APIRoute = async () => {
  const feed = jsonFeed(
    {
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      homePageUrl: absoluteHref(''),
      feedUrl: absoluteHref(SITE_FILES.jsonFeed),
      iconUrl: absoluteHref('favicon.svg'),
      language: SITE_LANGUAGE,
    },
    feedEntries(await getArticles(), absoluteHref),
  );
  return new Response(formatJson(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};

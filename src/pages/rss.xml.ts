/** The RSS 2.0 feed: every article with its summary, newest first, every URL absolute under the base. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_TITLE, absoluteHref } from '../consts';
import { getArticles } from '../data';
import { escapeXml, feedEntries, rssItem } from '../lib/feeds';
import { SITE_FILES } from '../lib/urls';

export const GET: APIRoute = async () =>
  rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    // The home page with the base, not `context.site`: the channel link must point where the site lives.
    site: absoluteHref(''),
    items: feedEntries(await getArticles(), absoluteHref).map(rssItem),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${SITE_LANGUAGE}</language><atom:link href="${escapeXml(absoluteHref(SITE_FILES.rss))}" rel="self" type="application/rss+xml"/>`,
  });

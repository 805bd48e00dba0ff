/** The RSS 2.0 feed of each edition: the newest articles with their summaries, every URL absolute under the base. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionPaths } from '../../edition';
import { getArchive } from '../../collections';
import { escapeXml, feedEntries, rssItem } from '../../lib/feeds';
import type { Locale } from '../../lib/i18n/locales';
import { SITE_FILES } from '../../lib/urls';

export const getStaticPaths = editionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const archive = await getArchive();
  const edition = editionOf(props.locale, archive.site);
  return rss({
    title: edition.copy.title,
    description: edition.copy.description,
    // The edition's home page with the base, not `context.site`: the channel link must point where the site lives.
    site: edition.absoluteHref(''),
    items: feedEntries(archive.articles, edition.absoluteHref, edition.locale).map(rssItem),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${edition.locale}</language><atom:link href="${escapeXml(edition.absoluteHref(SITE_FILES.rss))}" rel="self" type="application/rss+xml"/>`,
  });
};

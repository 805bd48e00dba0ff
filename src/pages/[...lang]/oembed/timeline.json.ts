/** The oEmbed document of the timeline's embed, in each edition (docs/embed.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionPaths } from '../../../edition';
import { getArchive } from '../../../collections';
import { embedSubject, timelineEmbed } from '../../../lib/embed';
import type { Locale } from '../../../lib/i18n/locales';
import { oembedResponse } from '../../../oembed';

export const getStaticPaths = editionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const edition = editionOf(props.locale, (await getArchive()).site);
  return oembedResponse(timelineEmbed(), embedSubject(edition.t), edition);
};

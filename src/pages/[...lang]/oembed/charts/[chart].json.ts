/** The oEmbed document of each chart's embed, in each edition (docs/embed.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionParams } from '../../../../edition';
import { getArchive } from '../../../../collections';
import { EMBED_CHARTS, chartEmbed, embedSubject, type EmbedChart } from '../../../../lib/embed';
import { LOCALES, type Locale } from '../../../../lib/i18n/locales';
import { oembedResponse } from '../../../../oembed';

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) =>
    EMBED_CHARTS.map((chart) => ({ params: { ...editionParams(locale), chart }, props: { locale, chart } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; chart: EmbedChart }> = async ({ props }) => {
  const edition = editionOf(props.locale, (await getArchive()).site);
  return oembedResponse(chartEmbed(props.chart), embedSubject(edition.t, props.chart), edition);
};

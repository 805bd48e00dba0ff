/** The oEmbed document of each chart's embed, in each edition (docs/embed.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionParams } from '../../../../edition';
import { getArchive } from '../../../../collections';
import { chartEmbed, embedSubject } from '../../../../lib/embed';
import { LOCALES, type Locale } from '../../../../lib/i18n/locales';
import { CHARTS, type ChartName } from '../../../../lib/urls';
import { oembedResponse } from '../../../../oembed';

export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) =>
    CHARTS.map((chart) => ({ params: { ...editionParams(locale), chart }, props: { locale, chart } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; chart: ChartName }> = async ({ props }) => {
  const edition = editionOf(props.locale, (await getArchive()).site);
  return oembedResponse(chartEmbed(props.chart), embedSubject(edition.t, props.chart), edition);
};

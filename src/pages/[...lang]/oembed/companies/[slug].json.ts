/** The oEmbed document of each company's events, the timeline filtered to them, in each edition (docs/embed.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition as editionOf, editionParams } from '../../../../edition';
import { getArchive, type Company } from '../../../../collections';
import { companyName } from '../../../../lib/companies';
import { companyEmbed } from '../../../../lib/embed';
import { LOCALES, type Locale } from '../../../../lib/i18n/locales';
import { oembedResponse } from '../../../../oembed';

export const getStaticPaths = (async () => {
  const { companies } = await getArchive();
  return LOCALES.flatMap((locale) =>
    [...companies.values()].map((company) => ({
      params: { ...editionParams(locale), slug: company.id },
      props: { locale, company },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; company: Company }> = async ({ props }) => {
  const edition = editionOf(props.locale, (await getArchive()).site);
  const subject = edition.t.embed.companyEvents(companyName(props.company.data, props.locale));
  return oembedResponse(companyEmbed(props.company.id), subject, edition);
};

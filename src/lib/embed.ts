/**
 * Embeds: the timeline and each chart as chromeless pages other sites may frame
 * (src/pages/[...lang]/embed/), the code a newsroom pastes to frame one, and its oEmbed document
 * (https://oembed.com). docs/embed.md is the newsroom's guide to all of it.
 */
import type { Dictionary } from './i18n/en.ts';
import { EMBED_PATH, embedChartPath, oembedPath, type ChartName } from './urls.ts';

/**
 * The parameter that lets the chips of an embedded timeline filter it in place, as on the site
 * (`embed/?filter`); without it they lead to the company's or topic's page on the site.
 */
export const EMBED_FILTER_PARAM = 'filter';

/** The width an oEmbed consumer is told a frame takes: the charts' wide drawing (the frame itself takes its column's width). */
export const EMBED_WIDTH = 720;

/**
 * Each frame's height in CSS px before the host page's script fits it to its content: the first
 * entries of the timeline, or a chart whole as today's content draws it in a column 360 to 800 px
 * wide (a chart that grows scrolls in its frame until the script fits it).
 */
export const EMBED_HEIGHTS: Readonly<Record<'timeline' | ChartName, number>> = {
  timeline: 720,
  investments: 640,
  involvement: 1000,
  ownership: 540,
};

/** Something another site can frame. */
export interface Embed {
  /** The embed page with its parameters, relative to an edition's root: `embed/?company=kt`. */
  path: string;
  /** Its oEmbed document, relative to the edition's root. */
  oembed: string;
  /** The frame's height in CSS px without the host page's script. */
  height: number;
}

/** The whole timeline. */
export function timelineEmbed(): Embed {
  return { path: EMBED_PATH, oembed: oembedPath('timeline'), height: EMBED_HEIGHTS.timeline };
}

/** The timeline filtered to one company's events: what a company's page offers to embed. */
export function companyEmbed(slug: string): Embed {
  return {
    path: `${EMBED_PATH}${filterQuery({ company: slug })}`,
    oembed: oembedPath(`companies/${slug}`),
    height: EMBED_HEIGHTS.timeline,
  };
}

/** One chart alone. */
export function chartEmbed(chart: ChartName): Embed {
  return { path: embedChartPath(chart), oembed: oembedPath(`charts/${chart}`), height: EMBED_HEIGHTS[chart] };
}

/** A filter of the timeline as its address's query: `?company=kt&tag=ai`, or nothing for no filter. */
export function filterQuery(filter: { company?: string | undefined; tag?: string | undefined }): string {
  const params = new URLSearchParams();
  if (filter.company) params.set('company', filter.company);
  if (filter.tag) params.set('tag', filter.tag);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What an embed shows, as its heading and in its frame's title: the timeline, or a chart's title. */
export function embedSubject(t: Dictionary, chart?: ChartName): string {
  switch (chart) {
    case undefined:
      return t.timeline.listLabel;
    case 'investments':
      return t.charts.investments.title;
    case 'involvement':
      return t.charts.involvement.title;
    case 'ownership':
      return t.embed.ownershipHeading;
  }
}

/** A frame as the host page writes it: its absolute address, its title (its name for screen readers) and height. */
export interface Frame {
  src: string;
  title: string;
  height: number;
}

/** What the frame of an embed needs to know of the edition it is in. */
export interface FrameEdition {
  t: Dictionary;
  copy: { title: string };
  /** A site-relative path as the absolute URL of that page in the edition. */
  absoluteHref(path: string): string;
}

/** The frame of an embed in an edition: its address, its title (what it shows, and whose) and its height. */
export function frameOf(embed: Embed, subject: string, edition: FrameEdition): Frame {
  return {
    src: edition.absoluteHref(embed.path),
    title: edition.t.embed.frameTitle(subject, edition.copy.title),
    height: embed.height,
  };
}

/** The `<iframe>` that frames an embed: as wide as its column, lazily loaded, named by its title. */
export function iframeCode(frame: Frame): string {
  return `<iframe src="${escapeAttribute(frame.src)}" title="${escapeAttribute(frame.title)}" width="100%" height="${Math.round(frame.height)}" loading="lazy" style="border:0"></iframe>`;
}

/** The code a newsroom pastes: the frame, and the script that fits it to its content (`hostScript`, absolute). */
export function embedCode(frame: Frame, hostScript: string): string {
  return `${iframeCode(frame)}\n<script src="${escapeAttribute(hostScript)}" async></script>`;
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com, section 2.3.4). */
export interface OembedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The HTML to embed: the frame alone (consumers refuse or strip scripts). */
  html: string;
  width: number;
  height: number;
}

/** The oEmbed document of a frame, from a site (its name and the absolute URL of its home page). */
export function oembedDocument(frame: Frame, provider: { name: string; url: string }): OembedDocument {
  return {
    version: '1.0',
    type: 'rich',
    title: frame.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: iframeCode(frame),
    width: EMBED_WIDTH,
    height: Math.round(frame.height),
  };
}

/** Text safe inside a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

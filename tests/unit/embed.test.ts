import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHTS,
  EMBED_WIDTH,
  chartEmbed,
  companyEmbed,
  embedCode,
  embedSubject,
  filterQuery,
  frameOf,
  iframeCode,
  oembedDocument,
  timelineEmbed,
  type Frame,
} from '../../src/lib/embed.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { CHARTS, absoluteUrl, localizedPath } from '../../src/lib/urls.ts';

/** The attributes of the one `<iframe>` the code starts with, decoded as a browser would. */
function iframeAttributes(code: string): Record<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>/.exec(code)?.[1] ?? '';
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries([...tag.matchAll(/([a-z]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)]));
}

const frame: Frame = { src: 'https://example.org/timeline/embed/', title: 'Timeline of events · Site', height: 720 };

describe('the embeds', () => {
  it('are the timeline, a company’s events and each chart, each with its oEmbed document', () => {
    expect(timelineEmbed()).toEqual({ path: 'embed/', oembed: 'oembed/timeline.json', height: EMBED_HEIGHTS.timeline });
    expect(companyEmbed('lg-uplus')).toEqual({
      path: 'embed/?company=lg-uplus',
      oembed: 'oembed/companies/lg-uplus.json',
      height: EMBED_HEIGHTS.timeline,
    });
    for (const chart of CHARTS) {
      expect(chartEmbed(chart)).toEqual({
        path: `embed/charts/${chart}/`,
        oembed: `oembed/charts/${chart}.json`,
        height: EMBED_HEIGHTS[chart],
      });
    }
  });

  it('have frames in the edition’s language, at absolute URLs under the base', () => {
    for (const locale of LOCALES) {
      const t = dictionary(locale);
      const edition = {
        t,
        copy: { title: 'Site' },
        absoluteHref: (path: string) => absoluteUrl(localizedPath(path, locale), 'https://example.org', '/timeline/'),
      };
      expect(frameOf(chartEmbed('investments'), embedSubject(t, 'investments'), edition)).toEqual({
        src: `https://example.org/timeline/${localizedPath('embed/charts/investments/', locale)}`,
        title: t.embed.frameTitle(t.charts.investments.title, 'Site'),
        height: EMBED_HEIGHTS.investments,
      });
    }
  });

  it('each say what they show, differently, in both editions', () => {
    for (const locale of LOCALES) {
      const t = dictionary(locale);
      const subjects = [undefined, ...CHARTS].map((chart) => embedSubject(t, chart));
      expect(new Set(subjects).size).toBe(subjects.length);
      for (const subject of subjects) expect(subject.trim()).not.toBe('');
    }
  });
});

describe('filterQuery', () => {
  it('writes the filter as the address’s query, and nothing without one', () => {
    expect(filterQuery({})).toBe('');
    expect(filterQuery({ company: 'kt' })).toBe('?company=kt');
    expect(filterQuery({ company: 'kt', tag: 'ai' })).toBe('?company=kt&tag=ai');
    expect(filterQuery({ tag: 'a b&c' })).toBe('?tag=a+b%26c');
  });
});

describe('iframeCode', () => {
  it('frames the embed by its address and title, column-wide, lazily, at its height', () => {
    expect(iframeAttributes(iframeCode(frame))).toEqual({
      src: frame.src,
      title: frame.title,
      width: '100%',
      height: '720',
      loading: 'lazy',
      style: 'border:0',
    });
  });

  it('keeps any title and address whole inside its attributes', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl({ withQueryParameters: true }), (title, src) => {
        const attributes = iframeAttributes(iframeCode({ src, title, height: 500 }));
        expect(attributes.title).toBe(title);
        expect(attributes.src).toBe(src);
      }),
    );
  });
});

describe('embedCode', () => {
  it('is the frame, then the host page’s script, loaded without holding the page up', () => {
    const [first, second] = embedCode(frame, 'https://example.org/timeline/embed.js').split('\n');
    expect(first).toBe(iframeCode(frame));
    expect(second).toBe('<script src="https://example.org/timeline/embed.js" async></script>');
  });
});

describe('oembedDocument', () => {
  it('is an oEmbed 1.0 rich response whose HTML is the frame alone', () => {
    expect(oembedDocument(frame, { name: 'Site', url: 'https://example.org/timeline/' })).toEqual({
      version: '1.0',
      type: 'rich',
      title: frame.title,
      provider_name: 'Site',
      provider_url: 'https://example.org/timeline/',
      html: iframeCode(frame),
      width: EMBED_WIDTH,
      height: frame.height,
    });
  });
});

describe('public/embed.js', () => {
  it('uses the message names of src/lib/embedMessages.ts', async () => {
    const { EMBED_MESSAGES } = await import('../../src/lib/embedMessages.ts');
    const script = readFileSync('public/embed.js', 'utf8');
    for (const type of Object.values(EMBED_MESSAGES)) expect(script).toContain(`'${type}'`);
  });
});

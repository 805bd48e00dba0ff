import { describe, expect, it } from 'vitest';
import {
  EMBED_PATH,
  SITE_FILES,
  absoluteUrl,
  articlePath,
  companyPath,
  editionUrls,
  embedChartPath,
  isEmbedPath,
  localizedPath,
  normalizeBase,
  oembedPath,
  pathWithBase,
  timelineEntryPath,
  unlocalizedPath,
} from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  it('gives every base a leading and trailing slash', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('timeline')).toBe('/timeline/');
    expect(normalizeBase('/timeline')).toBe('/timeline/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });
});

describe('pathWithBase', () => {
  it('puts site paths under the root base', () => {
    expect(pathWithBase('', '/')).toBe('/');
    expect(pathWithBase(articlePath('x'), '/')).toBe('/articles/x/');
  });

  it('puts site paths under a non-root base', () => {
    expect(pathWithBase('', '/timeline/')).toBe('/timeline/');
    expect(pathWithBase(articlePath('2017-03-15-a'), '/timeline')).toBe('/timeline/articles/2017-03-15-a/');
    expect(pathWithBase(companyPath('kt'), '/timeline/')).toBe('/timeline/companies/kt/');
    expect(pathWithBase('/favicon.svg', '/timeline/')).toBe('/timeline/favicon.svg');
  });

  it('keeps the fragment of a timeline entry', () => {
    expect(pathWithBase(timelineEntryPath('2017-03-15-a'), '/timeline/')).toBe('/timeline/#2017-03-15-a');
    expect(pathWithBase(timelineEntryPath('x'), '/')).toBe('/#x');
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin, the base and the path', () => {
    expect(absoluteUrl(articlePath('x'), 'https://example.org', '/timeline/')).toBe(
      'https://example.org/timeline/articles/x/',
    );
    expect(absoluteUrl('', 'https://example.org/', '/')).toBe('https://example.org/');
  });
});

describe('SITE_FILES', () => {
  it('are site-relative, so they follow the base like every other path', () => {
    for (const path of Object.values(SITE_FILES)) {
      expect(path.startsWith('/')).toBe(false);
      expect(absoluteUrl(path, 'https://example.org', '/timeline/')).toBe(`https://example.org/timeline/${path}`);
    }
  });
});

describe('localizedPath', () => {
  it('leaves the default edition at the root and puts the Korean one under ko/', () => {
    expect(localizedPath('', 'en')).toBe('');
    expect(localizedPath('', 'ko')).toBe('ko/');
    expect(localizedPath('articles/x/', 'ko')).toBe('ko/articles/x/');
    expect(localizedPath('#x', 'ko')).toBe('ko/#x');
    expect(pathWithBase(localizedPath('companies/kt/', 'ko'), '/timeline/')).toBe('/timeline/ko/companies/kt/');
  });
});

describe('unlocalizedPath', () => {
  it('gives a path without its edition’s prefix, and the edition', () => {
    expect(unlocalizedPath('ko/articles/x/')).toEqual({ path: 'articles/x/', locale: 'ko' });
    expect(unlocalizedPath('articles/x/')).toEqual({ path: 'articles/x/', locale: 'en' });
    expect(unlocalizedPath('ko/')).toEqual({ path: '', locale: 'ko' });
    expect(unlocalizedPath('')).toEqual({ path: '', locale: 'en' });
    // A path that only begins with the letters of a locale is not in that edition.
    expect(unlocalizedPath('korea/')).toEqual({ path: 'korea/', locale: 'en' });
  });
});

describe('editionUrls', () => {
  const root = 'https://example.org/timeline/';

  it('gives a page’s URL in every edition, the same from either of them', () => {
    const both = [
      { lang: 'en', url: `${root}tags/ai/` },
      { lang: 'ko', url: `${root}ko/tags/ai/` },
    ];
    expect(editionUrls(`${root}tags/ai/`, root)).toEqual(both);
    expect(editionUrls(`${root}ko/tags/ai/`, root)).toEqual(both);
    expect(editionUrls(root, root)).toEqual([
      { lang: 'en', url: root },
      { lang: 'ko', url: `${root}ko/` },
    ]);
  });

  it('gives none for a URL outside the site', () => {
    expect(editionUrls('https://example.org/elsewhere/', root)).toEqual([]);
  });
});

describe('embeds', () => {
  it('are under embed/ in each edition, each chart at a page of its own, their oEmbed documents apart', () => {
    expect(EMBED_PATH).toBe('embed/');
    expect(embedChartPath('investments')).toBe('embed/charts/investments/');
    expect(oembedPath('charts/investments')).toBe('oembed/charts/investments.json');
    expect(pathWithBase(localizedPath(embedChartPath('ownership'), 'ko'), '/timeline/')).toBe(
      '/timeline/ko/embed/charts/ownership/',
    );
  });

  it('are told apart from every other page, in either edition, with or without a leading slash', () => {
    for (const path of ['embed/', '/embed/', 'ko/embed/', 'embed/charts/involvement/', '/ko/embed/charts/x/']) {
      expect(isEmbedPath(path), path).toBe(true);
    }
    for (const path of ['', 'ko/', 'articles/embed/', 'embedded/', 'companies/kt/', 'oembed/timeline.json']) {
      expect(isEmbedPath(path), path).toBe(false);
    }
  });
});

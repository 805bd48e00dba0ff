import { describe, expect, it } from 'vitest';
import { loadAfterFirstPaint, loaderFor } from '../../src/lib/deferredScripts.ts';
import { applyEdits } from '../../src/lib/pageEdits.ts';

const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;
/** The same, as the bytes Astro renders. */
const defer = (html: string) => {
  const bytes = Buffer.from(html);
  const { edits, loaders } = loadAfterFirstPaint(bytes);
  return { html: Buffer.concat(applyEdits(bytes, edits)).toString(), loaders };
};

describe('loadAfterFirstPaint', () => {
  it('turns each module script into an inline module that imports it, and lists that code', () => {
    const html = page('<p>x</p><script type="module" src="/base/_astro/site.abc.js"></script>');
    const { html: deferred, loaders } = defer(html);
    expect(loaders).toEqual([loaderFor('/base/_astro/site.abc.js')]);
    expect(deferred).toBe(page(`<p>x</p><script type="module">${loaders[0]}</script>`));
    expect(deferred).not.toContain(' src=');
  });

  it('leaves data blocks, inline scripts and pages without scripts as they are', () => {
    const html = page('<script type="application/ld+json">{}</script><script type="module">let a=1</script>');
    expect(defer(html)).toEqual({ html, loaders: [] });
  });

  it('defers every module script, and leaves one with other attributes as it is', () => {
    const other = '<script type="module" src="/a.js" async></script>';
    const html = page(`<script type="module" src="/b.js"></script>${other}<script type="module" src="/c.js"></script>`);
    const { html: deferred, loaders } = defer(html);
    expect(loaders).toEqual([loaderFor('/b.js'), loaderFor('/c.js')]);
    expect(deferred).toBe(
      page(`<script type="module">${loaders[0]}</script>${other}<script type="module">${loaders[1]}</script>`),
    );
  });
});

describe('loaderFor', () => {
  const src = '/_astro/site.abc.js';

  /** Runs the loader in a stand-in browser and reports what it imported, and when. */
  const run = (paintTiming: boolean) => {
    const imported: string[] = [];
    const observers: ((list: { getEntriesByName: (name: string) => unknown[] }, o: { disconnect(): void }) => void)[] =
      [];
    let disconnected = false;
    let onLoad: (() => void) | undefined;
    const PerformanceObserver = Object.assign(
      function (this: unknown, callback: (typeof observers)[number]) {
        observers.push(callback);
        return { observe: () => undefined };
      },
      { supportedEntryTypes: paintTiming ? ['paint', 'navigation'] : ['navigation'] },
    );
    const body = loaderFor(src).replace(/\bimport\(/, 'importModule(');
    new Function('PerformanceObserver', 'addEventListener', 'importModule', body)(
      PerformanceObserver,
      (type: string, listener: () => void) => type === 'load' && (onLoad = listener),
      (url: string) => imported.push(url),
    );
    const paint = (name: string) =>
      observers.forEach((callback) =>
        callback(
          { getEntriesByName: (wanted) => (wanted === name ? [{}] : []) },
          { disconnect: () => (disconnected = true) },
        ),
      );
    return { imported, paint, load: () => onLoad?.(), disconnected: () => disconnected };
  };

  it('imports the script at the first contentful paint, not before, and once', () => {
    const browser = run(true);
    expect(browser.imported).toEqual([]);
    browser.paint('first-paint');
    expect(browser.imported).toEqual([]);
    browser.paint('first-contentful-paint');
    expect(browser.imported).toEqual([src]);
    expect(browser.disconnected()).toBe(true);
  });

  it('imports it at the load event where the browser reports no paints', () => {
    const browser = run(false);
    expect(browser.imported).toEqual([]);
    browser.load();
    expect(browser.imported).toEqual([src]);
  });
});

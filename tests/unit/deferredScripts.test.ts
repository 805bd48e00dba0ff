import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../src/lib/deferredScripts.ts';

describe('loaderFor', () => {
  const src = '/_astro/site.abc.js';

  /** Runs the loader in a stand-in browser and reports what it imported, and when. */
  const run = (paintTiming: boolean, address = src) => {
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
    const body = loaderFor(address).replace(/\bimport\(/, 'importModule(');
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

  it('writes no `<`, so no address can end its script element early, and imports the address as given', () => {
    const odd = '/a</script><script>alert(1)//.js';
    expect(loaderFor(odd)).not.toContain('<');
    const browser = run(true, odd);
    browser.paint('first-contentful-paint');
    expect(browser.imported).toEqual([odd]);
  });
});

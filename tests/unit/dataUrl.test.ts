import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { svgDataUrl } from '../../src/lib/dataUrl.ts';

const icon = readFileSync(new URL('../../src/assets/favicon.svg', import.meta.url), 'utf8');

describe('svgDataUrl', () => {
  it('writes an SVG out as a data: URL that decodes back to the same drawing', () => {
    const url = svgDataUrl(icon);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(icon.trim().replaceAll('"', "'"));
  });

  it('leaves nothing that would end a URL, a fragment or an HTML attribute early', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const url = svgDataUrl(`<svg xmlns="http://www.w3.org/2000/svg"><title>${text}</title></svg>`);
        expect(url).not.toMatch(/[#<>"\t\n\r]|%(?![0-9A-F]{2})/);
      }),
    );
  });
});

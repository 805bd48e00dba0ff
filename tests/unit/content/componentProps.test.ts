import { describe, expect, it } from 'vitest';
import {
  assertProps,
  attributeProblems,
  COMPONENT_NAMES,
  figurePropProblems,
  moneyFigures,
  moneyPropProblems,
} from '../../../src/lib/content/componentProps.ts';

/** What the build's pipeline passes as `src`: the image import Astro makes of the path. */
const PHOTO = { src: '/_astro/signing.hash.jpg', width: 1200, height: 800, format: 'jpg' };
const IN_ARTICLES = { articlePath: 'articles/2020-06-03-x.mdx', fileExists: (path: string) => path === 'articles/images/signing.jpg' };

const attributes = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('attributeProblems: the components as an article writes them', () => {
  it('names the five components', () => {
    expect(COMPONENT_NAMES).toEqual(['EditorsNote', 'Figure', 'Money', 'PhotoCaption', 'PullQuote']);
  });

  it('accepts a figure with a picture next to the article, alt text and a caption', () => {
    const figure = attributes({ src: './images/signing.jpg', alt: 'Three executives sign', caption: 'The signing', credit: 'KT' });
    expect(attributeProblems('Figure', figure, IN_ARTICLES)).toEqual([]);
    expect(attributeProblems('Figure', figure, { articlePath: 'articles/2020/x.mdx' })).toEqual([]);
    expect(attributeProblems('Figure', figure, { ...IN_ARTICLES, articlePath: 'articles/2020/x.mdx' })).toMatchObject([
      { prop: 'src', expected: expect.stringContaining('there is no file articles/2020/images/signing.jpg') },
    ]);
    expect(
      attributeProblems('Figure', attributes({ src: '../images/signing.jpg', alt: 'a', caption: 'b' }), {
        ...IN_ARTICLES,
        articlePath: 'articles/2020/x.mdx',
      }),
    ).toEqual([]);
  });

  it('names what is missing, and a blank value is no value', () => {
    expect(attributeProblems('Figure', attributes({ src: './images/signing.jpg', alt: '  ' }), IN_ARTICLES)).toEqual([
      {
        prop: 'alt',
        found: '"  "',
        expected: 'a description of the image for readers who cannot see it, such as alt="Three executives sign the agreement"',
      },
      { prop: 'caption', expected: 'the caption shown under the image, such as caption="The signing in Seoul, 3 June 2020"' },
    ]);
  });

  it('suggests the attribute a misspelt one was meant to be, and lists the ones a component takes', () => {
    expect(attributeProblems('PullQuote', attributes({ bye: 'KT' }), IN_ARTICLES)).toEqual([
      { prop: 'bye', found: '"KT"', expected: 'by (check the spelling)' },
    ]);
    expect(attributeProblems('PhotoCaption', attributes({ class: 'big' }), IN_ARTICLES)).toEqual([
      { prop: 'class', found: '"big"', expected: 'no attributes on <PhotoCaption>' },
    ]);
    expect(attributeProblems('Money', attributes({ amount: '5', currency: 'KRW', textLocale: 'ko' }), IN_ARTICLES)).toEqual([
      { prop: 'textLocale', found: '"ko"', expected: 'only amount, currency, usd on <Money>' },
    ]);
  });

  it('reads a figure written with commas or a unit and says what to write', () => {
    const money = (amount: string) => attributeProblems('Money', attributes({ amount, currency: 'KRW' }), IN_ARTICLES);
    expect(money('26700000000')).toEqual([]);
    expect(money('0.5')).toEqual([]);
    expect(money('26,700,000,000')).toEqual([
      { prop: 'amount', found: '"26,700,000,000"', expected: 'a number greater than 0 (drop the commas: amount="26700000000")' },
    ]);
    expect(money('26.7bn')[0]?.expected).toBe('a number greater than 0 (write the whole number: amount="26700000000")');
    expect(money('267억')[0]?.expected).toBe('a number greater than 0 (write the whole number: amount="26700000000")');
    expect(money('lots')[0]?.expected).toBe('a number greater than 0, in digits, such as amount="26700000000"');
    expect(money('0')[0]?.expected).toBe('a number greater than 0');
  });

  it("uses the contract's currency codes", () => {
    expect(attributeProblems('Money', attributes({ amount: '5', currency: 'won' }), IN_ARTICLES)).toEqual([
      { prop: 'currency', found: '"won"', expected: 'an ISO 4217 currency code such as currency="KRW" or currency="USD" (upper case)' },
    ]);
  });

  it('refuses a picture from another site, written into the page, or outside the content folder', () => {
    for (const src of ['https://example.com/x.jpg', 'data:image/png;base64,AAAA', '/images/x.jpg', '../../../x.jpg', './x.jpg?raw', './images/x.svg']) {
      expect(attributeProblems('Figure', attributes({ src, alt: 'a', caption: 'b' }), IN_ARTICLES), src).toHaveLength(1);
    }
  });
});

describe('figurePropProblems: the props <Figure> is rendered with', () => {
  it('accepts the imported picture with alt text and a caption', () => {
    expect(figurePropProblems({ src: PHOTO, alt: 'Three executives sign', caption: 'The signing', credit: 'KT' })).toEqual([]);
  });

  it('refuses a path that no pipeline turned into a picture, and a missing alt or caption', () => {
    expect(figurePropProblems({ src: './images/signing.jpg', caption: 'y' })).toEqual([
      {
        prop: 'src',
        found: '"./images/signing.jpg"',
        expected: 'the picture\'s path relative to the article, in quotes, such as src="./images/signing.jpg"',
      },
      {
        prop: 'alt',
        expected: 'a description of the image for readers who cannot see it, such as alt="Three executives sign the agreement"',
      },
    ]);
  });
});

describe('moneyPropProblems and moneyFigures: the props <Money> is rendered with', () => {
  it('accepts literal figures and reads them as numbers', () => {
    const props = { amount: '26700000000', currency: 'KRW', usd: '23000000' };
    expect(moneyPropProblems(props)).toEqual([]);
    expect(moneyFigures(props)).toEqual({ amount: 26_700_000_000, currency: 'KRW', usd: 23_000_000 });
    expect(moneyFigures({ amount: '5', currency: 'USD' })).toEqual({ amount: 5, currency: 'USD', usd: undefined });
  });

  it('refuses what the article rules refuse, in the same words', () => {
    expect(moneyPropProblems({ amount: '26,700,000,000', currency: 'won', usd: 23 })).toEqual([
      { prop: 'amount', found: '"26,700,000,000"', expected: 'a number greater than 0 (drop the commas: amount="26700000000")' },
      { prop: 'currency', found: '"won"', expected: 'an ISO 4217 currency code such as currency="KRW" or currency="USD" (upper case)' },
      { prop: 'usd', found: '23', expected: 'the US-dollar figure in digits, in quotes, such as usd="23000000"' },
    ]);
  });
});

describe('assertProps', () => {
  it('names the page when it is not an article', () => {
    expect(() => assertProps('Money', '/', moneyPropProblems({ currency: 'KRW' }))).toThrow(
      /^<Money> in the page \/ needs fixing:\n {2}amount: missing;/,
    );
  });

  it('does nothing when there is no problem', () => {
    expect(() => assertProps('Figure', '/articles/x/', [])).not.toThrow();
  });

  it("throws one message naming the component, the article's file and each prop", () => {
    expect(() => assertProps('Figure', '/timeline/articles/2020-06-03-x/', figurePropProblems({ src: PHOTO }))).toThrow(
      [
        '<Figure> in content/articles/2020-06-03-x.mdx (page /timeline/articles/2020-06-03-x/) needs fixing:',
        '  alt: missing; expected a description of the image for readers who cannot see it, such as alt="Three executives sign the agreement"',
        '  caption: missing; expected the caption shown under the image, such as caption="The signing in Seoul, 3 June 2020"',
        'See "Figure" in docs/authoring.md.',
      ].join('\n'),
    );
  });
});

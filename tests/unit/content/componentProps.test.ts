import { describe, expect, it } from 'vitest';
import { assertProps, figurePropProblems, moneyPropProblems } from '../../../src/lib/content/componentProps.ts';

const PHOTO = { src: '/_astro/signing.hash.jpg', width: 1200, height: 800, format: 'jpg' };

describe('figurePropProblems', () => {
  it('accepts an imported image with alt text and a caption', () => {
    expect(figurePropProblems({ src: PHOTO, alt: 'Three executives sign', caption: 'The signing', credit: 'KT' })).toEqual([]);
  });

  it('requires alt text, and a blank one is no alt text', () => {
    expect(figurePropProblems({ src: PHOTO, caption: 'The signing' })).toEqual([
      {
        prop: 'alt',
        expected: 'a description of the image for readers who cannot see it, such as alt="Three executives sign the agreement"',
      },
    ]);
    expect(figurePropProblems({ src: PHOTO, alt: '  ', caption: 'The signing' })).toMatchObject([{ prop: 'alt', found: '"  "' }]);
  });

  it('requires a caption', () => {
    expect(figurePropProblems({ src: PHOTO, alt: 'x' }).map((problem) => problem.prop)).toEqual(['caption']);
  });

  it('explains how to import an image given as a path', () => {
    expect(figurePropProblems({ src: './images/signing.jpg', alt: 'x', caption: 'y' })).toEqual([
      {
        prop: 'src',
        found: '"./images/signing.jpg"',
        expected: 'an imported image: put `import photo from "./images/photo.jpg";` under the frontmatter and write src={photo}',
      },
    ]);
  });
});

describe('moneyPropProblems', () => {
  it('accepts an amount, a currency and a dollar figure', () => {
    expect(moneyPropProblems({ amount: 26_700_000_000, currency: 'KRW', usd: 23_000_000 })).toEqual([]);
    expect(moneyPropProblems({ amount: 5, currency: 'USD' })).toEqual([]);
  });

  it('says to write a number in braces when it was written in quotes', () => {
    expect(moneyPropProblems({ amount: '26,700,000,000', currency: 'KRW' })).toEqual([
      { prop: 'amount', found: '"26,700,000,000"', expected: 'a number greater than 0, written in braces: amount={26700000000}' },
    ]);
  });

  it("uses the contract's rules for amounts and currencies", () => {
    expect(moneyPropProblems({ amount: 0, currency: 'won', usd: -1 })).toEqual([
      { prop: 'amount', found: '0', expected: 'a number greater than 0' },
      { prop: 'currency', found: '"won"', expected: 'an ISO 4217 currency code such as KRW or USD (upper case)' },
      { prop: 'usd', found: '-1', expected: 'a number greater than 0' },
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

import { describe, expect, it } from 'vitest';
import { describeNumber, meantNumber, numberHint, plainNumber } from '../../../src/lib/content/numbers.ts';

describe('meantNumber: a figure as an editor typed it', () => {
  it.each([
    ['30,000,000,000', 30_000_000_000, 'drop the commas'],
    ['26,748,875,000', 26_748_875_000, 'drop the commas'],
    ['1,234.5', 1234.5, 'drop the commas'],
    ['30 000 000', 30_000_000, 'drop the separators'],
    ['26.7bn', 26_700_000_000, 'write the whole number'],
    ['26.7 billion', 26_700_000_000, 'write the whole number'],
    ['30 billion', 30_000_000_000, 'write the whole number'],
    ['$23m', 23_000_000, 'write the whole number'],
    ['₩1.2tn', 1_200_000_000_000, 'write the whole number'],
    ['267억', 26_700_000_000, 'write the whole number'],
    ['2조', 2_000_000_000_000, 'write the whole number'],
    ['3,500만 원', 35_000_000, 'write the whole number'],
    ['26,7bn', 26_700_000_000, 'write the whole number'],
    ['15%', 15, 'drop the % sign'],
    ['26700000000', 26_700_000_000, 'without quotes'],
    ['KRW 5', 5, 'without quotes'],
    ['a lot', undefined, undefined],
    ['1e30', undefined, undefined],
  ])('%s', (text, value, fix) => {
    expect(meantNumber(text)).toEqual(value === undefined ? undefined : { value, fix });
  });
});

describe('how figures are named and hinted', () => {
  it('names .nan and .inf as YAML writes them', () => {
    expect(describeNumber(Number.NaN)).toBe('.nan, which YAML reads as "not a number"');
    expect(describeNumber(Number.POSITIVE_INFINITY)).toBe('.inf, which YAML reads as infinity');
    expect(describeNumber(Number.NEGATIVE_INFINITY)).toBe('-.inf, which YAML reads as infinity');
    expect(describeNumber(1e30)).toBe('1e+30');
  });

  it('hints only for a figure', () => {
    expect(numberHint('30,000,000,000')).toBe(' (drop the commas: 30000000000)');
    expect(numberHint('26.7bn', (value) => `amount="${value}"`)).toBe(' (write the whole number: amount="26700000000")');
    expect(numberHint('many')).toBe('');
  });

  it('reads plain digits only, as an attribute holds them', () => {
    expect(plainNumber('26700000000')).toBe(26_700_000_000);
    expect(plainNumber('0.5')).toBe(0.5);
    for (const text of ['1e3', '-5', ' 5', '5.', '0x10', '']) expect(plainNumber(text), text).toBeUndefined();
  });
});

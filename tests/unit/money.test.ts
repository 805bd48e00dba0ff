import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyWithUsd, formatNumber, formatPercent } from '../../src/lib/money.ts';

describe('formatMoney in English', () => {
  it('scales large amounts to words with three significant digits', () => {
    expect(formatMoney(26_700_000_000, 'KRW', 'en')).toBe('₩26.7 billion');
    expect(formatMoney(26_748_875_000, 'KRW', 'en')).toBe('₩26.7 billion');
    expect(formatMoney(400_000_000_000, 'KRW', 'en')).toBe('₩400 billion');
    expect(formatMoney(23_000_000, 'USD', 'en')).toBe('$23 million');
    expect(formatMoney(1_500_000_000_000, 'KRW', 'en')).toBe('₩1.5 trillion');
  });

  it('writes amounts under a million in full, with thousands separators', () => {
    expect(formatMoney(3_625, 'KRW', 'en')).toBe('₩3,625');
    expect(formatMoney(999_999, 'USD', 'en')).toBe('$999,999');
  });

  it('has a short form for chart labels', () => {
    expect(formatMoney(26_700_000_000, 'KRW', 'en', 'short')).toBe('₩26.7bn');
    expect(formatMoney(353_000_000, 'USD', 'en', 'short')).toBe('$353m');
  });

  it('knows every currency: symbols where English has one, the code where it has none', () => {
    expect(formatMoney(5_000_000, 'CHF', 'en')).toBe('CHF 5 million');
    expect(formatMoney(5_000_000, 'EUR', 'en')).toBe('€5 million');
    expect(formatMoney(5_000_000, 'CNY', 'en')).toBe('CN¥5 million');
    expect(formatMoney(5_000_000, 'JPY', 'en')).toBe('¥5 million');
  });
});

describe('formatMoney in Korean', () => {
  it('counts in 만, 억 and 조 and names the currency after the number', () => {
    expect(formatMoney(26_700_000_000, 'KRW', 'ko')).toBe('267억 원');
    expect(formatMoney(23_000_000, 'USD', 'ko')).toBe('2,300만 달러');
    expect(formatMoney(1_000_000_000, 'USD', 'ko', 'short')).toBe('10억 달러');
    expect(formatMoney(400_000_000_000_000, 'KRW', 'ko')).toBe('400조 원');
  });

  it('writes amounts under 만 in full, the unit attached', () => {
    expect(formatMoney(3_625, 'KRW', 'ko')).toBe('3,625원');
  });

  it('names other currencies as Intl does', () => {
    expect(formatMoney(5_000_000, 'EUR', 'ko')).toBe('500만 유로');
  });
});

describe('formatMoneyWithUsd', () => {
  it('adds the dollar figure as reported', () => {
    expect(formatMoneyWithUsd(26_700_000_000, 'KRW', { value: 23_000_000, converted: false }, 'en')).toBe(
      '₩26.7 billion (≈ $23 million)',
    );
    expect(formatMoneyWithUsd(26_700_000_000, 'KRW', { value: 23_000_000, converted: false }, 'ko')).toBe(
      '267억 원(약 2,300만 달러)',
    );
  });

  it('marks a converted dollar figure', () => {
    const converted = { value: 44_365_572, converted: true };
    expect(formatMoneyWithUsd(50_000_000_000, 'KRW', converted, 'en')).toBe('₩50 billion (≈ $44.4 million, converted)');
    expect(formatMoneyWithUsd(50_000_000_000, 'KRW', converted, 'en', 'short')).toBe('₩50bn (≈ $44.4m*)');
    expect(formatMoneyWithUsd(50_000_000_000, 'KRW', converted, 'ko')).toBe('500억 원(약 4,440만 달러, 환산)');
  });

  it('does not repeat a dollar amount', () => {
    expect(formatMoneyWithUsd(23_000_000, 'USD', { value: 23_000_000, converted: false }, 'en')).toBe('$23 million');
    expect(formatMoneyWithUsd(5_000, 'KRW', undefined, 'en')).toBe('₩5,000');
  });

  it('writes any amount the schema accepts in both languages, never NaN or an empty number', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e18, noNaN: true }),
        fc.constantFrom('KRW', 'USD', 'EUR', 'CHF', 'XAU'),
        fc.constantFrom('en' as const, 'ko' as const),
        fc.constantFrom('long' as const, 'short' as const),
        (amount, currency, locale, style) => {
          const text = formatMoneyWithUsd(amount, currency, { value: amount / 1000, converted: true }, locale, style);
          expect(text).toMatch(/\d/);
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
    );
  });
});

describe('formatMoney, exact: an amount as the editor wrote it', () => {
  it('keeps the long form where it is the amount itself', () => {
    expect(formatMoney(26_700_000_000, 'KRW', 'en', 'exact')).toBe('₩26.7 billion');
    expect(formatMoney(26_700_000_000, 'KRW', 'ko', 'exact')).toBe('267억 원');
    expect(formatMoney(3_625, 'KRW', 'en', 'exact')).toBe('₩3,625');
  });

  it('writes every digit where three significant digits would round it, so a correction shows', () => {
    expect(formatMoney(26_748_875_000, 'KRW', 'en', 'exact')).toBe('₩26,748,875,000');
    expect(formatMoney(26_748_875_000, 'KRW', 'ko', 'exact')).toBe('26,748,875,000원');
    expect(formatMoney(36_250, 'KRW', 'ko', 'exact')).toBe('36,250원');
    expect(formatMoney(1_234.56, 'USD', 'en', 'exact')).toBe('$1,234.56');
    expect(formatMoney(0.5, 'USD', 'en', 'exact')).toBe('$0.5');
  });

  it('gives a reported dollar figure exactly and a converted one to three digits', () => {
    expect(formatMoneyWithUsd(26_748_875_000, 'KRW', { value: 23_000_000, converted: false }, 'ko', 'exact')).toBe(
      '26,748,875,000원(약 2,300만 달러)',
    );
    expect(formatMoneyWithUsd(26_748_875_000, 'KRW', { value: 23_012_345.67, converted: true }, 'en', 'exact')).toBe(
      '₩26,748,875,000 (≈ $23 million, converted)',
    );
    expect(formatMoneyWithUsd(5_000, 'KRW', { value: 4_321.5, converted: false }, 'en', 'exact')).toBe(
      '₩5,000 (≈ $4,321.5)',
    );
  });

  it('never writes two different amounts the same way, in either language', () => {
    // Whole amounts and amounts to the cent, as editors write them.
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 1e15 }),
      fc.integer({ min: 1, max: 1e12 }).map((cents) => cents / 100),
    );
    fc.assert(
      fc.property(amount, amount, fc.constantFrom('en' as const, 'ko' as const), (a, b, locale) => {
        fc.pre(a !== b);
        expect(formatMoney(a, 'KRW', locale, 'exact')).not.toBe(formatMoney(b, 'KRW', locale, 'exact'));
      }),
    );
  });

  it('writes digits that read back as the amount, or a scaled form of three significant digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e15 }),
        fc.constantFrom('en' as const, 'ko' as const),
        (amount, locale) => {
          const text = formatMoney(amount, 'KRW', locale, 'exact');
          if (/[a-z만억조]/.test(text)) expect(Number(amount.toPrecision(3))).toBe(amount);
          else expect(Number(text.replace(/[^\d.]/g, ''))).toBe(amount);
        },
      ),
    );
  });
});

describe('formatPercent', () => {
  it('drops needless decimals', () => {
    expect(formatPercent(15, 'en')).toBe('15%');
    expect(formatPercent(49.99, 'en')).toBe('49.99%');
    expect(formatPercent(7.125, 'ko')).toBe('7.13%');
  });

  it('never rounds a small stake to zero', () => {
    expect(formatPercent(0.01, 'en')).toBe('0.01%');
    expect(formatPercent(0.004, 'en')).toBe('0.004%');
  });
});

describe('formatNumber', () => {
  it('groups thousands as the edition does', () => {
    expect(formatNumber(1160.87, 'en')).toBe('1,160.87');
    expect(formatNumber(1160.87, 'ko')).toBe('1,160.87');
  });
});

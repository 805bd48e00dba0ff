import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyWithUsd, formatPercent } from '../../src/lib/money.ts';

describe('formatMoney', () => {
  it('scales large amounts to words with three significant digits', () => {
    expect(formatMoney(26_700_000_000, 'KRW')).toBe('₩26.7 billion');
    expect(formatMoney(26_748_875_000, 'KRW')).toBe('₩26.7 billion');
    expect(formatMoney(400_000_000_000, 'KRW')).toBe('₩400 billion');
    expect(formatMoney(23_000_000, 'USD')).toBe('$23 million');
    expect(formatMoney(1_500_000_000_000, 'KRW')).toBe('₩1.5 trillion');
  });

  it('writes small amounts in full, with thousands separators', () => {
    expect(formatMoney(3_625, 'KRW')).toBe('₩3,625');
  });

  it('has a short form for chart labels', () => {
    expect(formatMoney(26_700_000_000, 'KRW', 'short')).toBe('₩26.7bn');
    expect(formatMoney(353_000_000, 'USD', 'short')).toBe('$353m');
  });

  it('names currencies without a symbol by their code', () => {
    expect(formatMoney(5_000_000, 'CHF')).toBe('CHF 5 million');
  });
});

describe('formatMoneyWithUsd', () => {
  it('adds the dollar figure as reported', () => {
    expect(formatMoneyWithUsd(26_700_000_000, 'KRW', { value: 23_000_000, converted: false })).toBe(
      '₩26.7 billion (≈ $23 million)',
    );
  });

  it('marks a converted dollar figure', () => {
    expect(formatMoneyWithUsd(50_000_000_000, 'KRW', { value: 44_365_572, converted: true })).toBe(
      '₩50 billion (≈ $44.4 million, converted)',
    );
    expect(formatMoneyWithUsd(50_000_000_000, 'KRW', { value: 44_365_572, converted: true }, 'short')).toBe(
      '₩50bn (≈ $44.4m*)',
    );
  });

  it('does not repeat a dollar amount', () => {
    expect(formatMoneyWithUsd(23_000_000, 'USD', { value: 23_000_000, converted: false })).toBe('$23 million');
    expect(formatMoneyWithUsd(5_000, 'KRW', undefined)).toBe('₩5,000');
  });
});

describe('formatPercent', () => {
  it('drops needless decimals', () => {
    expect(formatPercent(15)).toBe('15%');
    expect(formatPercent(49.99)).toBe('49.99%');
    expect(formatPercent(7.125)).toBe('7.13%');
  });
});

import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/lib/memoize.ts';

describe('memoized', () => {
  it('computes a key’s value once and gives it back after, also when it is undefined', () => {
    const cache = new Map<string, number | undefined>();
    let calls = 0;
    const twice = (key: string) =>
      memoized(cache, key, () => {
        calls += 1;
        return key === 'none' ? undefined : key.length * 2;
      });
    expect(twice('abc')).toBe(6);
    expect(twice('abc')).toBe(6);
    expect(calls).toBe(1);
    expect(twice('none')).toBeUndefined();
    expect(twice('none')).toBeUndefined();
    expect(calls).toBe(2);
  });
});

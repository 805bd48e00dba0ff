import { describe, expect, it } from 'vitest';
import { callExpression, waitUntil } from '../../../tools/lib/engines/page.ts';

describe('callExpression', () => {
  it('writes a call of the function with its arguments as JSON, which evaluates to its result', () => {
    const expression = callExpression(
      (a: unknown, b: unknown) => `${String(a)}-${JSON.stringify(b)}`,
      ['x', { y: [1, '“2”'] }],
    );
    expect(new Function(`return ${expression}`)()).toBe('x-{"y":[1,"“2”"]}');
  });
});

describe('waitUntil', () => {
  it('returns the first truthy value, counting a probe that throws as not yet', async () => {
    let calls = 0;
    const value = await waitUntil('the third call', async () => {
      calls += 1;
      if (calls === 1) throw new Error('between documents');
      return calls === 3 ? 'ready' : '';
    });
    expect(value).toBe('ready');
    expect(calls).toBe(3);
  });

  it('fails naming what it waited for and the last value or error', async () => {
    await expect(waitUntil('nothing', async () => 0, 0)).rejects.toThrow('Timed out waiting for nothing (last: 0)');
    await expect(
      waitUntil(
        'a page',
        async () => {
          throw new Error('gone');
        },
        0,
      ),
    ).rejects.toThrow('Timed out waiting for a page (last: gone)');
  });
});

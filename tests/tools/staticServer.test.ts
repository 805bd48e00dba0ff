import { describe, expect, it } from 'vitest';
import { isWithinBase } from '../../tools/lib/staticServer.ts';

describe('isWithinBase', () => {
  it('tells paths under the base from paths outside it', () => {
    expect(isWithinBase('/timeline/', '/timeline/')).toBe(true);
    expect(isWithinBase('/timeline/articles/x/', '/timeline')).toBe(true);
    expect(isWithinBase('/timeline', '/timeline/')).toBe(true);
    expect(isWithinBase('/articles/x/', '/timeline/')).toBe(false);
    expect(isWithinBase('/timelines/', '/timeline/')).toBe(false);
    expect(isWithinBase('/', '/timeline/')).toBe(false);
    expect(isWithinBase('/anything', '/')).toBe(true);
  });
});

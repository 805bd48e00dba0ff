import { describe, expect, it } from 'vitest';
import { diffTrees, firstDifference, isIdentical } from '../../tools/lib/treeDiff.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('firstDifference', () => {
  it('finds the first differing byte, or -1 for the same bytes', () => {
    expect(firstDifference(bytes('abc'), bytes('abc'))).toBe(-1);
    expect(firstDifference(bytes('abc'), bytes('abd'))).toBe(2);
    expect(firstDifference(bytes('ab'), bytes('abc'))).toBe(2);
    expect(firstDifference(bytes(''), bytes(''))).toBe(-1);
  });
});

describe('diffTrees', () => {
  it('finds nothing in two identical trees', () => {
    const tree = new Map([['index.html', bytes('<p>a</p>')]]);
    const diff = diffTrees(tree, new Map([['index.html', bytes('<p>a</p>')]]));
    expect(isIdentical(diff)).toBe(true);
  });

  it('lists files on one side only and files whose bytes differ, sorted', () => {
    const first = new Map([
      ['b.html', bytes('same')],
      ['a.css', bytes('x{}')],
      ['gone.js', bytes('1')],
    ]);
    const second = new Map([
      ['a.css', bytes('y{}')],
      ['b.html', bytes('same')],
      ['new.js', bytes('2')],
    ]);
    const diff = diffTrees(first, second);
    expect(diff).toEqual({
      onlyInFirst: ['gone.js'],
      onlyInSecond: ['new.js'],
      different: [{ path: 'a.css', offset: 0 }],
    });
    expect(isIdentical(diff)).toBe(false);
  });
});

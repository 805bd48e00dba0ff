import { describe, expect, it } from 'vitest';
import {
  entryAttributes,
  markAttributes,
  markMatches,
  readEntry,
  readMarkTarget,
  type MarkTarget,
} from '../../../src/lib/charts/markup.ts';

const reader = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('markup', () => {
  it('writes a mark’s target into attributes and reads it back', () => {
    const targets: MarkTarget[] = [
      { entries: ['a', 'b'] },
      { period: ['2020-01-01', '2020-12-31'] },
      { period: ['2020-01-01', '2020-12-31'], company: 'kt' },
    ];
    for (const target of targets) {
      expect(readMarkTarget(reader(markAttributes(target)))).toEqual({ company: undefined, ...target });
    }
    expect(markAttributes({ entries: ['a', 'b'] })).toEqual({ 'data-entry': 'a b' });
    expect(readMarkTarget(reader({}))).toBeUndefined();
  });

  it('matches entries by id, or by date and company', () => {
    const entry = readEntry('x', reader(entryAttributes('2020-05-26', ['kt', 'lg-uplus'])));
    expect(entry).toEqual({ id: 'x', date: '2020-05-26', companies: ['kt', 'lg-uplus'] });
    expect(markMatches({ entries: ['x', 'y'] }, entry)).toBe(true);
    expect(markMatches({ entries: ['y'] }, entry)).toBe(false);
    expect(markMatches({ period: ['2020-01-01', '2020-05-26'] }, entry)).toBe(true);
    expect(markMatches({ period: ['2020-05-27', '2020-12-31'] }, entry)).toBe(false);
    expect(markMatches({ period: ['2020-01-01', '2020-12-31'], company: 'kt' }, entry)).toBe(true);
    expect(markMatches({ period: ['2020-01-01', '2020-12-31'], company: 'skt' }, entry)).toBe(false);
    // An entry not on the page is known by its id alone.
    expect(markMatches({ period: ['2020-01-01', '2020-12-31'] }, { id: 'x' })).toBe(false);
  });
});

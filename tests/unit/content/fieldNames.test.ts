import { describe, expect, it } from 'vitest';
import { closestField, closestSlug, fieldsAt } from '../../../src/lib/content/fieldNames.ts';
import { articleSchema } from '../../../src/lib/content/schema.ts';

describe('fieldsAt', () => {
  it('lists the fields allowed at the top, in a group, and in a list item', () => {
    expect(fieldsAt(articleSchema, [])).toContain('summaryKo');
    expect(fieldsAt(articleSchema, ['source'])).toEqual(['name', 'url', 'author', 'published', 'archived', 'note']);
    expect(fieldsAt(articleSchema, ['investments', 0])).toEqual([
      'investor',
      'target',
      'targetKo',
      'amount',
      'currency',
      'usd',
      'stake',
      'kind',
      'date',
      'note',
    ]);
    expect(fieldsAt(articleSchema, ['ownership', 'before', 2])).toEqual(['holder', 'holderKo', 'percent', 'source']);
  });

  it('lists nothing where the schema has no fields', () => {
    expect(fieldsAt(articleSchema, ['title'])).toEqual([]);
    expect(fieldsAt(articleSchema, ['nope', 'deeper'])).toEqual([]);
  });
});

describe('closestField', () => {
  const fields = ['title', 'date', 'language', 'summary', 'summaryKo', 'source', 'companies', 'url', 'usd'];

  it.each([
    ['sumary', 'summary'],
    ['titel', 'title'],
    ['Title', 'title'],
    ['langauge', 'language'],
    ['compnies', 'companies'],
    ['summaryko', 'summaryKo'],
  ])('suggests %s → %s', (typed, field) => {
    expect(closestField(typed, fields)).toBe(field);
  });

  it.each(['price', 'uri', 'x'])('suggests nothing for %s, which is not close to any field', (typed) => {
    expect(
      closestField(
        typed,
        fields.filter((field) => field !== 'url'),
      ),
    ).toBeUndefined();
  });
});

describe('closestSlug', () => {
  const known = ['hanbit-xr', 'hanbit-music', 'kt', 'lg-uplus', 'lg-corp', 'genie-music'];

  it('suggests the slug a shortened or misspelt one was meant to be', () => {
    expect(closestSlug('hanbit', known)).toBe('hanbit-xr');
    expect(closestSlug('lgu', known)).toBe('lg-uplus');
    expect(closestSlug('lguplus', known)).toBe('lg-uplus');
    expect(closestSlug('genie', known)).toBe('genie-music');
    expect(closestSlug('lg-upluss', known)).toBe('lg-uplus');
  });

  it('suggests nothing when no slug is close', () => {
    expect(closestSlug('nokia', known)).toBeUndefined();
    expect(closestSlug('x', known)).toBeUndefined();
  });
});

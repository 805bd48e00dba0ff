import { describe, expect, it } from 'vitest';
import { articleCompanyReferences, companyFileReferences } from '../../../src/lib/content/references.ts';

describe('articleCompanyReferences', () => {
  it('finds every company an article names, with its field', () => {
    const data = {
      companies: ['kt', 'lg-uplus'],
      investments: [{ investor: 'lg-uplus', target: 'genie-music', amount: 0 }],
      ownership: {
        company: 'genie-music',
        before: [{ holder: 'kt' }, { holder: 'Other shareholders' }],
        after: [{ holder: 'lg-uplus' }],
      },
    };
    expect(articleCompanyReferences(data)).toEqual([
      { field: 'companies[0]', slug: 'kt' },
      { field: 'companies[1]', slug: 'lg-uplus' },
      { field: 'investments[0].investor', slug: 'lg-uplus' },
      { field: 'investments[0].target', slug: 'genie-music' },
      { field: 'ownership.company', slug: 'genie-music' },
      { field: 'ownership.before[0].holder', slug: 'kt' },
      { field: 'ownership.after[0].holder', slug: 'lg-uplus' },
    ]);
  });

  it('reads what it can from frontmatter of the wrong shape, and skips free-text labels', () => {
    expect(
      articleCompanyReferences({ companies: 'kt', investments: [null, { investor: 3, target: 'Original content' }] }),
    ).toEqual([]);
    expect(articleCompanyReferences(null)).toEqual([]);
    expect(articleCompanyReferences(['kt'])).toEqual([]);
  });
});

describe('companyFileReferences', () => {
  it('finds the parent', () => {
    expect(companyFileReferences({ name: 'Genie Music', parent: 'kt' })).toEqual([{ field: 'parent', slug: 'kt' }]);
    expect(companyFileReferences({ name: 'KT' })).toEqual([]);
  });
});

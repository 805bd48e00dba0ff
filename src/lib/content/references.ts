/**
 * The company slugs a content file names, read from its raw YAML rather than from schema output,
 * so an unknown company is reported in the same run as the file's other mistakes.
 */
import { isCompanyTarget } from './schema.ts';

/** One place a file names a company: the field (`investments[0].investor`) and the slug written there. */
export interface CompanyReference {
  field: string;
  slug: string;
}

/** Every company an article's frontmatter names: `companies`, investors and targets, ownership. */
export function articleCompanyReferences(data: unknown): CompanyReference[] {
  const frontmatter = asRecord(data);
  const companies = asList(frontmatter['companies']).map((slug, index) => ({ field: `companies[${index}]`, slug }));
  const investments = asList(frontmatter['investments']).flatMap((item, index) => {
    const investment = asRecord(item);
    return [
      { field: `investments[${index}].investor`, slug: investment['investor'] },
      { field: `investments[${index}].target`, slug: investment['target'] },
    ];
  });
  const ownership = asRecord(frontmatter['ownership']);
  const holders = (['before', 'after'] as const).flatMap((when) =>
    asList(ownership[when]).map((item, index) => ({
      field: `ownership.${when}[${index}].holder`,
      slug: asRecord(item)['holder'],
    })),
  );
  return [...companies, ...investments, { field: 'ownership.company', slug: ownership['company'] }, ...holders].filter(
    isSlugReference,
  );
}

/** The company a company file names as its parent, if any. */
export function companyFileReferences(data: unknown): CompanyReference[] {
  return [{ field: 'parent', slug: asRecord(data)['parent'] }].filter(isSlugReference);
}

/**
 * Only values written as slugs count: anything else is either the schema's problem to report
 * (a malformed slug) or a free-text label such as "Other shareholders".
 */
function isSlugReference(reference: { field: string; slug: unknown }): reference is CompanyReference {
  return typeof reference.slug === 'string' && isCompanyTarget(reference.slug);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

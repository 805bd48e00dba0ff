/** The field names the contract allows, so a misspelt field can be answered with "did you mean …". */
import { z } from 'astro/zod';

/** The field names a schema allows at a path into the data: `['investments', 0]` → investor, target, amount, … */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[String(key)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** The allowed field closest in spelling to a mistyped one, when it is close enough to be a likely typo. */
export function closestField(name: string, fields: readonly string[]): string | undefined {
  const typed = name.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
    const distance = editDistance(typed, field.toLowerCase());
    if (!best || distance < best.distance) best = { field, distance };
  }
  // Two edits turn most typos into the field, but would also turn "url" into "usd".
  return best && best.distance <= 2 && best.distance < typed.length / 2 ? best.field : undefined;
}

/**
 * The known slug an unknown one was most likely meant to be: a near spelling (`lg-upluss` →
 * `lg-uplus`), or the start of a longer slug (`hanbit` → `hanbit-xr`, `lgu` → `lg-uplus`, since
 * editors shorten names and leave out hyphens). Undefined when no slug is close.
 */
export function closestSlug(slug: string, known: Iterable<string>): string | undefined {
  const bare = (text: string) => text.replaceAll('-', '');
  let best: { slug: string; score: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(slug, candidate);
    const spelling = distance <= 2 && distance < slug.length / 2 ? distance : Infinity;
    // A shortened name ranks after any near spelling, the shortest longer slug first.
    const shortened =
      slug.length >= 2 && (candidate.startsWith(`${slug}-`) || bare(candidate).startsWith(bare(slug)))
        ? 3 + (candidate.length - slug.length) / 100
        : Infinity;
    const score = Math.min(spelling, shortened);
    if (score < (best?.score ?? Infinity) || (score === best?.score && candidate < best.slug)) best = { slug: candidate, score };
  }
  return best?.slug;
}

function unwrap(schema: unknown): unknown {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap()) : schema;
}

/** Edits (insert, delete, replace, swap two neighbours) from one word to another. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = distance;
    }
  }
  return at(a.length, b.length);
}

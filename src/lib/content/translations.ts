/**
 * Which articles lack text for the Korean edition (or, for an article in Korean, the English
 * headline): valid content, shown in the other language with a marker, and noted by the build.
 */
import type { ArticleData } from './schema.ts';

/** The translated fields an article of each language should have for both editions to read in their own language. */
const TRANSLATED_FIELDS = {
  en: ['titleKo', 'summaryKo'],
  ko: ['titleEn', 'summaryKo'],
} as const satisfies Record<ArticleData['language'], readonly (keyof ArticleData)[]>;

/** An article and the translated fields it has not been given. */
export interface TranslationGap {
  path: string;
  missing: string[];
}

/** Every article missing a translated headline, Korean summary or Korean correction, with the fields it lacks. */
export function translationGaps(articles: readonly { file: { path: string }; data: ArticleData }[]): TranslationGap[] {
  return articles.flatMap(({ file, data }) => {
    const missing = [
      ...TRANSLATED_FIELDS[data.language].filter((field) => data[field] === undefined),
      ...(data.corrections ?? []).flatMap((correction, index) =>
        correction.textKo === undefined ? [`corrections[${index}].textKo`] : [],
      ),
    ];
    return missing.length > 0 ? [{ path: file.path, missing }] : [];
  });
}

/** How many articles the note names one by one; a long list would bury the build's other output. */
const LISTED = 20;

/** The build's and `check:content`'s note: which articles show the original where a translation is missing. */
export function formatTranslationGaps(gaps: readonly TranslationGap[]): string | undefined {
  if (gaps.length === 0) return undefined;
  const count = gaps.length === 1 ? '1 article lacks' : `${gaps.length} articles lack`;
  const more = gaps.length - LISTED;
  return [
    `Note: ${count} a translation; the other edition shows the original, marked as untranslated:`,
    ...gaps.slice(0, LISTED).map((gap) => `  ${gap.path}: ${gap.missing.join(', ')}`),
    ...(more > 0 ? [`  … and ${more} more`] : []),
  ].join('\n');
}

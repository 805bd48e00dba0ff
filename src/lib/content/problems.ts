/** Problems found in content, and warnings, and how they are written for an editor: one line each. */
import { describeNumber } from './numbers.ts';

/** One thing wrong with one content file. */
export interface ContentProblem {
  /** Path of the file relative to the repository, e.g. `content/articles/2017-03-15-x.mdx`. */
  file: string;
  /** The field, as a dotted path (`source.url`, `investments[0].amount`), or what part of the file. */
  field: string;
  /** What was found there, as the editor wrote it; undefined when it is missing. */
  found?: string;
  /** What was expected instead. */
  expected: string;
  /** The line in the file, when known. */
  line?: number;
}

/** `content/articles/x.mdx:12: source.url: found "javascript:alert(1)"; expected an absolute URL …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const found = problem.found === undefined ? 'missing' : `found ${problem.found}`;
  return `${where}: ${problem.field}: ${found}; expected ${problem.expected}`;
}

/** A report of every problem, one per line, with a count and a pointer to the guide. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((problem) => `  ${formatProblem(problem)}`);
  return [`Content check failed: ${count}.`, ...lines, 'See docs/authoring.md for every field and message.'].join('\n');
}

/** Something in a content file that is published as it is, but may be a mistake: what was found, and what to check. */
export interface ContentWarning {
  file: string;
  field: string;
  found: string;
  /** What to look at, as a message ends: "the year". */
  check: string;
  line?: number;
}

/** `content/articles/x.mdx: date: found 2099-03-15, a day in the future; check the year` */
export function formatWarning(warning: ContentWarning): string {
  const where = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`;
  return `${where}: ${warning.field}: found ${warning.found}; check ${warning.check}`;
}

/** Every warning, one per line, under a line that says the content still publishes. */
export function formatWarnings(warnings: readonly ContentWarning[]): string {
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return [`Content check: ${count} (the content publishes as it is; check each):`, ...warnings.map((warning) => `  ${formatWarning(warning)}`)].join(
    '\n',
  );
}

/** A value as it would appear in a message: short, quoted when text; groups of fields by their shape, not their JSON. */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return describeNumber(value);
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    return value.length === 1 ? 'a list of 1 entry' : `a list of ${value.length} entries`;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `a group of fields (${Object.keys(value).join(', ')})`;
  }
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

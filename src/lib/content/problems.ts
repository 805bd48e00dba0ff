/** Problems found in content, and how they are written for an editor: one line each. */

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

/** A value as it would appear in a message: short, quoted when text; groups of fields by their shape, not their JSON. */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    return value.length === 1 ? 'a list of 1 entry' : `a list of ${value.length} entries`;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `a group of fields (${Object.keys(value).join(', ')})`;
  }
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Reads the raw text of content files the way an editor wrote them, before any schema sees it. */
import yaml from 'js-yaml';

/** The frontmatter and body of an MDX file, with the line the body starts on. */
export interface SplitMdx {
  frontmatter: string;
  body: string;
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number;
}

/** Splits an MDX file at its `---` fences, or returns undefined when it has no frontmatter. */
export function splitFrontmatter(text: string): SplitMdx | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** The outcome of reading YAML: its data, or a one-line reason with the line it fails on. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; line: number | undefined; reason: string };

/** What js-yaml's terse reasons usually mean in a frontmatter block, in an editor's words. */
const YAML_HINTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^bad indentation of a mapping entry/, 'often a ": " inside text that is not in quotes, or a line indented unlike its neighbours'],
  [/^unexpected end of the stream within a (double|single) quoted scalar/, 'a text opened with a quote is never closed'],
  [/^duplicated mapping key/, 'the same field is given twice'],
  [/^missed comma between flow collection entries/, 'a [list, like, this] is missing a comma or its closing ]'],
  [/^unexpected end of the stream within a flow collection/, 'a [list, like, this] is never closed with ]'],
  [/^tab characters must not be used in indentation/, 'indent with spaces, never tabs'],
];

/**
 * Parses YAML with the core schema: dates stay the text the editor typed, so 2023-02-30 is seen
 * as written instead of being rolled over to 2 March by the default timestamp type.
 * `firstLine` is the file line the text starts on, so reported lines are lines of the file.
 */
export function parseYaml(text: string, firstLine = 1): YamlResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const hint = YAML_HINTS.find(([pattern]) => pattern.test(error.reason))?.[1];
    const reason = hint ? `${error.reason} (${hint})` : error.reason;
    // js-yaml reports an unclosed quote where the text ends; the editor needs the line it opens on.
    const opened = /quoted scalar/.test(error.reason) ? unclosedQuoteLine(text) : undefined;
    const line = opened ?? error.mark?.line;
    return { ok: false, line: line === undefined ? undefined : line + firstLine, reason };
  }
}

/** The 0-based index of the first line that opens a quoted value without closing it. */
function unclosedQuoteLine(text: string): number | undefined {
  const index = text.split(/\r?\n/).findIndex((line) => {
    const value = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?(["'])(.*)$/.exec(line);
    if (!value) return false;
    const [, quote = '', rest = ''] = value;
    const closing = quote === '"' ? rest.replace(/\\./g, '').includes('"') : rest.replace(/''/g, '').includes("'");
    return !closing;
  });
  return index === -1 ? undefined : index;
}

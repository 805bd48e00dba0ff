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

/**
 * Parses YAML with the core schema: dates stay the text the editor typed, so 2023-02-30 is seen
 * as written instead of being rolled over to 2 March by the default timestamp type.
 */
export function parseYaml(text: string, firstLine = 1): YamlResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + firstLine : undefined;
      return { ok: false, line, reason: error.reason };
    }
    throw error;
  }
}

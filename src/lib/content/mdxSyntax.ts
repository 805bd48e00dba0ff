/**
 * MDX syntax errors in the guide's words. An editor makes them by typing text: a brace, a `<`, an
 * HTML comment, a tag left open. The parser's own words ("Could not parse expression with oxc")
 * are for programmers; each message here says what was typed and what to write instead.
 */

/** One thing wrong in an article's text: the line (of the text that was parsed), what was found, and what to write instead. */
export interface BodyProblem {
  line?: number;
  found: string;
  expected: string;
}

/** How to write a brace, said once for every message about one. */
export const BRACE_FIX = 'text: write \\{ for a brace (MDX reads { as the start of code), or {/* … */} for a comment';

/** How to write a less-than sign. */
const LESS_THAN_FIX = 'write \\< for a less-than sign (\\<5 percent), or the words "less than"';

interface Reading {
  pattern: RegExp;
  problem: (match: RegExpExecArray, after: string) => Omit<BodyProblem, 'line'>;
}

/** The parser's reasons (satteri, the parser Astro uses for MDX), first match wins. */
const READINGS: readonly Reading[] = [
  {
    pattern: /corresponding closing brace for `\{`|in expression|parse expression/,
    problem: () => ({ found: 'a { in the text', expected: BRACE_FIX }),
  },
  {
    pattern: /before name, expected a character that can start a name/,
    problem: (_, after) =>
      /^<?!/.test(after)
        ? { found: 'an HTML comment <!-- … -->', expected: 'a comment written {/* like this */}, which is not shown' }
        : lessThanProblem(after),
  },
  {
    pattern: /Expected a closing tag for `<([^>]*)>`(?: \(\d+:\d+\))? before the end of `(\w+)`/,
    problem: ([, tag = '', inside = '']) => ({
      found: `<${tag}> not closed before the end of its ${inside === 'paragraph' ? 'paragraph' : 'block'}`,
      expected: `</${tag}> in the same paragraph (or <${tag} /> for a tag without text), or ${LESS_THAN_FIX}`,
    }),
  },
  {
    pattern: /Expected a closing tag for `<([^>]*)>`/,
    problem: ([, tag = '']) => ({
      found: `<${tag}> never closed`,
      expected: `</${tag}> after its text, or <${tag} /> for a tag without text`,
    }),
  },
  {
    pattern: /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):\d+\)/,
    problem: ([, closing = '', open = '', line = '']) => ({
      found: `</${closing}> while <${open}> (line ${line}) is still open`,
      expected: `</${open}> first: close tags in the opposite order to the one they were opened in`,
    }),
  },
  {
    pattern: /Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/,
    problem: ([, closing = '']) => ({
      found: `</${closing}> with no <${closing}> before it`,
      expected: `the opening <${closing}> before it, or no </${closing}>; or ${LESS_THAN_FIX}`,
    }),
  },
  {
    pattern: /Unexpected character after `<`|Unexpected (?:character|end of file) .*(?:in tag|attribute|after name|name)/,
    problem: (_, after) => lessThanProblem(after),
  },
];

/**
 * A parse error as a problem an editor can act on: `message` is the parser's, starting
 * `line:column:`; `source` is the text that was parsed, to see what was typed there.
 */
export function syntaxProblem(message: string, source: string): BodyProblem {
  const position = /^(\d+):(\d+):\s*/.exec(message);
  const reason = message.replace(/^(\d+):(\d+):\s*/, '');
  const line = position ? Number(position[1]) : undefined;
  const column = position ? Number(position[2]) : undefined;
  const after = line !== undefined && column !== undefined ? textAfter(source, line, column) : '';
  for (const reading of READINGS) {
    const match = reading.pattern.exec(reason);
    if (match) return { ...(line === undefined ? {} : { line }), ...reading.problem(match, after) };
  }
  const plain = reason.replace(/\s*\(mdx[-\w]*:[-\w]+\)$/, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
  return {
    ...(line === undefined ? {} : { line }),
    found: `text MDX cannot read (${plain})`,
    expected: `text and the site's components: \\{ for a brace, \\< for a less-than sign, every <Tag> closed by </Tag>`,
  };
}

/** What a `<` the parser could not read as a tag was meant to be: an address, a comparison, or a tag written wrongly. */
function lessThanProblem(after: string): Omit<BodyProblem, 'line'> {
  const atLessThan = after.slice(after.indexOf('<'));
  if (/^<(?:https?:|mailto:|www\.|[^\s<>@]+@[^\s<>@]+>)/i.test(atLessThan)) {
    return {
      found: 'an address in < >',
      expected: 'a link written [words](https://…), or the address alone: https://example.com is linked by itself',
    };
  }
  if (/^<[A-Za-z]/.test(atLessThan)) {
    return {
      found: `a tag MDX cannot read (${atLessThan.split(/\s/)[0]}…)`,
      expected:
        'a tag with every value in double quotes, such as <Money amount="26700000000" currency="KRW" />, closed with > or />; or \\< for a less-than sign',
    };
  }
  if (/^<!/.test(atLessThan)) {
    return { found: 'an HTML comment <!-- … -->', expected: 'a comment written {/* like this */}, which is not shown' };
  }
  return { found: 'a < that does not start a tag', expected: LESS_THAN_FIX };
}

/** The text from `line`:`column` (both 1-based) to the end of that line. */
function textAfter(source: string, line: number, column: number): string {
  return (source.split('\n')[line - 1] ?? '').slice(column - 1);
}

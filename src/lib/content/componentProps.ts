/**
 * Checks of the props editors give the MDX components. MDX is not type-checked, so a missing `alt`
 * or an amount written in quotes would otherwise publish a broken page; these make the build stop
 * with a message that says what to write instead.
 */
import { describeValue } from './problems.ts';
import { investmentSchema } from './schema.ts';

/** One wrong prop: its name, what was given (undefined when missing) and what was expected. */
export interface PropProblem {
  prop: string;
  found?: string;
  expected: string;
}

/** Problems with `<Figure src={photo} alt="…" caption="…" />`: an imported image, alt text and a caption. */
export function figurePropProblems(given: object): PropProblem[] {
  const props = given as Readonly<Record<string, unknown>>;
  const problems: PropProblem[] = [];
  if (!isImportedImage(props['src'])) {
    problems.push(
      problem(
        'src',
        props['src'],
        'an imported image: put `import photo from "./images/photo.jpg";` under the frontmatter and write src={photo}',
      ),
    );
  }
  if (!isText(props['alt'])) {
    problems.push(
      problem(
        'alt',
        props['alt'],
        'a description of the image for readers who cannot see it, such as alt="Three executives sign the agreement"',
      ),
    );
  }
  if (!isText(props['caption'])) {
    problems.push(
      problem(
        'caption',
        props['caption'],
        'the caption shown under the image, such as caption="The signing in Seoul, 3 June 2020"',
      ),
    );
  }
  if (props['credit'] !== undefined && !isText(props['credit'])) {
    problems.push(problem('credit', props['credit'], 'who took or supplied the photo, such as credit="KT"'));
  }
  return problems;
}

/** Problems with `<Money amount={26700000000} currency="KRW" usd={23000000} />`: the rules of an investment's figures. */
export function moneyPropProblems(given: object): PropProblem[] {
  const props = given as Readonly<Record<string, unknown>>;
  const { amount, currency, usd } = investmentSchema.shape;
  const problems: PropProblem[] = [];
  for (const [prop, schema] of [
    ['amount', amount],
    ['currency', currency],
    ['usd', usd],
  ] as const) {
    const value = props[prop];
    const result = schema.safeParse(value);
    if (result.success) continue;
    const message = result.error.issues[0]?.message ?? 'a valid value';
    // In MDX a number in quotes is text; only braces give the component a number.
    const hint =
      typeof value === 'string' && prop !== 'currency'
        ? `, written in braces: ${prop}={${value.replace(/\D/g, '') || '26700000000'}}`
        : '';
    problems.push(problem(prop, value, `${message}${hint}`));
  }
  return problems;
}

/** Stops the build when a component was given wrong props, naming the component, the article's file and each prop. */
export function assertProps(component: string, page: string, problems: readonly PropProblem[]): void {
  if (problems.length === 0) return;
  // The component only knows the page it is on; an article's page is named after its file.
  const slug = /\/articles\/([^/]+)\/?$/.exec(page)?.[1];
  const where = slug ? `content/articles/${slug}.mdx (page ${page})` : `the page ${page}`;
  const lines = problems.map(
    ({ prop, found, expected }) => `  ${prop}: ${found === undefined ? 'missing' : `found ${found}`}; expected ${expected}`,
  );
  throw new Error([`<${component}> in ${where} needs fixing:`, ...lines, `See "${component}" in docs/authoring.md.`].join('\n'));
}

function problem(prop: string, value: unknown, expected: string): PropProblem {
  const found =
    value === undefined ? undefined : typeof value === 'object' && value !== null ? 'an object' : describeValue(value);
  return found === undefined ? { prop, expected } : { prop, found, expected };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** What an `import photo from './x.jpg'` gives: Astro's image metadata, which the image pipeline can optimise. */
function isImportedImage(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const image = value as Record<string, unknown>;
  return typeof image['src'] === 'string' && typeof image['width'] === 'number' && typeof image['height'] === 'number';
}

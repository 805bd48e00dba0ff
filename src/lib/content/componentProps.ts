/**
 * The site's own components, as an article writes them: each one's attributes, literal text in
 * double quotes, and the rule for each. `npm run check:content` and the build's MDX pipeline read
 * an article's components against these (src/lib/content/articleBody.ts); the components check
 * their props again when a page is built, with the same words, since MDX is not type-checked.
 */
import { localImage } from './bodyUrls.ts';
import { closestField } from './fieldNames.ts';
import { meantNumber, plainNumber } from './numbers.ts';
import { describeValue } from './problems.ts';
import { investmentSchema } from './schema.ts';

/** What an attribute's rule may need: where the article is, to find its pictures. */
export interface AttributeContext {
  /** The article's path relative to the content folder, e.g. `articles/x.mdx`. */
  articlePath: string;
  /** Whether a file exists, by its path relative to the content folder; without it, pictures' files are not looked for. */
  fileExists?: ((path: string) => boolean) | undefined;
}

/** One attribute of a component: whether it must be given, what it is, and what is wrong with a value. */
interface AttributeRule {
  required: boolean;
  /** What is expected, with an example, as a message ends: `a description of the image …, such as alt="…"`. */
  expected: string;
  /** What is wrong with the text written, as "expected …" text, or undefined; without it, any text but a blank one is right. */
  problem?: (value: string, context: AttributeContext) => string | undefined;
}

/** A component: its attributes, by name. */
interface ComponentRule {
  attributes: Readonly<Record<string, AttributeRule>>;
}

const ALT = 'a description of the image for readers who cannot see it, such as alt="Three executives sign the agreement"';
const CAPTION = 'the caption shown under the image, such as caption="The signing in Seoul, 3 June 2020"';
const SRC = 'the picture\'s path relative to the article, in quotes, such as src="./images/signing.jpg"';
const AMOUNT = 'the whole amount in digits, in quotes, such as amount="26700000000"';
const CURRENCY = 'an ISO 4217 currency code such as currency="KRW" or currency="USD" (upper case)';
const USD = 'the US-dollar figure in digits, in quotes, such as usd="23000000"';

/** The components an article may use, without an import (docs/authoring.md, "Components for the article text"). */
export const COMPONENTS = {
  EditorsNote: {
    attributes: { title: { required: false, expected: 'the label shown above the note, such as title="Correction"' } },
  },
  Figure: {
    attributes: {
      src: { required: true, expected: SRC, problem: pictureProblem },
      alt: { required: true, expected: ALT },
      caption: { required: true, expected: CAPTION },
      credit: { required: false, expected: 'who took or supplied the photo, such as credit="KT"' },
    },
  },
  Money: {
    attributes: {
      amount: { required: true, expected: AMOUNT, problem: (value) => figureProblem('amount', value, '26700000000') },
      currency: {
        required: true,
        expected: CURRENCY,
        problem: (value) => (investmentSchema.shape.currency.safeParse(value).success ? undefined : CURRENCY),
      },
      usd: { required: false, expected: USD, problem: (value) => figureProblem('usd', value, '23000000') },
    },
  },
  PhotoCaption: { attributes: {} },
  PullQuote: { attributes: { by: { required: false, expected: 'who said it, such as by="Hwang Chang-gyu, KT CEO"' } } },
} as const satisfies Record<string, ComponentRule>;

/** The name of one of the site's components. */
export type ComponentName = keyof typeof COMPONENTS;

/** The components' names, for messages and the pipeline: EditorsNote, Figure, Money, PhotoCaption, PullQuote. */
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/** Whether a tag names one of the site's components. */
export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}

/** One wrong prop: its name, what was given (undefined when missing) and what was expected. */
export interface PropProblem {
  prop: string;
  found?: string;
  expected: string;
}

/**
 * What is wrong with a component's attributes as an article writes them, literal text each: the
 * ones missing, the ones it does not take (with the likely one meant), and each value against its rule.
 */
export function attributeProblems(
  component: ComponentName,
  attributes: ReadonlyMap<string, string>,
  context: AttributeContext,
): PropProblem[] {
  const rules: Readonly<Record<string, AttributeRule>> = COMPONENTS[component].attributes;
  const allowed = Object.keys(rules);
  const problems: PropProblem[] = [];
  for (const [name, value] of attributes) {
    const rule = rules[name];
    if (!rule) {
      const meant = closestField(name, allowed);
      problems.push({
        prop: name,
        found: describeValue(value) ?? '',
        expected: meant
          ? `${meant} (check the spelling)`
          : allowed.length === 0
            ? `no attributes on <${component}>`
            : `only ${allowed.join(', ')} on <${component}>`,
      });
      continue;
    }
    const problem = value.trim() === '' ? rule.expected : rule.problem?.(value, context);
    if (problem !== undefined) problems.push({ prop: name, found: describeValue(value) ?? '', expected: problem });
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !attributes.has(name)) problems.push({ prop: name, expected: rule.expected });
  }
  return problems;
}

/** Problems with the props `<Figure>` is rendered with: the picture the pipeline imported from `src`, alt text and a caption. */
export function figurePropProblems(given: object): PropProblem[] {
  const props = given as Readonly<Record<string, unknown>>;
  const problems: PropProblem[] = [];
  if (!isImportedImage(props['src'])) problems.push(problem('src', props['src'], SRC));
  for (const prop of ['alt', 'caption'] as const) {
    if (!isText(props[prop])) problems.push(problem(prop, props[prop], COMPONENTS.Figure.attributes[prop].expected));
  }
  if (props['credit'] !== undefined && !isText(props['credit'])) {
    problems.push(problem('credit', props['credit'], COMPONENTS.Figure.attributes.credit.expected));
  }
  return problems;
}

/** Problems with the props `<Money amount="26700000000" currency="KRW" usd="23000000" />` is rendered with. */
export function moneyPropProblems(given: object): PropProblem[] {
  const props = given as Readonly<Record<string, unknown>>;
  const rules = COMPONENTS.Money.attributes;
  return (['amount', 'currency', 'usd'] as const).flatMap((prop) => {
    const value = props[prop];
    if (value === undefined) return rules[prop].required ? [problem(prop, value, rules[prop].expected)] : [];
    const wrong = typeof value === 'string' ? rules[prop].problem(value) : rules[prop].expected;
    return wrong === undefined ? [] : [problem(prop, value, wrong)];
  });
}

/** The figures of a `<Money>` whose props passed `moneyPropProblems`: the amount and the dollar figure as numbers. */
export function moneyFigures(props: { amount: string; currency: string; usd?: string | undefined }): {
  amount: number;
  currency: string;
  usd: number | undefined;
} {
  return {
    amount: Number(props.amount),
    currency: props.currency,
    usd: props.usd === undefined ? undefined : Number(props.usd),
  };
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

/** What is wrong with a figure written in an attribute: digits only, more than 0. */
function figureProblem(prop: string, value: string, example: string): string | undefined {
  const number = plainNumber(value);
  if (number === undefined) {
    const meant = meantNumber(value);
    return meant
      ? `a number greater than 0 (${meant.fix}: ${prop}="${meant.value}")`
      : `a number greater than 0, in digits, such as ${prop}="${example}"`;
  }
  return number > 0 ? undefined : 'a number greater than 0';
}

function pictureProblem(value: string, context: AttributeContext): string | undefined {
  const image = localImage(value, context.articlePath);
  if ('problem' in image) return image.problem;
  if (context.fileExists && !context.fileExists(image.path)) {
    return `a picture that is there: there is no file ${image.path} in the content folder (check the name and the folder)`;
  }
  return undefined;
}

function problem(prop: string, value: unknown, expected: string): PropProblem {
  const found =
    value === undefined ? undefined : typeof value === 'object' && value !== null ? 'an object' : describeValue(value);
  return found === undefined ? { prop, expected } : { prop, found, expected };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** What the pipeline turns a `src` into (the import Astro makes of a picture): image metadata its image pipeline resizes. */
function isImportedImage(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const image = value as Record<string, unknown>;
  return typeof image['src'] === 'string' && typeof image['width'] === 'number' && typeof image['height'] === 'number';
}

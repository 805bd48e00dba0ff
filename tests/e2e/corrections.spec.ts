/**
 * An editor corrects an article (tests/fixtures/correction: two dated corrections, one with its
 * Korean, an `<EditorsNote title="Correction">` and an amount given to the won), and a copy built
 * with it shows the corrections on the article and on its entry in both editions, gives search
 * engines and feed readers the day of the latest, and shows the amount to the won where a reader
 * checks it. Expectations come from the content files of the copy.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { MAX_INVESTMENT_MARKS } from '../../src/lib/charts/investmentBins.ts';
import { correctionText, correctionsOf, lastCorrected } from '../../src/lib/corrections.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { rfc3339 } from '../../src/lib/feeds.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { formatMoney } from '../../src/lib/money.ts';
import { SITE_FILES, articlePath, chartPath, localizedPath } from '../../src/lib/urls.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { serveStatic, type StaticSite } from '../../tools/lib/staticServer.ts';
import { axeViolations, sidewaysScroll, watchConsole } from './checks.ts';
import { sourceArticles, type SourceArticle } from './content.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/correction');
/** The fixture's article, whose text has `<EditorsNote title="Correction">`. */
const [FIXTURE_ARTICLE] = readdirSync(join(FIXTURE, 'articles')).map(slugFromPath);

let copy: ProjectCopy;
let site: StaticSite;
/** The articles of the copy that were corrected: the fixture's, and any the content has. */
let corrected: SourceArticle[];
let investmentCount: number;

test.describe.configure({ mode: 'default', timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  copy = copyProject(ROOT);
  cpSync(FIXTURE, copy.contentDir, { recursive: true });
  const build = await copy.build();
  expect(build.code, build.output).toBe(0);
  site = await serveStatic(build.outDir);
  const articles = sourceArticles(copy.contentDir);
  corrected = articles.filter((article) => correctionsOf(article.data).length > 0);
  investmentCount = articles.flatMap((article) => article.data.investments ?? []).length;
  expect(corrected.length).toBeGreaterThan(0);
});

test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

/** "Corrected 1 December 2026", "2026년 12월 1일 정정": the line an edition writes for a day of correction. */
function correctedLine(article: SourceArticle, locale: Locale): string {
  return dictionary(locale).article.correctedOn.replace('{date}', formatDate(lastCorrected(article.data)!, locale));
}

/** The JSON-LD of the page. */
async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<
    string,
    unknown
  >;
}

for (const locale of LOCALES) {
  const t = dictionary(locale);
  const url = (path: string) => `${site.url}${localizedPath(path, locale)}`;

  test(`${locale}: a corrected article lists its corrections under the text, and says when under its date`, async ({
    page,
  }) => {
    for (const article of corrected) {
      await page.goto(url(articlePath(article.id)));
      const corrections = correctionsOf(article.data);

      const line = page.locator('.article__header .corrected a');
      await expect(line).toHaveText(correctedLine(article, locale));
      await expect(line.locator('time')).toHaveAttribute('datetime', lastCorrected(article.data)!);

      const section = page.getByRole('region', { name: t.article.corrections(corrections.length), exact: true });
      const items = section.getByRole('listitem');
      await expect(items).toHaveCount(corrections.length);
      for (const [index, correction] of corrections.entries()) {
        const text = correctionText(correction, locale);
        await expect(items.nth(index).locator('time')).toHaveText(formatDate(correction.date, locale));
        await expect(items.nth(index)).toContainText(text.text);
        if (text.kind === 'untranslated') {
          await expect(items.nth(index).locator('span[lang="en"]')).toHaveText(text.text);
          await expect(items.nth(index)).toContainText(t.translation.untranslated);
        }
      }

      await line.click();
      await expect(page).toHaveURL(/#corrections$/);
      await expect(section).toBeInViewport();

      expect(await jsonLd(page)).toMatchObject({ dateModified: lastCorrected(article.data) });
    }
  });

  test(`${locale}: a corrected article’s entry on the timeline says when; no other entry does`, async ({ page }) => {
    const ids = new Set(corrected.map((article) => article.id));
    for (const article of corrected) {
      // Its entry wherever the timeline has it: the article's way back leads there.
      await page.goto(url(articlePath(article.id)));
      await page.getByRole('link', { name: t.article.back }).click();
      await expect(page.locator(`li.entry[id="${article.id}"] .entry__corrected`)).toHaveText(
        new RegExp(`${correctedLine(article, locale)}$`),
      );
      const shown = await page.locator('li.entry').evaluateAll((entries) => entries.map((entry) => entry.id));
      await expect(page.locator('li.entry .entry__corrected')).toHaveCount(shown.filter((id) => ids.has(id)).length);
    }
  });

  test(`${locale}: an editor’s note titled “Correction” is headed in the reader’s language`, async ({ page }) => {
    await page.goto(url(articlePath(FIXTURE_ARTICLE!)));
    const heading = t.mdx.noteTitle('Correction') ?? 'Correction';
    const note = page.getByRole('complementary', { name: heading, exact: true });
    await expect(note.locator('.editors-note__title')).toHaveText(heading);
    if (locale !== 'en') await expect(note.locator('.editors-note__title')).not.toHaveAttribute('lang');
  });

  test(`${locale}: amounts show to the won on the article and in the chart’s table, where a rounded one would hide a correction`, async ({
    page,
  }) => {
    for (const article of corrected) {
      const investments = article.data.investments ?? [];
      await page.goto(url(articlePath(article.id)));
      const list = page.getByRole('region', { name: t.article.investments, exact: true });
      for (const investment of investments)
        await expect(list).toContainText(formatMoney(investment.amount, investment.currency, locale, 'exact'));

      // The chart's table lists each investment until the chart groups them (binned tables show totals).
      if (investmentCount > MAX_INVESTMENT_MARKS) continue;
      await page.goto(url(chartPath('investments')));
      for (const [index, investment] of investments.entries()) {
        const row = page.locator(`#investments table tr[data-investment="${article.id}-${index + 1}"]`);
        await expect(row).toContainText(formatMoney(investment.amount, investment.currency, locale, 'exact'));
      }
    }
    // The fixture's amount is one three significant digits would round: the check above can fail.
    const amounts = corrected.flatMap((article) => article.data.investments ?? []);
    expect(
      amounts.some(
        (item) =>
          formatMoney(item.amount, item.currency, locale, 'exact') !== formatMoney(item.amount, item.currency, locale),
      ),
    ).toBe(true);
  });

  for (const [name, path] of [
    ['the corrected article', () => articlePath(corrected[0]!.id)],
    ['the timeline', () => ''],
  ] as const) {
    for (const width of [1280, 360]) {
      test(`${locale}: ${name} passes axe in light and dark at ${width} px, and fits its width`, async ({ page }) => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const errors = watchConsole(page);
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(url(path()));
          expect(await axeViolations(page), colorScheme).toEqual([]);
          expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        }
      });
    }
  }

  test(`${locale}: both feeds give a corrected article the day of its latest correction as updated`, async ({
    page,
    request,
  }) => {
    await page.goto(url(''));
    const rssUpdated = await page.evaluate(async (feed) => {
      const xml = new DOMParser().parseFromString(await (await fetch(feed)).text(), 'application/xml');
      return [...xml.querySelectorAll('item')].map((item) => [
        item.querySelector('link')?.textContent ?? '',
        item.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'updated')[0]?.textContent ?? null,
      ]);
    }, url(SITE_FILES.rss));
    const json = (await (await request.get(url(SITE_FILES.jsonFeed))).json()) as {
      items: { url: string; date_modified?: string }[];
    };
    const updatedOf = (link: string) =>
      corrected.find((article) => link.endsWith(`/${localizedPath(articlePath(article.id), locale)}`));
    for (const [link, updated] of rssUpdated) {
      const article = updatedOf(link!);
      expect(updated, link ?? undefined).toBe(article ? rfc3339(lastCorrected(article.data)!) : null);
    }
    for (const item of json.items) {
      const article = updatedOf(item.url);
      expect(item.date_modified, item.url).toBe(article ? rfc3339(lastCorrected(article.data)!) : undefined);
    }
    expect(rssUpdated.filter(([, updated]) => updated !== null).length).toBeGreaterThan(0);
  });
}

test('events.json gives each event its corrections, oldest first', async ({ request }) => {
  const { events } = (await (await request.get(`${site.url}data/events.json`)).json()) as {
    events: { id: string; corrections: { date: string; text: string; textKo: string | null }[] }[];
  };
  for (const event of events) {
    const article = corrected.find((candidate) => candidate.id === event.id);
    expect(event.corrections, event.id).toEqual(
      correctionsOf(article?.data ?? {}).map(({ date, text, textKo }) => ({ date, text, textKo: textKo ?? null })),
    );
  }
});

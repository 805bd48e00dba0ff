import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { pad, segmentCrosses } from '../../src/lib/charts/boxes.ts';
import { MAX_INVESTMENT_MARKS } from '../../src/lib/charts/investmentBins.ts';
import { MAX_COMPANY_ROWS } from '../../src/lib/charts/involvementRows.ts';
import { CHART_CLASSES, DRAWN_FROM, MARK_ATTRIBUTES } from '../../src/lib/charts/markup.ts';
import { CHARTS } from '../../src/lib/urls.ts';
import { TIMELINE_FILTER_EVENT } from '../../src/lib/filterEvent.ts';
import { MAX_OWNERSHIP_CHARTS, OWNERSHIP_SLOTS } from '../../src/lib/charts/ownershipChart.ts';
import { estimateTextWidth } from '../../src/lib/charts/text.ts';
import { companiesInvolved } from '../../src/lib/companies.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { parseYaml } from '../../src/lib/content/frontmatter.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { contentRoot, readContent } from '../../src/node/contentDir.ts';
import { copyProject, type ProjectCopy } from '../../tools/lib/projectCopy.ts';
import { MIN_RENDERED_FONT_SIZE } from '../legibility.ts';
import { serveStatic } from '../../tools/lib/staticServer.ts';
import { writeSyntheticContent } from '../../tools/lib/synthetic.ts';
import { chartsDrawn } from './checks.ts';
import { homeArticles, sourceArticles, type SourceArticle } from './content.ts';

const EDITIONS = ['./', './ko/'] as const;
/** The page of every chart in each edition: every drawing, each chart with its table. The timeline's cards are drawn from it. */
const CHART_PAGES = EDITIONS.map((edition) => `${edition}charts/`);
const FIXTURE = join(process.cwd(), 'tests/fixtures/extreme-charts');
/** New articles as an editor adds them: a known company's investment in a new one, and an article two days later. */
const CLOSE_ARTICLES = join(process.cwd(), 'tests/fixtures/close-articles');

/** The drawing of a chart that shows at the current width (a chart has a compact and a wide one, or the compact one alone). */
const visibleSvg = (page: Page, chart: string) =>
  page.locator(`#${chart} :is(svg.chart--compact, svg.chart--wide):visible`).first();

const investmentCount = (articles: readonly SourceArticle[]) =>
  articles.reduce((sum, article) => sum + (article.data.investments?.length ?? 0), 0);

/** A company named in the articles' investments, whose page therefore has an investments chart. */
const investingCompany = (articles: readonly SourceArticle[]) =>
  articles.flatMap((article) => article.data.investments ?? [])[0]?.investor;

/**
 * What is wrong with the chart text on the page, at the current width: text smaller than 12 CSS px,
 * text clipped by its drawing or the screen, two texts on top of each other, and text wider than
 * `estimateTextWidth` said (which every layout relies on), in Latin and Korean alike.
 */
async function chartTextProblems(page: Page): Promise<string[]> {
  const texts = await page.locator('svg.chart:visible').evaluateAll((svgs) =>
    svgs.flatMap((svg, chart) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBoundingClientRect();
        const style = getComputedStyle(text);
        return {
          chart,
          text: text.textContent ?? '',
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
          frame: { x: frame.x, width: frame.width },
          rendered: parseFloat(style.fontSize) * (text.getScreenCTM()?.a ?? 0),
          fontSize: parseFloat(style.fontSize),
          bold: Number(style.fontWeight) >= 600,
          length: text.getComputedTextLength(),
        };
      });
    }),
  );
  const screen = page.viewportSize()!.width;
  const problems: string[] = [];
  for (const [index, a] of texts.entries()) {
    const name = `"${a.text}"`;
    if (a.rendered < MIN_RENDERED_FONT_SIZE - 0.01) problems.push(`${name} renders at ${a.rendered.toFixed(2)} px`);
    if (a.box.x < Math.max(0, a.frame.x - 1)) problems.push(`${name} is clipped on the left`);
    if (a.box.x + a.box.width > Math.min(screen, a.frame.x + a.frame.width + 1))
      problems.push(`${name} is clipped on the right`);
    if (a.length > estimateTextWidth(a.text, a.fontSize, a.bold ? 'bold' : 'regular') + 0.01)
      problems.push(`${name} is ${a.length.toFixed(1)} wide, more than its estimate`);
    for (const b of texts.slice(index + 1)) {
      if (b.chart !== a.chart) continue;
      const overlap =
        a.box.x < b.box.x + b.box.width - 0.5 &&
        b.box.x < a.box.x + a.box.width - 0.5 &&
        a.box.y < b.box.y + b.box.height - 0.5 &&
        b.box.y < a.box.y + a.box.height - 0.5;
      if (overlap) problems.push(`${name} overlaps "${b.text}"`);
    }
  }
  expect(texts.length, 'chart texts on the page').toBeGreaterThan(3);
  return problems;
}

/**
 * Every leader line of the visible investments chart that crosses another mark's symbol or a line
 * of its label, as the browser draws them (in screen coordinates, half a pixel of slack), by the
 * layout's own test (src/lib/charts/boxes.ts).
 */
async function leaderCrossingsOnPage(page: Page): Promise<string[]> {
  const marks = await visibleSvg(page, 'investments').evaluate((svg) =>
    [...svg.querySelectorAll('a.chart-mark')].map((mark) => {
      const line = mark.querySelector<SVGLineElement>('line.leader');
      const matrix = line?.getScreenCTM();
      const point = (x: SVGAnimatedLength, y: SVGAnimatedLength) =>
        new DOMPoint(x.baseVal.value, y.baseVal.value).matrixTransform(matrix!);
      const ends = line && matrix ? [point(line.x1, line.y1), point(line.x2, line.y2)] : undefined;
      return {
        name: mark.getAttribute('aria-label') ?? '',
        leader: ends && ([ends[0]!.x, ends[0]!.y, ends[1]!.x, ends[1]!.y] as const),
        boxes: [...mark.querySelectorAll('path.symbol, text')].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x, y, width, height };
        }),
      };
    }),
  );
  return marks.flatMap((mark, index) =>
    mark.leader
      ? marks
          .filter(
            (other, otherIndex) =>
              otherIndex !== index && other.boxes.some((box) => segmentCrosses(mark.leader!, pad(box, -0.5))),
          )
          .map((other) => `the leader of "${mark.name}" crosses "${other.name}"`)
      : [],
  );
}

/**
 * Scrolls the timeline to an entry and waits until the involvement chart highlights its marks: every
 * mark that stands for it, and only those. A mark may stand for other entries too (a period's dot).
 */
async function expectHighlightedOnScroll(page: Page, id: string): Promise<void> {
  const svg = visibleSvg(page, 'involvement');
  // The marks that stand for the entry, alone or with others (a period's dot).
  const ofEntry = await svg
    .locator('[data-entry]')
    .evaluateAll(
      (elements, entry) =>
        elements
          .map((element) => element.getAttribute('data-entry'))
          .filter((entries) => entries!.split(' ').includes(entry)),
      id,
    );
  await page.locator(`li.entry[id="${id}"]`).evaluate((entry) => entry.scrollIntoView({ block: 'center' }));
  expect(ofEntry.length, `marks of ${id}`).toBeGreaterThan(0);
  // The page scrolls smoothly, past other entries: wait for the one it stops at.
  await expect
    .poll(() =>
      svg
        .locator(`.${CHART_CLASSES.current}[data-entry]`)
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-entry'))),
    )
    .toEqual(ofEntry);
}

/** A copy of the project with its content changed by `edit`, built and served; `run` gets the site's URL. */
async function withBuiltCopy(
  edit: (copy: ProjectCopy) => void,
  run: (url: string, copy: ProjectCopy) => Promise<void>,
): Promise<void> {
  const copy = copyProject(process.cwd());
  try {
    edit(copy);
    const build = await copy.build();
    expect(build.code, build.output).toBe(0);
    const site = await serveStatic(build.outDir);
    try {
      await run(site.url, copy);
    } finally {
      await site.close();
    }
  } finally {
    copy.remove();
  }
}

test.describe('investments chart', () => {
  const count = investmentCount(sourceArticles());

  for (const width of [360, 900, 1280]) {
    test(`shows one linked mark per investment (or its bins) at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./charts/investments/');
      expect(count).toBeGreaterThan(1);
      await expect(page.locator('#investments :is(svg.chart--compact, svg.chart--wide):visible')).toHaveCount(1);
      const marks = visibleSvg(page, 'investments').locator('a.chart-mark');
      if (count <= MAX_INVESTMENT_MARKS) {
        await expect(marks).toHaveCount(count);
        await expect(page.locator('#investments table tbody tr')).toHaveCount(count);
      } else {
        expect(await marks.count()).toBeLessThan(count);
      }
    });
  }

  test('a mark leads to its entry on the timeline', async ({ page }) => {
    await page.goto('./');
    await chartsDrawn(page);
    const mark = visibleSvg(page, 'investments').locator('a.chart-mark').first();
    const entry = (await mark.getAttribute('data-entry'))!.split(' ')[0]!;
    const target = new URL((await mark.getAttribute('href'))!, page.url());
    await mark.locator('path.symbol').click();
    // `/#<id>`, or the year's page that has the entry (whose address then follows the entry read).
    await expect(page).toHaveURL((url) => url.pathname === target.pathname && url.hash !== '');
    await expect(page.locator(`li.entry[id="${entry}"]`)).toBeInViewport();
  });

  test('says what it shows in words, each mark named by its visible label first', async ({ page }) => {
    await page.goto('./charts/');
    const svg = visibleSvg(page, 'investments');
    await expect(svg).toHaveAttribute('role', 'graphics-document');
    await expect(svg.locator('title')).toHaveText(/Investments over time/);
    await expect(svg.locator('desc').first()).toContainText('The largest:');
    const labelled = svg.locator('a.chart-mark:has(text)').first();
    // The label's lines (a long one wraps), in the order the name says them.
    const name = (await labelled.getAttribute('aria-label'))!;
    const at = (await labelled.locator('text').allTextContents()).map((line) => name.indexOf(line.trim()));
    expect(Math.min(...at), `"${name}" says each line of the label`).toBeGreaterThanOrEqual(0);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    await expect(labelled).toHaveAttribute(MARK_ATTRIBUTES.description, /→/);
  });
});

test('the ownership charts show the most recent records, each with a table of every holder and source', async ({
  page,
}) => {
  const records = sourceArticles().flatMap((article) => (article.data.ownership ? [article.data.ownership] : []));
  await page.goto('./charts/ownership/');
  const shown = Math.min(records.length, MAX_OWNERSHIP_CHARTS);
  await expect(page.locator('.chart-figure[id^="ownership-"]')).toHaveCount(shown);
  const latest = records.at(-1);
  // Without a record there is no ownership chart, as just checked (tests/fixtures/extreme-charts always has one).
  if (!latest) return;
  const table = page.locator(`#ownership-${shown} table`);
  for (const holding of [...latest.before, ...latest.after]) await expect(table).toContainText(holding.source);
  const holders = new Set([...latest.before, ...latest.after].map((holding) => holding.holder));
  await expect(table.locator('tbody tr')).toHaveCount(holders.size);
  await expect(visibleSvg(page, `ownership-${shown}`)).toHaveAttribute('role', 'img');
});

test('the involvement chart has a dot for every event of every company, grouped by camp', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('./charts/involvement/');
  const articles = sourceArticles();
  const svg = visibleSvg(page, 'involvement');
  const entries = await svg
    .locator('a.chart-mark[data-entry]')
    .evaluateAll((marks) => marks.flatMap((mark) => mark.getAttribute('data-entry')!.split(' ')));
  expect(new Set(entries)).toEqual(new Set(articles.map((article) => article.id)));
  const companies = new Set(articles.flatMap((article) => companiesInvolved(article)));
  const rows = page.locator('#involvement table tbody th[scope="row"]');
  await expect(rows).toHaveCount(Math.min(companies.size, MAX_COMPANY_ROWS));
  const site = siteSchema.parse(
    (parseYaml(readFileSync(join(contentRoot(), 'site.yaml'), 'utf8')) as { data: unknown }).data,
  );
  for (const heading of await svg.locator('text.heading').allTextContents()) {
    expect([...site.alliances.map((alliance) => alliance.en), dictionary('en').charts.involvement.others]).toContain(
      heading,
    );
  }
});

for (const width of [360, 1280]) {
  test(`chart text is legible, apart and unclipped, and leader lines cross no other mark, at ${width} px, in both editions`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const company = investingCompany(sourceArticles());
    for (const path of [
      ...EDITIONS,
      ...CHART_PAGES,
      ...(company ? EDITIONS.map((edition) => `${edition}companies/${company}/`) : []),
    ]) {
      await page.goto(path);
      await chartsDrawn(page);
      expect(await chartTextProblems(page), `${path}: text`).toEqual([]);
      expect(await leaderCrossingsOnPage(page), `${path}: leader lines`).toEqual([]);
    }
  });
}

test('chart text is at least 12 CSS px at every width from 320 px up', async ({ page }) => {
  for (const path of [...EDITIONS, ...CHART_PAGES]) {
    for (const width of [320, 360, 414, 600, 767, 768, 1024, 1279, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await chartsDrawn(page);
      const small = (await chartTextProblems(page)).filter((problem) => problem.includes('renders at'));
      expect(small, `${path} at ${width} px`).toEqual([]);
    }
  }
});

test('hovering or focusing a mark shows its description as a tooltip; Escape hides it', async ({ page }) => {
  await page.goto('./');
  await chartsDrawn(page);
  const mark = visibleSvg(page, 'investments').locator('a.chart-mark').first();
  const tooltip = page.locator(`.${CHART_CLASSES.tooltip}`);
  await mark.locator('path.symbol').hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText((await mark.getAttribute(MARK_ATTRIBUTES.description))!);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await mark.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test.describe('the timeline drives the charts', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('scrolling the timeline highlights the current entry’s marks', async ({ page }) => {
    await page.goto('./');
    await chartsDrawn(page);
    await expectHighlightedOnScroll(page, sourceArticles().at(-1)!.id);
  });

  test('an entry added to the timeline after load is followed too', async ({ page }) => {
    await page.goto('./');
    await chartsDrawn(page);
    const first = homeArticles(sourceArticles())[0]!;
    // As infinite scroll would: a new element for the entry, appended to the timeline's list.
    await page.locator(`li.entry[id="${first.id}"]`).evaluate((entry) => {
      const list = entry.parentElement!;
      const later = entry.cloneNode(true) as HTMLElement;
      entry.remove();
      list.append(later);
    });
    await page.locator(`li.entry[id="${first.id}"]`).evaluate((entry) => entry.scrollIntoView({ block: 'center' }));
    await expect(
      visibleSvg(page, 'involvement').locator(`.is-current[data-entry~="${first.id}"]`).first(),
    ).toBeAttached();
  });

  test(`a "${TIMELINE_FILTER_EVENT}" event dims the marks of the entries it leaves out, and null undims them`, async ({
    page,
  }) => {
    await page.goto('./');
    await chartsDrawn(page);
    const kept = sourceArticles()[0]!.id;
    const filter = (entries: string[] | null) =>
      page.evaluate(
        ([name, detail]) => document.dispatchEvent(new CustomEvent(name, { detail: { entries: detail } })),
        [TIMELINE_FILTER_EVENT, entries] as const,
      );
    const marks = page.locator('svg.chart a.chart-mark');
    const dimmed = page.locator(`svg.chart a.chart-mark.${CHART_CLASSES.dimmed}`);
    await filter([kept]);
    await expect(page.locator(`svg.chart a.chart-mark[data-entry~="${kept}"]`).first()).not.toHaveClass(/is-dimmed/);
    await expect(dimmed).toHaveCount(
      (await marks.count()) - (await page.locator(`svg.chart a.chart-mark[data-entry~="${kept}"]`).count()),
    );
    // The marks fade (a short transition), so their opacity is read once it has moved off 1.
    await expect
      .poll(() => dimmed.evaluateAll((elements) => elements.map((e) => getComputedStyle(e).opacity)))
      .not.toContain('1');
    await filter(null);
    await expect(dimmed).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the charts’ page has every chart, its links and tables', async ({ page }) => {
    await page.goto('./charts/');
    await expect(visibleSvg(page, 'investments').locator('a.chart-mark').first()).toBeVisible();
    await expect(visibleSvg(page, 'involvement').locator('a.chart-mark').first()).toBeVisible();
    await expect(page.locator(`[${DRAWN_FROM}]`)).toHaveCount(0);
    for (const chart of CHARTS) await expect(page.locator(`a[href$="/charts/${chart}/"]`).first()).toBeAttached();
    await page.goto('./charts/investments/');
    await expect(page.locator('#investments table tbody tr').first()).toBeAttached();
    await expect(page.locator(`.${CHART_CLASSES.tooltip}`)).toHaveCount(0);
  });

  test('the timeline’s chart cards say in words what they show, and link to each chart’s page', async ({ page }) => {
    await page.goto('./');
    const pending = page.locator(`svg[${DRAWN_FROM}]`);
    expect(await pending.count()).toBeGreaterThan(0);
    await expect(page.locator(`svg.chart:not([${DRAWN_FROM}]) a.chart-mark`)).toHaveCount(0);
    await expect(pending.first()).toBeHidden();
    for (const fallback of await page.locator(`.${CHART_CLASSES.fallback}`).all()) {
      await expect(fallback).toBeVisible();
      expect((await fallback.textContent())!.length).toBeGreaterThan(20);
    }
    await expect(page.locator('#investments a[href$="/charts/investments/"]')).toBeVisible();
  });
});

test('/ loads at most 3 KB of JavaScript (gzip) until a reader searches or filters', async ({ page }) => {
  const sizes: number[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') sizes.push(gzipSync(await response.body()).length);
  });
  await page.goto('./');
  await chartsDrawn(page);
  await page.waitForLoadState('networkidle');
  // Inline scripts (the loader of the site's script, src/lib/deferredScripts.ts) count too.
  for (const inline of await page.locator('script[type="module"]:not([src])').allTextContents()) {
    sizes.push(gzipSync(inline).length);
  }
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3 * 1024);
});

test('an article at the edges of the content contract is drawn in full, in both editions', async ({ page }) => {
  test.setTimeout(180_000);
  const [article] = sourceArticles(FIXTURE);
  const owned = article!.data.ownership!;
  await withBuiltCopy(
    (copy) => {
      // The fixture is the whole timeline; its companies join the real ones.
      rmSync(join(copy.contentDir, 'articles'), { recursive: true });
      cpSync(join(FIXTURE, 'articles'), join(copy.contentDir, 'articles'), { recursive: true });
      cpSync(join(FIXTURE, 'companies'), join(copy.contentDir, 'companies'), { recursive: true });
    },
    async (url) => {
      const investments = article!.data.investments!.length;
      const ofCompany = article!.data.investments!.filter(
        (investment) => investment.investor === owned.company || investment.target === owned.company,
      ).length;
      const holders = new Set([...owned.before, ...owned.after].map((holding) => holding.holder)).size;
      expect(investments).toBeLessThanOrEqual(MAX_INVESTMENT_MARKS);
      expect(holders).toBeGreaterThan(OWNERSHIP_SLOTS);
      for (const edition of EDITIONS) {
        await page.goto(new URL(`${edition}charts/ownership/`, url).href);
        await expect(page.locator('#ownership-1 table tbody tr')).toHaveCount(holders);
        await page.goto(new URL(`${edition}charts/investments/`, url).href);
        await expect(page.locator('#investments table tbody tr')).toHaveCount(investments);
        await page.goto(new URL(`${edition}charts/involvement/`, url).href);
        await expect(page.locator('#involvement table tbody th[scope="row"]')).toHaveCount(
          companiesInvolved(article!).length,
        );
      }
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const edition of EDITIONS) {
          const company = `${edition}companies/${owned.company}/`;
          for (const path of [edition, `${edition}charts/`, company]) {
            await page.goto(new URL(path, url).href);
            await chartsDrawn(page);
            await expect(visibleSvg(page, 'investments').locator('a.chart-mark')).toHaveCount(
              path === company ? ofCompany : investments,
            );
            for (const bar of await visibleSvg(page, 'ownership-1').locator('g:has(> g > rect.segment)').all())
              await expect(bar.locator('rect.segment')).toHaveCount(OWNERSHIP_SLOTS);
            if (path === company) await expect(page.locator('#ownership-1 table tbody tr')).toHaveCount(holders);
            expect(await chartTextProblems(page), `${path} at ${width} px`).toEqual([]);
          }
        }
      }
    },
  );
});

test(`a few hundred articles aggregate the charts, each drawing at most 30 KB (gzip), in both editions`, async ({
  page,
}) => {
  test.setTimeout(300_000);
  const companies = readContent(contentRoot()).companies.map((file) => slugFromPath(file.path));
  await withBuiltCopy(
    (copy) => {
      writeSyntheticContent(copy.contentDir, 400, { years: [2010, 2024] });
      const articles = join(copy.contentDir, 'articles');
      // More ownership records than a page shows.
      for (let index = 0; index < MAX_OWNERSHIP_CHARTS + 2; index += 1) {
        const [slug, other] = [companies[index]!, companies[index + 1]!];
        writeFileSync(
          join(articles, `2023-0${index + 1}-01-ownership-${index}.mdx`),
          [
            '---',
            `title: "Ownership ${index}"`,
            `date: '2023-0${index + 1}-01'`,
            'language: en',
            'summary: "An ownership record."',
            'source:',
            '  name: Test',
            `companies: [${slug}]`,
            'ownership:',
            `  company: ${slug}`,
            '  before:',
            `    - { holder: ${other}, percent: 40, source: Test }`,
            '  after:',
            `    - { holder: ${other}, percent: 60, source: Test }`,
            '---',
            '',
            'Text.',
            '',
          ].join('\n'),
        );
      }
      expect(readdirSync(articles).length).toBeGreaterThan(400);
    },
    async (url, copy) => {
      const investments = investmentCount(sourceArticles(copy.contentDir));
      expect(investments).toBeGreaterThan(MAX_INVESTMENT_MARKS);
      const involved = new Set(sourceArticles(copy.contentDir).flatMap((article) => companiesInvolved(article)));
      expect(involved.size).toBeGreaterThan(MAX_COMPANY_ROWS);
      for (const edition of EDITIONS) {
        await page.goto(new URL(`${edition}charts/involvement/`, url).href);
        await expect(page.locator('#involvement table tbody th[scope="row"]')).toHaveCount(MAX_COMPANY_ROWS);
        await page.goto(new URL(`${edition}charts/`, url).href);
        await expect(page.locator('.chart-figure[id^="ownership-"]')).toHaveCount(MAX_OWNERSHIP_CHARTS);
        await expect(page.locator('.chart-more')).toBeVisible();
        for (const svg of await page.locator('#investments svg.chart, #involvement svg.chart').all()) {
          const html = await svg.evaluate((element) => element.outerHTML);
          expect(gzipSync(html).length, `${edition}: ${await svg.getAttribute('class')}`).toBeLessThanOrEqual(
            30 * 1024,
          );
        }
        const marks = await page.locator('#investments svg.chart a.chart-mark').count();
        expect(marks).toBeGreaterThan(0);
        expect(marks).toBeLessThan(investments);
        await page.setViewportSize({ width: 1280, height: 900 });
        expect(await chartTextProblems(page), edition).toEqual([]);
      }
    },
  );
});

test('new articles days apart: both editions draw the same marks, and the newest entry highlights its own', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const added = sourceArticles(CLOSE_ARTICLES);
  const companies = [...new Set(added.flatMap((article) => companiesInvolved(article)))];
  await withBuiltCopy(
    (copy) => cpSync(CLOSE_ARTICLES, copy.contentDir, { recursive: true }),
    async (url, copy) => {
      const markIds = () =>
        page
          .locator('.chart [data-entry], .chart [data-period]')
          .evaluateAll((marks) =>
            marks.map((mark) => [mark.getAttribute('data-entry'), mark.getAttribute('data-period')].join(' ')),
          );
      for (const path of ['', 'charts/', ...companies.map((company) => `companies/${company}/`)]) {
        await page.goto(new URL(path, url).href);
        await chartsDrawn(page);
        const english = await markIds();
        await page.goto(new URL(`ko/${path}`, url).href);
        await chartsDrawn(page);
        expect(await markIds(), `/${path} and /ko/${path}`).toEqual(english);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      const newest = sourceArticles(copy.contentDir).at(-1)!;
      for (const edition of EDITIONS) {
        await page.goto(new URL(edition, url).href);
        await chartsDrawn(page);
        await expectHighlightedOnScroll(page, newest.id);
      }
    },
  );
});

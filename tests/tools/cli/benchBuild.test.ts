import { describe, expect, it } from 'vitest';
import { runCliAsync } from './run.ts';

describe('npm run bench:build', () => {
  it('builds the site and bare Astro with a few synthetic articles and reports both, and every budget', async () => {
    const run = await runCliAsync('benchBuild.ts', ['3']);
    expect(run.stderr).toContain('3 synthetic articles: building bare Astro');
    const [, articles = ''] = /3 synthetic articles \((\d+) in all\)/.exec(run.stderr) ?? [];
    expect(run.stdout).toMatch(/^Machine: \d+ × .+, \d+ GiB/);
    // The bare build: one list page and one page per article in each of the two editions.
    const seconds = '[\\d.]+ s';
    const costRow = new RegExp(
      `^\\| ${articles} \\| \\d+ / ${2 * Number(articles) + 1} \\| ${seconds} / ${seconds} \\| [\\d.]+× \\| ${seconds} / ${seconds} \\| [\\d.]+× \\| [\\d,]+ MB / [\\d,]+ MB \\| [\\d.]+× \\|$`,
      'm',
    );
    expect(run.stdout).toMatch(costRow);
    expect(run.stdout).toMatch(
      new RegExp(
        `^\\| ${articles} \\| [\\d.]+ KB \\| [\\d.]+ KB \`/.*\` \\| [\\d.]+ KB \`/.*\` \\| [\\d.]+ s \\|$`,
        'm',
      ),
    );
    expect(run.stdout).toContain(`Budgets at ${articles} articles (the time and memory ratios apply from 10,000`);
    // Only the budgets that hold at any size apply here, and a few articles meet them.
    expect(run.stdout.match(/^ {2}met {4}/gm)).toHaveLength(3);
    expect(run.code).toBe(0);
  }, 300_000);
});

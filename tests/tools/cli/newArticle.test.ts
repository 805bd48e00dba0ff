import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITE_FILE } from '../../unit/content/siteFile.ts';
import { runCli, runInTerminal } from './run.ts';

const FLAGS = [
  '--title',
  'KT, LG Uplus join hands on home IoT, AI services',
  '--date',
  '2017-03-15',
  '--source',
  'The Korea Herald',
];
const FILE = '2017-03-15-kt-lg-uplus-join-hands-home-iot-ai-services.mdx';

describe('npm run new (without a terminal)', () => {
  let content: string;
  const env = () => ({ CONTENT_DIR: content });

  beforeEach(() => {
    content = mkdtempSync(join(tmpdir(), 'new-article-'));
    mkdirSync(join(content, 'companies'));
    writeFileSync(join(content, 'companies', 'kt.yaml'), 'name: KT\nnameKo: 케이티\n');
    writeFileSync(join(content, 'companies', 'lg-uplus.yaml'), 'name: LG Uplus\n');
    writeFileSync(join(content, 'site.yaml'), SITE_FILE.text);
  });

  afterEach(() => rmSync(content, { recursive: true, force: true }));

  it('writes the article, prints its path and the next steps, and the file passes the content check', () => {
    const run = runCli('newArticle.ts', [...FLAGS, '--url', 'https://www.koreaherald.com/view.php?ud=1'], env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Created \\S*${FILE}\\n`));
    expect(run.stdout).toMatch(/npm run check:content/);
    expect(run.stdout).toContain(`http://localhost:4321/articles/${FILE.replace('.mdx', '')}/`);

    const text = readFileSync(join(content, 'articles', FILE), 'utf8');
    expect(text).toContain('title: "KT, LG Uplus join hands on home IoT, AI services"');
    expect(text).toContain('companies: [kt, lg-uplus]');
    expect(text).toContain('  url: "https://www.koreaherald.com/view.php?ud=1"');

    const check = runCli('checkContent.ts', [], env());
    expect(check.code).toBe(0);
    expect(check.stderr).toContain(`${FILE} still has a TODO placeholder`);
  });

  it('refuses to overwrite an existing article', () => {
    expect(runCli('newArticle.ts', FLAGS, env()).code).toBe(0);
    const path = join(content, 'articles', FILE);
    writeFileSync(path, 'edited by hand');
    const again = runCli('newArticle.ts', FLAGS, env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${FILE} already exists, so nothing was written`);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
  });

  it('refuses an article whose file name another article has, in any folder', () => {
    mkdirSync(join(content, 'articles', '2017'), { recursive: true });
    writeFileSync(join(content, 'articles', '2017', FILE), 'elsewhere');
    const run = runCli('newArticle.ts', FLAGS, env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`2017/${FILE} already exists`);
  });

  it('names missing flags and shows the usage, with no terminal to ask in', () => {
    const run = runCli('newArticle.ts', ['--title', 'x'], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Missing --date, --source \(no terminal to ask in\)\./);
    expect(run.stderr).toContain('Usage: npm run new -- --title');
  });

  it('says what each wrong answer should be, and writes nothing', () => {
    const run = runCli(
      'newArticle.ts',
      ['--title', '지니뮤직 지분 인수', '--date', '2017-3-15', '--source', 'Yonhap', '--companies', 'kt,nokia'],
      env(),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '--date: found "2017-3-15"; expected a date that exists, written YYYY-MM-DD, such as 2017-03-15',
    );
    expect(run.stderr).toContain(
      '--slug: found ""; expected a short name in English letters for the file and URL, such as genie-music-stake: a title in Korean gives none, so give one with --slug',
    );
    expect(run.stderr).toContain(
      '--companies: found "kt,nokia"; expected slugs of files in content/companies/ (not found: nokia',
    );
  });

  it('takes the translated headline and the Korean summary by flags', () => {
    const run = runCli(
      'newArticle.ts',
      [...FLAGS, '--title-translation', 'KT·LG유플러스 손잡아', '--summary-ko', '요약.'],
      env(),
    );
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(content, 'articles', FILE), 'utf8');
    expect(text).toContain('titleKo: "KT·LG유플러스 손잡아"');
    expect(text).toContain('summaryKo: "요약."');
    expect(runCli('checkContent.ts', [], env()).code).toBe(0);
  });

  it('stops at a Korean title without --slug, naming it, instead of making a name of its Latin letters', () => {
    const run = runCli(
      'newArticle.ts',
      ['--title', 'KT AI연구소 출범', '--date', '2024-07-01', '--source', 'Yonhap'],
      env(),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--slug: found ""; expected a short name in English letters .* give one with --slug$/m);
    expect(existsSync(join(content, 'articles'))).toBe(false);
  });

  it('keeps the names of an English title in the file name, and leaves out the amount', () => {
    const run = runCli(
      'newArticle.ts',
      [
        '--title',
        'KT invests ₩30 billion in a new XR start-up, Hanbit XR',
        '--date',
        '2024-06-10',
        '--source',
        'Yonhap',
      ],
      env(),
    );
    expect(run.stderr).toBe('');
    expect(existsSync(join(content, 'articles', '2024-06-10-kt-invests-new-xr-start-up-hanbit-xr.mdx'))).toBe(true);
  });

  it('takes a slug for a Korean title', () => {
    const run = runCli(
      'newArticle.ts',
      ['--title', '케이티 소식', '--date', '2017-03-15', '--source', 'Yonhap', '--slug', 'kt-news'],
      env(),
    );
    expect(run.stderr).toBe('');
    expect(readFileSync(join(content, 'articles', '2017-03-15-kt-news.mdx'), 'utf8')).toContain('language: ko');
  });

  it('refuses an unknown option', () => {
    const run = runCli('newArticle.ts', [...FLAGS, '--titel', 'x'], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Unknown option '--titel'");
  });
});

describe('npm run new (in a terminal)', () => {
  let content: string;

  beforeEach(() => {
    content = mkdtempSync(join(tmpdir(), 'new-article-tty-'));
    mkdirSync(join(content, 'companies'));
    writeFileSync(join(content, 'companies', 'kt.yaml'), 'name: KT\nnameKo: 케이티\n');
    writeFileSync(join(content, 'site.yaml'), SITE_FILE.text);
  });

  afterEach(() => rmSync(content, { recursive: true, force: true }));

  it('asks for the short name of a Korean title, offering none, until it gets a usable one', async () => {
    const terminal = runInTerminal(
      'newArticle.ts',
      ['--title', 'KT AI연구소 출범', '--date', '2017-03-15', '--source', 'Yonhap'],
      { CONTENT_DIR: content },
    );
    for (const question of [
      'Address of the original',
      'Language of the article text',
      'Headline in English',
      'Summary in Korean',
      'Companies',
    ])
      await terminal.answer(question, '');
    const slugQuestion =
      'Short name for the file and URL, in English letters (the title is Korean), such as genie-music-stake: ';
    await terminal.answer(slugQuestion, '');
    await terminal.answer('"": expected a short name in English letters', 'kt-news', slugQuestion);
    const { code, output } = await terminal.exited;
    expect(code, output).toBe(0);
    expect(output).toContain('Created');
    // Nothing made of the title's Latin letters ("kt-ai") was offered.
    expect(output).not.toMatch(/such as genie-music-stake \[/);
    expect(readFileSync(join(content, 'articles', '2017-03-15-kt-news.mdx'), 'utf8')).toContain('language: ko');
  });
});

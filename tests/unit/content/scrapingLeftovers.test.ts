import fc from 'fast-check';
import { mdxToMdast, type MdastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { leftoverKind, scrapingLeftovers, type LeftoverKind } from '../../../src/lib/content/scrapingLeftovers.ts';

const leftovers = (body: string) => scrapingLeftovers(mdxToMdast(body) as MdastNode);

/** Lines copied with real reports (the project's seed files): what each is. */
const DEBRIS: [string, LeftoverKind][] = [
  ['Leave a Reply', 'comments'],
  ['Please log in using one of these methods to post your comment:', 'comments'],
  ['You are commenting using your WordPress.com account. Log Out /  Change )', 'comments'],
  ['Connecting to %s', 'comments'],
  ['%d bloggers like this:', 'comments'],
  ['WordPress.com Logo', 'comments'],
  ['• 댓글 0', 'comments'],
  ['댓글쓰기', 'comments'],
  ['삭제한 댓글은 다시 복구할 수 없습니다.', 'comments'],
  ['계정을 선택하시면 로그인·계정인증을 통해', 'comments'],
  ['이 기사를 공유합니다', 'share'],
  ['Share this:', 'share'],
  ['Facebook Twitter Email', 'share'],
  ['페이스북 · 트위터 · 카카오톡', 'share'],
  ['By Song Su-hyun (song@heraldcorp.com)', 'byline'],
  ['Reporter Kim Gun-ho [email protected]', 'byline'],
  ['[ⓒ 세계일보 & Segye.com, 무단전재 및 재배포 금지]', 'copyright'],
  ['구현모 KT 대표이사. 사진=KT 제공', 'caption'],
  ['(Photo from left) LG Electronics CEO Cho Joo-wan and Meta CEO Mark Zuckerberg (Photo: LG Electronics)', 'caption'],
  ['From left, LG Electronics’ CTO Park Il-pyung and KT Vice President Jeon Hong-beom at the signing. (KT)', 'caption'],
  ['1709106199', 'page'],
  ['2024-02-28 06:38:52', 'page'],
  ['#Electronics #discussed #strategic #collaboration #Meta', 'page'],
  ['date 2020-06-03 South Korea’s tech companies are moving to create coalitions', 'page'],
  ['• 승인 2020.05.26 15:54', 'page'],
  ['.Source', 'page'],
  ['상태바', 'page'],
];

/** Lines of the same reports' own text, which must not be taken for debris. */
const PROSE = [
  'LG Uplus decided to purchase a 15 percent stake, or about 7.38 million shares, in KT Music, for 26.7 billion won  ($23 million) at a board meeting.',
  '“The two companies will try to combine their outstanding IoT and AI technologies,” said KT CEO Hwang Chang-gyu.',
  '[매일일보 김정우 기자] KT가 LG유플러스·LG전자와 인공지능(AI) 분야 동맹 구축에 나섰다.',
  'KT Studio Genie plans to build a content library with over 1000 source IPs and over 100 drama IPs by the end of 2023.',
  'Products named at the meeting were the Quest 3, Ray-Ban Meta and Llama (Meta’s AI model).',
  'The company said it would share the details later.',
  'Meanwhile,',
];

describe('leftoverKind', () => {
  it('knows the debris of real reports for what it is', () => {
    for (const [line, kind] of DEBRIS) expect(leftoverKind(line, true), line).toBe(kind);
  });

  it('leaves the reports’ own sentences alone', () => {
    for (const line of PROSE) expect(leftoverKind(line, true), line).toBeUndefined();
  });

  it('takes a short line ending in a credit for a caption only when it is a paragraph of its own', () => {
    expect(leftoverKind('KT CEO Hwang Chang-gyu (KT)', true)).toBe('caption');
    expect(leftoverKind('KT CEO Hwang Chang-gyu (KT)', false)).toBeUndefined();
  });

  it('leaves any sentence of words alone', () => {
    const word = fc.stringMatching(/^[A-Za-z가-힣]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 30 }), (words) => {
        const sentence = `${words.join(' ')}.`;
        expect(leftoverKind(sentence, true), sentence).toBeUndefined();
      }),
    );
  });
});

describe('scrapingLeftovers', () => {
  it('reports each kind once, at its first line, with how many lines of that kind there are', () => {
    const body = [
      'The article text.',
      '',
      'KT CEO Hwang Chang-gyu (KT)',
      '',
      'More text.',
      '',
      'By Song Su-hyun (song@heraldcorp.com)',
      '',
      'Leave a Reply',
      'Please log in using one of these methods to post your comment:',
      '',
      'Connecting to %s',
    ].join('\n');
    expect(leftovers(body)).toEqual([
      { kind: 'caption', text: 'KT CEO Hwang Chang-gyu (KT)', line: 3, count: 1 },
      { kind: 'byline', text: 'By Song Su-hyun (song@heraldcorp.com)', line: 7, count: 1 },
      { kind: 'comments', text: 'Leave a Reply', line: 9, count: 3 },
    ]);
  });

  it('reads the text as a reader sees it, through emphasis and links', () => {
    expect(leftovers('Text.\n\nBy *Song Su-hyun* ([song@heraldcorp.com](mailto:song@heraldcorp.com))\n')).toEqual([
      { kind: 'byline', text: 'By Song Su-hyun (song@heraldcorp.com)', line: 3, count: 1 },
    ]);
  });

  it('leaves the site’s components alone: a caption in <PhotoCaption> is where it belongs', () => {
    expect(leftovers('Text.\n\n<PhotoCaption>KT CEO Hwang Chang-gyu (KT)</PhotoCaption>\n')).toEqual([]);
    expect(leftovers('<EditorsNote>\nLeave a Reply\n</EditorsNote>\n')).toEqual([]);
  });
});

/**
 * What copying a report from a web page leaves in an article's text: the page's comment form and
 * share buttons, a byline with the reporter's email, the publisher's copyright line, a photo's
 * caption or credit, a timestamp or a line of hashtags. Each could, rarely, be the article's own
 * words, so they are warnings (docs/authoring.md, "Warnings"), one per kind and article, at the
 * first line of that kind. Only the article's own paragraphs are read: text inside the site's
 * components (a `<PhotoCaption>`, an `<EditorsNote>`) is where it belongs.
 */
import type { MdastNode } from 'satteri';

/** The kinds of leftovers, each with its own advice. */
export type LeftoverKind = 'comments' | 'share' | 'byline' | 'copyright' | 'caption' | 'page';

/** A kind of leftover found in an article's text: its first line, and how many lines of that kind there are. */
export interface Leftover {
  kind: LeftoverKind;
  /** The line's text, trimmed. */
  text: string;
  /** Its line in the text that was parsed. */
  line: number;
  count: number;
}

/** A line of a paragraph, and whether it is the paragraph's only line. */
interface TextLine {
  text: string;
  line: number;
  alone: boolean;
}

/** Words a whole line of share buttons and page controls is made of, in English and Korean. */
const CONTROL_WORDS = new Set(
  [
    'share',
    'tweet',
    'email',
    'print',
    'facebook',
    'twitter',
    'x',
    'linkedin',
    'kakaotalk',
    'whatsapp',
    'reddit',
    'pinterest',
    'telegram',
    '공유',
    '공유하기',
    '페이스북',
    '트위터',
    '카카오톡',
    '카카오스토리',
    '밴드',
    '네이버블로그',
    'url복사',
    '링크복사',
    '스크랩',
    '인쇄',
    '프린트',
    '이메일',
    '기사저장',
    '글자크기',
    '닫기',
  ].map((word) => word.toLowerCase()),
);

/** A line of the comment form under a report (WordPress's, and Korean news sites'). */
const COMMENT_FORM = [
  /^Leave a (?:Reply|Comment)\b/i,
  /^Please log in using one of these methods/i,
  /^You are commenting using your .* account/i,
  /^Connecting to %s$/i,
  /^%d bloggers like this/i,
  /^(?:WordPress\.com|Facebook|Twitter|Google) (?:Logo|photo)$/i,
  /^댓글(?:\s*\d+|\s*쓰기|\s*삭제|\s*달기|\s*보기)?$/,
  /^삭제한 댓글은 다시 복구할 수 없습니다/,
  /^그래도 삭제하시겠습니까/,
  /^계정을 선택하시면/,
  /^댓글을 남기실 수 있습니다/,
];

/** A line of share buttons that does not read as words alone ("Share this:", "Click to share on X"). */
const SHARE_LINES = [
  /^(?:Share|Like) this:?$/i,
  /^Like Loading/i,
  /^Click to (?:share|email|print)\b/i,
  /^Share (?:on|via) \w+/i,
  /^이 기사를 공유합니다$/,
];

/** An email address, or the placeholder a page that hides addresses from robots shows for one. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email(?:&nbsp;|\s)protected\]|\[이메일 보호됨\]/i;

/** A copyright or no-reprint notice. */
const COPYRIGHT = /무단\s*전재|재배포\s*금지|All rights reserved|^\[?\s*[ⓒ©]|^Copyright\b/i;

/** A caption's or credit's own words: "Photo: …", "(사진=KT)", "(Yonhap)". */
const CREDIT = [
  /^(?:Photo|Image|Picture|사진)\s*(?:by\b|credit|courtesy|:|=|제공)/i,
  /\((?:Photo|사진)\s*(?:from left|by\b|:|=|제공)/i,
  /(?:^|[\s(/[])사진\s*(?:=|제공)/,
  /^\(?(?:From left|Left to right|왼쪽부터)\b/i,
  /\((?:Yonhap|AP|AFP|Reuters|EPA|Getty Images|Newsis|News1|연합뉴스|뉴시스|뉴스1)(?: Photo)?\)$/i,
];

/** A line of its own that reads as a caption with its credit: short, no sentence, ending "(KT)". */
const CAPTION_LINE = /^[^.!?。"“”]{3,100}\s\([^()]{1,30}\)$/u;

/** What a crawler or the page's furniture leaves as a line of its own. */
const PAGE_LINES = [
  /^\d{10}$/, // a Unix time
  /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$/, // a time stamp
  /^(?:승인|입력|수정|기사승인|업데이트)\s*:?\s*\d{4}[.-]\d{2}[.-]\d{2}/, // a Korean page's posting time
  /^#[^\s#]+(?:\s+#[^\s#]+)+/, // a line of hashtags
  /^date\s+\d{4}-\d{2}-\d{2}\b/i, // a crawler's date, even at the start of a paragraph
  /^\.?Source$/,
  /^상태바$/,
  /^(?:Advertisement|광고)$/i,
];

/** The bullets and arrows a page sets before its furniture ("• 댓글 0", "▲ …"). */
const BULLET = /^[•·▲△▶►■□◆◇-]\s*/u;

/** The kind of leftover a line is, if any. */
export function leftoverKind(text: string, alone = false): LeftoverKind | undefined {
  const line = text.replace(BULLET, '');
  if (COMMENT_FORM.some((pattern) => pattern.test(line))) return 'comments';
  if (isControlLine(line) || SHARE_LINES.some((pattern) => pattern.test(line))) return 'share';
  if (PAGE_LINES.some((pattern) => pattern.test(line))) return 'page';
  if (line.length <= 160 && COPYRIGHT.test(line)) return 'copyright';
  if (line.length <= 120 && EMAIL.test(line)) return 'byline';
  if (line.length <= 300 && CREDIT.some((pattern) => pattern.test(line))) return 'caption';
  if (alone && CAPTION_LINE.test(line)) return 'caption';
  return undefined;
}

/** Every kind of leftover in an article's tree, in the order of their first lines. */
export function scrapingLeftovers(tree: MdastNode): Leftover[] {
  const found = new Map<LeftoverKind, Leftover>();
  for (const { text, line, alone } of paragraphLines(tree)) {
    const kind = leftoverKind(text, alone);
    if (kind === undefined) continue;
    const first = found.get(kind);
    if (first) first.count += 1;
    else found.set(kind, { kind, text, line, count: 1 });
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** What an editor reads for a kind of leftover: what it is, and what to do about it. */
export const LEFTOVER_ADVICE: Readonly<Record<LeftoverKind, { what: string; check: string }>> = {
  comments: {
    what: 'the comment form of the page the article was copied from',
    check: "that it is not the article's text, and delete the form's lines",
  },
  share: { what: "the page's share buttons", check: "that it is not the article's text, and delete the line" },
  byline: {
    what: "a byline with the reporter's email",
    check: 'that the reporter is in source.author, and delete the line',
  },
  copyright: {
    what: "the publisher's copyright line",
    check: 'that the publisher is in source.name, and delete the line',
  },
  caption: {
    what: "a photo's caption or credit",
    check: 'whether the photo came with the text: write its caption as <PhotoCaption>…</PhotoCaption>, or delete the line',
  },
  page: {
    what: 'a line left from the copied page (a timestamp, hashtags, a page label)',
    check: "that it is not the article's text, and delete the line",
  },
};

/** Whether a whole line is share buttons: nothing but their words, with separators between them. */
function isControlLine(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => CONTROL_WORDS.has(word.replace(/:$/, '')));
}

/** The lines of the article's own paragraphs (not those inside the site's components), with their line numbers. */
function paragraphLines(tree: MdastNode): TextLine[] {
  if (!('children' in tree)) return [];
  return (tree.children as MdastNode[]).flatMap((node) => {
    const start = node.position?.start.line;
    if (node.type !== 'paragraph' || start === undefined) return [];
    const lines = plainText(node).split('\n');
    return lines.flatMap((text, index) =>
      text.trim() === '' ? [] : [{ text: text.trim(), line: start + index, alone: lines.length === 1 }],
    );
  });
}

/** The text of a node as a reader sees it, a hard line break as a new line. */
function plainText(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? (node.children as MdastNode[]).map(plainText).join('') : '';
}

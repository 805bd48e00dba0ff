import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lib/pageEdits.ts';

const page = Buffer.from('<p>서울 and Busan</p>');
const edited = (edits: Parameters<typeof applyEdits>[1]) => Buffer.concat(applyEdits(page, edits)).toString();
/** The byte offset of a piece of the page's text. */
const at = (text: string) => page.indexOf(text);

describe('applyEdits', () => {
  it('replaces each range of bytes with its text, whatever order the edits come in', () => {
    const busan = { start: at('Busan'), end: at('Busan') + 5, text: '부산' };
    const seoul = { start: at('서울'), end: at('서울') + Buffer.byteLength('서울'), text: 'Seoul' };
    expect(edited([busan, seoul])).toBe('<p>Seoul and 부산</p>');
    expect(edited([seoul, busan])).toBe('<p>Seoul and 부산</p>');
  });

  it('inserts where a range is empty, and gives the page itself for no edit', () => {
    expect(edited([{ start: at('</p>'), end: at('</p>'), text: '!' }])).toBe('<p>서울 and Busan!</p>');
    expect(edited([])).toBe(page.toString());
  });

  it('makes no copy of the page: its pieces are views of it', () => {
    const parts = applyEdits(page, [{ start: 0, end: 3, text: '<b>' }]);
    expect(parts[2]!.buffer).toBe(page.buffer);
  });

  it('refuses edits that overlap', () => {
    expect(() =>
      applyEdits(page, [
        { start: 0, end: 5, text: 'a' },
        { start: 4, end: 6, text: 'b' },
      ]),
    ).toThrow('page edits overlap at byte 4');
  });
});

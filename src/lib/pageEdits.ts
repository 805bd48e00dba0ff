/**
 * Changes to a built page, made without copying it: each names a range of the page's bytes and the
 * text that takes its place, and the finished page is the pieces between them, written one after
 * another (src/middleware.ts). Every built page is finished so, and at 20,000 pages of 20–40 KB each
 * copy of them all is most of a gigabyte to allocate and collect.
 */

/** The page's bytes from `start` up to `end` give way to `text`. */
export interface PageEdit {
  start: number;
  end: number;
  text: string;
}

/** The pieces of the page with the edits made, in any order given; edits that overlap are a mistake, and throw. */
export function applyEdits(page: Buffer, edits: readonly PageEdit[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let copied = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < copied || edit.end < edit.start) {
      throw new Error(`page edits overlap at byte ${edit.start}`);
    }
    parts.push(page.subarray(copied, edit.start), Buffer.from(edit.text));
    copied = edit.end;
  }
  parts.push(page.subarray(copied));
  return parts;
}

/**
 * The messages between an embed and the page that frames it (docs/embed.md, "Frames that fit"). The
 * embed pages' script (src/scripts/frameHeight.ts) imports this module alone, so it shares no code,
 * and no file, with the site's own script; the host page's script (public/embed.js) writes the same
 * names, which tests/unit/embed.test.ts checks.
 */

/** Each message's `type`. */
export const EMBED_MESSAGES = {
  /** From an embed to its parent: `{ type, height }`, its page's height in CSS px. */
  height: 'timeline-embed:height',
  /** From a host page to a frame: `{ type }`, asking it to send its height now. */
  ask: 'timeline-embed:ask',
} as const;

/** What an embed tells the page that frames it: how tall its content is. */
export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGES.height;
  /** The embed page's height in CSS px, a whole number. */
  height: number;
}

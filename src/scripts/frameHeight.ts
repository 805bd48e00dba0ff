/**
 * An embed's side of a frame that fits its content (docs/embed.md, "Frames that fit"): in a frame,
 * the page tells its parent how tall it is, `{ type: 'timeline-embed:height', height }`, when this
 * script starts and whenever the height changes (a ResizeObserver on the page), and again to a page
 * that asks (`{ type: 'timeline-embed:ask' }`, sent by a host script that started after the frame).
 * The height is no secret, so it goes to any parent; the host page's script (public/embed.js)
 * checks where it comes from. Only the embed pages load this (src/layouts/EmbedLayout.astro).
 */
import { EMBED_MESSAGES, type EmbedHeightMessage } from '../lib/embedMessages';

if (window.parent !== window) {
  const page = document.documentElement;
  const heightOf = () => Math.ceil(page.getBoundingClientRect().height);
  const tell = (target: Window) => {
    const message: EmbedHeightMessage = { type: EMBED_MESSAGES.height, height: heightOf() };
    target.postMessage(message, { targetOrigin: '*' });
  };
  let told = 0;
  new ResizeObserver(() => {
    const height = heightOf();
    if (height === told) return;
    told = height;
    tell(window.parent);
  }).observe(page);
  addEventListener('message', (event) => {
    const data: unknown = event.data;
    // Only a window can ask: the page that frames this one.
    if (event.source && typeof data === 'object' && data !== null && 'type' in data && data.type === EMBED_MESSAGES.ask)
      tell(event.source as Window);
  });
}

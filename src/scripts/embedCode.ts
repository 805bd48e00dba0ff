/**
 * `<embed-code>`: the "Embed" disclosure (src/components/EmbedCode.astro). Its workings
 * (embedCodeController.ts) load only when a reader first opens it, so a page that offers embeds
 * loads nothing more before then.
 */

class EmbedCode extends HTMLElement {
  connectedCallback(): void {
    // `toggle` does not bubble, but an ancestor hears it while it is captured.
    this.addEventListener(
      'toggle',
      () => void import('./embedCodeController').then(({ EmbedCodeController }) => new EmbedCodeController(this)),
      { capture: true, once: true },
    );
  }
}

customElements.define('embed-code', EmbedCode);

/**
 * `<site-search>`: the header's search box. Until the reader focuses the box, nothing of the search
 * loads, its own workings (searchBox.ts) included; `/` anywhere on the page focuses it.
 */

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    const start = () => void import('./searchBox').then(({ SearchBox }) => new SearchBox(this, input));
    // The script loads once the page is drawn: a reader may be in the box already.
    if (document.activeElement === input) start();
    else input.addEventListener('focus', start, { once: true });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
      if (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName)) return;
      event.preventDefault();
      input.focus();
    });
  }
}

customElements.define('site-search', SiteSearch);

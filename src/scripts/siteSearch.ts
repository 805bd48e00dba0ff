/**
 * `<site-search>`: the header's search box. Until the reader focuses the box, nothing of the search
 * loads, its own workings (searchBox.ts) included; `/` anywhere on the page focuses it.
 */

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    input.addEventListener(
      'focus',
      () => void import('./searchBox').then(({ SearchBox }) => new SearchBox(this, input)),
      { once: true },
    );
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

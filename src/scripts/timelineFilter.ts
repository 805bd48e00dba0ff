/**
 * `<timeline-filter>`: the timeline filtered by company and topic (src/components/TimelineFilter.astro).
 * A chip in an entry (`a[data-filter="company:kt"]`) filters instead of leaving the page (in an
 * embed, only when its address asks for it: `data-chips-param`). The filter's workings
 * (filterController.ts) load only when a reader filters or the address has a filter.
 */

class TimelineFilter extends HTMLElement {
  #controller?: Promise<import('./filterController').FilterController>;

  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLElement>('a[data-filter]');
      if (!chip || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // An embed's chips filter only when its address asks for it; else they stay links to the site.
      const asked = this.dataset['chipsParam'];
      if (asked && !new URLSearchParams(location.search).has(asked)) return;
      event.preventDefault();
      void this.#load().then((controller) => controller.choose(chip));
    });
    addEventListener('popstate', () => void this.#load().then((controller) => controller.applyAddress()));
    // An address with a query may carry a filter (the controller knows which parameters do).
    if (location.search) {
      void this.#load().then((controller) => controller.applyAddress());
    }
  }

  #load() {
    this.#controller ??= import('./filterController').then(({ FilterController }) => new FilterController(this));
    return this.#controller;
  }
}

customElements.define('timeline-filter', TimelineFilter);

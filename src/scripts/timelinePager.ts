/**
 * `<timeline-pager>`: a long timeline's pages read as one. When the reader nears the link to the next
 * page, that page's entries are fetched and added in place, and the link moves on to the page after;
 * the address follows the entry being read (its page and `#id`), so reload and back return to it.
 * Without JavaScript, or if a fetch fails, the link is an ordinary link to the next page.
 * On `/` of a split timeline, an address `#<slug>` for an entry only its year's page shows is sent
 * on to that page.
 */

/** The link that ends a page of the timeline and leads to the next. */
const NEXT_LINK = 'a[data-timeline-next]';
/** The timeline's year groups and entries, as src/components/Timeline.astro writes them. */
const YEARS = 'ol.timeline > li.year';
const ENTRY = 'li.entry[id]';

class TimelinePager extends HTMLElement {
  #loading = false;
  /** The page each entry came from; entries of the page first loaded are not in it. */
  readonly #pageOf = new WeakMap<Element, string>();
  #reading?: IntersectionObserver;
  /** The entries crossing the middle band of the screen now. */
  readonly #inBand = new Set<Element>();

  connectedCallback(): void {
    void this.#forward();
    const link = this.querySelector<HTMLAnchorElement>(NEXT_LINK);
    if (!link) return;
    new IntersectionObserver((changes) => changes.some((change) => change.isIntersecting) && void this.#loadNext(), {
      rootMargin: '0px 0px 100% 0px',
    }).observe(link);
    // A thin band across the middle of the screen: the entry crossing it is the one being read.
    this.#reading = new IntersectionObserver((changes) => this.#follow(changes), { rootMargin: '-45% 0px -45% 0px' });
    for (const entry of this.querySelectorAll(ENTRY)) this.#reading.observe(entry);
  }

  /** An address for an entry this page does not show goes on to the page that shows it. */
  async #forward(): Promise<void> {
    const index = this.dataset['entryPages'];
    const id = decodeURIComponent(location.hash.slice(1));
    if (!index || !id || document.getElementById(id)) return;
    const response = await fetch(index).catch(() => undefined);
    if (!response?.ok) return;
    const pages = (await response.json()) as Record<string, string>;
    if (Object.hasOwn(pages, id)) location.replace(pages[id]!);
  }

  async #loadNext(): Promise<void> {
    const link = this.querySelector<HTMLAnchorElement>(NEXT_LINK);
    if (!link || this.#loading) return;
    this.#loading = true;
    try {
      const response = await fetch(link.href);
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      this.#append(page, link.href);
      const next = page.querySelector<HTMLAnchorElement>(NEXT_LINK);
      if (next) link.href = next.href;
      else link.parentElement?.remove();
    } finally {
      this.#loading = false;
    }
  }

  /** Adds a fetched page's year groups: entries of a year already shown join it, a new year is added whole. */
  #append(page: Document, url: string): void {
    const timeline = this.querySelector('ol.timeline');
    for (const year of page.querySelectorAll(YEARS)) {
      const heading = year.querySelector('h2')?.id;
      const shown = heading ? this.querySelector(`#${CSS.escape(heading)}`)?.closest('li.year') : undefined;
      const added = document.importNode(year, true);
      for (const entry of added.querySelectorAll(ENTRY)) {
        this.#pageOf.set(entry, url);
        this.#reading?.observe(entry);
      }
      if (shown) shown.querySelector('ol')?.append(...added.querySelectorAll(ENTRY));
      else timeline?.append(added);
    }
    this.dispatchEvent(new CustomEvent('timeline-entries-added', { bubbles: true }));
  }

  #follow(changes: IntersectionObserverEntry[]): void {
    for (const change of changes) {
      if (change.isIntersecting) this.#inBand.add(change.target);
      else this.#inBand.delete(change.target);
    }
    // Of the entries in the band, the one nearest the middle of the screen is the one being read.
    const middle = innerHeight / 2;
    const distance = (entry: Element) => {
      const box = entry.getBoundingClientRect();
      return Math.abs(box.top + box.height / 2 - middle);
    };
    const reading = [...this.#inBand].sort((a, b) => distance(a) - distance(b))[0];
    if (!reading) return;
    const page = this.#pageOf.get(reading) ?? location.href.split('#')[0];
    history.replaceState(history.state, '', `${page}#${reading.id}`);
  }
}

customElements.define('timeline-pager', TimelinePager);

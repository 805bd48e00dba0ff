/**
 * The "Embed" disclosure's workings, loaded by `<embed-code>` (embedCode.ts) when a reader first opens
 * it: a button that copies the code, and on the timeline, the code kept to the filter the reader has
 * chosen (`?company=…&tag=…`, which the embed shows filtered too), as the filter's event tells.
 */
import { FILTER_FACETS, TIMELINE_FILTER_EVENT, type FilterFacet } from '../lib/filterEvent';

/** The workings of one `<embed-code>` element. */
export class EmbedCodeController {
  readonly #element: HTMLElement;
  readonly #code: HTMLTextAreaElement;
  readonly #preview: HTMLAnchorElement;
  /** The code and the preview's link as the page wrote them: the embed without a filter. */
  readonly #original: { code: string; preview: string };

  constructor(element: HTMLElement) {
    this.#element = element;
    this.#code = element.querySelector('textarea')!;
    this.#preview = element.querySelector('a')!;
    this.#original = { code: this.#code.value, preview: this.#preview.getAttribute('href') ?? '' };
    const button = element.querySelector('button')!;
    button.hidden = false;
    button.addEventListener('click', () => void this.#copy());
    if (element.hasAttribute('data-follows-filter')) {
      this.#follow();
      document.addEventListener(TIMELINE_FILTER_EVENT, () => this.#follow());
    }
  }

  /** Writes the filter of the page's address into the code and the preview's link. */
  #follow(): void {
    const page = new URLSearchParams(location.search);
    const query = new URLSearchParams();
    for (const facet of Object.keys(FILTER_FACETS) as FilterFacet[]) {
      const value = page.get(facet);
      if (value) query.set(facet, value);
    }
    const filter = query.toString() ? `?${query}` : '';
    const src = this.#element.dataset['src'] ?? '';
    // The code is HTML: in its attribute, the query's "&" is written "&amp;".
    this.#code.value = this.#original.code.replace(`src="${src}"`, `src="${src}${filter.replaceAll('&', '&amp;')}"`);
    this.#preview.setAttribute('href', `${this.#original.preview.split('?')[0]}${filter}`);
  }

  async #copy(): Promise<void> {
    const status = this.#element.querySelector('[role="status"]')!;
    try {
      await navigator.clipboard.writeText(this.#code.value);
      status.textContent = this.#element.dataset['copied'] ?? '';
    } catch {
      this.#code.focus();
      this.#code.select();
      status.textContent = this.#element.dataset['copyFailed'] ?? '';
    }
  }
}

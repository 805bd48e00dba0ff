/**
 * The timeline filter's workings, loaded by `<timeline-filter>` (timelineFilter.ts) the first time a
 * reader filters or an address carries a filter. The address records the filter (`?company=kt&tag=ai`),
 * so reload, back and forward restore it; other scripts hear of it through a `timeline-filter`
 * event on `document` whose detail lists the entries shown.
 */

import { FILTER_FACETS, TIMELINE_FILTER_EVENT, type FilterFacet, type TimelineFilterDetail } from '../lib/filterEvent';
import type { FilterEntry } from '../lib/filters';

type Filter = Partial<Record<FilterFacet, string>>;

/** The filter of one `<timeline-filter>` element. */
export class FilterController {
  /** The names the chips give each facet value, for saying what the filter shows. */
  readonly #names = new Map<string, string>();

  readonly #element: HTMLElement;

  constructor(element: HTMLElement) {
    this.#element = element;
    for (const chip of element.querySelectorAll<HTMLElement>('a[data-filter]')) {
      this.#names.set(chip.dataset['filter'] ?? '', chip.textContent?.trim() ?? '');
    }
    element.querySelector('.timeline-filter__clear')?.addEventListener('click', () => this.#show({}));
  }

  /** Filters by a chip the reader chose, on top of the filter the address already has. */
  choose(chip: HTMLElement): void {
    const [facet, value] = (chip.dataset['filter'] ?? '').split(':') as [FilterFacet, string];
    this.#names.set(`${facet}:${value}`, chip.textContent?.trim() ?? value);
    this.#show({ ...filterOf(location.search), [facet]: value });
  }

  /** Shows what the address asks for (on load, back and forward). */
  applyAddress(): Promise<void> {
    return this.#apply(filterOf(location.search));
  }

  /** Applies a filter and records it in the address, as a step the back button undoes. */
  #show(filter: Filter): void {
    const url = new URL(location.href);
    for (const facet of Object.keys(FILTER_FACETS) as FilterFacet[]) {
      const value = filter[facet];
      if (value) url.searchParams.set(facet, value);
      else url.searchParams.delete(facet);
    }
    url.hash = '';
    history.pushState(null, '', url);
    void this.#apply(filter);
  }

  async #apply(filter: Filter): Promise<void> {
    const active = (Object.keys(FILTER_FACETS) as FilterFacet[]).filter((facet) => filter[facet]);
    const timeline = this.#element.querySelectorAll<HTMLElement>('ol.timeline, .timeline__next');
    const results = this.#element.querySelector<HTMLOListElement>('.timeline-filter__results')!;
    const clear = this.#element.querySelector<HTMLButtonElement>('.timeline-filter__clear')!;
    let shown: string[] | null = null;
    let facts: TimelineFilterDetail['facts'];
    if (active.length === 0) {
      for (const hidden of this.#element.querySelectorAll<HTMLElement>('li.entry[hidden], li.year[hidden]'))
        hidden.hidden = false;
      for (const part of timeline) part.hidden = false;
      results.hidden = true;
      this.#status('');
    } else if (this.#element.hasAttribute('data-complete')) {
      shown = this.#filterInPlace(filter, active);
    } else {
      this.#status(this.#element.dataset['loading'] ?? '');
      try {
        const matching = await this.#filterFromIndex(filter, active, results);
        shown = matching.map((entry) => entry.id);
        facts = matching.map((entry) => ({ id: entry.id, date: entry.day, companies: entry.companies }));
      } catch {
        this.#status(this.#element.dataset['failed'] ?? '');
        return;
      }
      for (const part of timeline) part.hidden = true;
      results.hidden = false;
    }
    clear.hidden = shown === null;
    if (shown) {
      const what = active.map((facet) => this.#names.get(`${facet}:${filter[facet]}`) || filter[facet]).join(' · ');
      this.#status(
        (this.#element.dataset['status'] ?? '')
          .replace('{shown}', shown.length.toLocaleString(document.documentElement.lang))
          .replace('{total}', Number(this.#element.dataset['total']).toLocaleString(document.documentElement.lang))
          .replace('{what}', what),
      );
    }
    const detail: TimelineFilterDetail = { entries: shown, ...(facts ? { facts } : {}) };
    document.dispatchEvent(new CustomEvent(TIMELINE_FILTER_EVENT, { detail }));
  }

  /** Hides the entries on the page that do not match, and the years left empty; gives the ids shown. */
  #filterInPlace(filter: Filter, active: FilterFacet[]): string[] {
    const shown: string[] = [];
    for (const entry of this.#element.querySelectorAll<HTMLElement>('li.entry')) {
      const matches = active.every((facet) =>
        (entry.dataset[FILTER_FACETS[facet]] ?? '').split(' ').includes(filter[facet] ?? ''),
      );
      entry.hidden = !matches;
      if (matches) shown.push(entry.id);
    }
    for (const year of this.#element.querySelectorAll<HTMLElement>('li.year')) {
      year.hidden = !year.querySelector('li.entry:not([hidden])');
    }
    return shown;
  }

  /** Lists the matching entries of the whole archive from the index files of each facet value. */
  async #filterFromIndex(filter: Filter, active: FilterFacet[], results: HTMLOListElement): Promise<FilterEntry[]> {
    const lists = await Promise.all(
      active.map(async (facet) => {
        const value = encodeURIComponent(filter[facet] ?? '');
        const response = await fetch(`${this.#element.dataset['index']}${facet}/${value}.json`);
        // A value no article has has no index file: it matches nothing, which is an answer, not a failure.
        if (response.status === 404) return [];
        if (!response.ok) throw new Error(`${response.status}`);
        return ((await response.json()) as { entries: FilterEntry[] }).entries;
      }),
    );
    const [first = [], ...rest] = lists;
    const others = rest.map((list) => new Set(list.map((entry) => entry.id)));
    const matching = first.filter((entry) => others.every((ids) => ids.has(entry.id)));
    results.replaceChildren(...matching.map((entry) => this.#item(entry)));
    return matching;
  }

  #item(entry: FilterEntry): HTMLLIElement {
    const item = document.createElement('li');
    const date = document.createElement('time');
    date.textContent = entry.date;
    const title = document.createElement('a');
    title.href = entry.href;
    title.textContent = entry.title;
    if (entry.lang) title.lang = entry.lang;
    const at = document.createElement('a');
    at.href = entry.at;
    at.textContent = this.#element.dataset['onTimeline'] ?? '';
    item.append(date, title, ' · ', at);
    return item;
  }

  #status(text: string): void {
    const status = this.#element.querySelector('[role="status"]');
    if (status) status.textContent = text;
  }
}

/** The filter an address records. */
export function filterOf(search: string): Filter {
  const params = new URLSearchParams(search);
  const filter: Filter = {};
  for (const facet of Object.keys(FILTER_FACETS) as FilterFacet[]) {
    const value = params.get(facet);
    if (value) filter[facet] = value;
  }
  return filter;
}

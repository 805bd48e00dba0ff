/**
 * The search box's workings, loaded by `<site-search>` (siteSearch.ts) when the reader first focuses
 * the box: Pagefind (`pagefind/pagefind.js`, its WebAssembly and the one index of both editions)
 * from the site itself, results with headline, date and excerpt in the page's edition, each a link
 * to its article in that edition, and a polite status that says how many.
 */
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n/locales';
import { PATH_FIELD, resultUrl, searchField } from '../lib/search/indexFields';
import { normalizeQuery } from '../lib/search/koreanQuery';

/** How many results are shown; a longer list is narrowed by adding a word. */
const SHOWN = 8;
/** How long typing must pause before a search runs. */
const PAUSE_MS = 150;

/** What of Pagefind's API the box uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** The search of one `<site-search>` element. */
export class SearchBox {
  #pagefind?: Promise<Pagefind>;
  #timer?: ReturnType<typeof setTimeout>;
  #latest = '';

  readonly #element: HTMLElement;

  constructor(element: HTMLElement, input: HTMLInputElement) {
    this.#element = element;
    void this.#load();
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(input.value), PAUSE_MS);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        input.value = '';
        void this.#search('');
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#element.querySelector<HTMLAnchorElement>('.site-search__results a')?.focus();
      }
    });
    element.addEventListener('keydown', (event) => this.#moveThroughResults(event));
    // What was typed while this loaded.
    if (input.value) void this.#search(input.value);
  }

  /** Loads Pagefind once; its script is not bundled, so it is imported from the site at run time. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      this.#status(this.#element.dataset['loading'] ?? '');
      const pagefind = (await import(/* @vite-ignore */ this.#element.dataset['pagefind'] ?? '')) as Pagefind;
      await pagefind.options({ baseUrl: this.#element.dataset['base'] ?? '/', excerptLength: 24 });
      await pagefind.init();
      this.#status('');
      return pagefind;
    })();
    this.#pagefind.catch(() => this.#status(this.#element.dataset['failed'] ?? ''));
    return this.#pagefind;
  }

  async #search(typed: string): Promise<void> {
    const query = typed.trim();
    this.#latest = query;
    const list = this.#element.querySelector('ol');
    if (!list) return;
    if (!query) {
      list.hidden = true;
      list.replaceChildren();
      this.#status('');
      return;
    }
    const pagefind = await this.#load();
    const { results } = await pagefind.search(normalizeQuery(query));
    const pages = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    // A slower search for an earlier query must not overwrite the results of a later one.
    if (query !== this.#latest) return;
    list.replaceChildren(...pages.map((page) => this.#item(page)));
    list.hidden = pages.length === 0;
    const template = results.length === 0 ? 'none' : results.length === 1 ? 'one' : 'many';
    const count = results.length.toLocaleString(document.documentElement.lang);
    const more = results.length > SHOWN ? ` ${this.#fill('more', { shown: String(SHOWN) })}` : '';
    this.#status(`${this.#fill(template, { query, count })}${more}`);
  }

  #item(page: PagefindResult): HTMLLIElement {
    const { lang } = document.documentElement;
    const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
    const item = document.createElement('li');
    const link = document.createElement('a');
    const path = page.meta[PATH_FIELD];
    link.href = path === undefined ? page.url : resultUrl(path, this.#element.dataset['base'] ?? '/', locale);
    link.textContent = page.meta[searchField('title', locale)] ?? link.href;
    const date = document.createElement('span');
    date.className = 'site-search__date';
    date.textContent = page.meta[searchField('date', locale)] ?? '';
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is the page's own text, escaped, with the matched words in <mark>.
    excerpt.innerHTML = page.excerpt;
    item.append(link, date, excerpt);
    return item;
  }

  /** Up and down arrows move between the results' links, as they would in a list box. */
  #moveThroughResults(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#element.querySelectorAll<HTMLAnchorElement>('.site-search__results a')];
    const index = links.indexOf(event.target as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    (next ?? this.#element.querySelector('input'))?.focus();
  }

  #fill(name: string, values: Record<string, string>): string {
    return (this.#element.dataset[name] ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  }

  #status(text: string): void {
    const status = this.#element.querySelector('[role="status"]');
    if (status) status.textContent = text;
  }
}

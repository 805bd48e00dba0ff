/**
 * The charts' progressive enhancement, as the `<timeline-chart>` element each chart is wrapped in:
 * a tooltip on hover or focus of a mark, the marks of the timeline entry being read highlighted,
 * and marks outside the timeline's filter dimmed; and the drawing of a card drawn on arrival (the
 * timeline's), from the page that has it. Without it the charts are complete, and a card says in
 * words what its drawing shows. Every name it shares with the markup comes from
 * `src/lib/charts/markup.ts`, the filter's event from `src/lib/filterEvent.ts`.
 */
import {
  CHART_CLASSES,
  CHART_ELEMENT,
  DRAWN_FROM,
  MARK_ATTRIBUTES,
  TIMELINE,
  markMatches,
  readEntry,
  readMarkTarget,
  type EntryFacts,
} from '../lib/charts/markup';
import { TIMELINE_FILTER_EVENT, type TimelineFilterDetail } from '../lib/filterEvent';

/** What every chart on the page shows: the entry being read, and the entries the filter keeps (null: all). */
const state: { current?: EntryFacts; filter: readonly EntryFacts[] | null } = { filter: null };
const charts = new Set<TimelineChart>();
const TARGETED = `[${MARK_ATTRIBUTES.entries}], [${MARK_ATTRIBUTES.period}]`;
const POINTER_EVENTS = ['pointerover', 'pointerout', 'focusin', 'focusout'] as const;

class TimelineChart extends HTMLElement {
  connectedCallback(): void {
    // One listener object for the whole chart: events from every mark bubble up to it.
    for (const type of POINTER_EVENTS) this.addEventListener(type, this);
    charts.add(this);
    this.update();
    for (const pending of this.querySelectorAll(`[${DRAWN_FROM}]`)) void draw(pending).then(() => this.update());
  }

  disconnectedCallback(): void {
    for (const type of POINTER_EVENTS) this.removeEventListener(type, this);
    charts.delete(this);
  }

  handleEvent(event: Event): void {
    const mark = event.target instanceof Element ? event.target.closest(`.${CHART_CLASSES.mark}`) : null;
    if (event.type === 'pointerover' || event.type === 'focusin') {
      if (mark) showTooltip(mark);
      return;
    }
    const next = (event as PointerEvent | FocusEvent).relatedTarget;
    if (!mark || !(next instanceof Node) || !mark.contains(next)) hideTooltip();
  }

  /** Marks the current entry's marks, and dims the marks the filter leaves out. */
  update(): void {
    const { current, filter } = state;
    for (const element of this.querySelectorAll(TARGETED)) {
      const target = readMarkTarget((name) => element.getAttribute(name));
      if (!target) continue;
      element.classList.toggle(CHART_CLASSES.current, current !== undefined && markMatches(target, current));
      if (element.classList.contains(CHART_CLASSES.mark)) {
        const outside = filter !== null && !filter.some((entry) => markMatches(target, entry));
        element.classList.toggle(CHART_CLASSES.dimmed, outside);
      }
    }
  }
}

/**
 * The page the cards' drawings come from (every card names the same), fetched once and read as inert
 * HTML, a template's contents: nothing in it runs or applies, so its own inline stylesheet is never
 * checked against this page's policy (as a DOMParser document's is).
 */
let drawings: Promise<DocumentFragment> | undefined;

/** Puts the drawing of the same id from its page in an empty drawing's place; where it cannot, its description in words stays. */
async function draw(pending: Element): Promise<void> {
  drawings ??= fetch(pending.getAttribute(DRAWN_FROM)!)
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '')
    .then((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content;
    });
  const drawing = (await drawings).getElementById(pending.id);
  if (drawing) {
    pending.replaceWith(drawing);
  } else {
    pending.nextElementSibling?.classList.add(CHART_CLASSES.shown);
    pending.remove();
  }
}

function updateCharts(): void {
  for (const chart of charts) chart.update();
}

/** An entry's facts from its element on the page (only its id when it is not on the page). */
function entryFacts(element: Element | null, id: string): EntryFacts {
  return readEntry(id, (name) => element?.getAttribute(name) ?? null);
}

let tooltip: HTMLElement | undefined;

function showTooltip(mark: Element): void {
  if (!tooltip) {
    tooltip = document.createElement('div');
    tooltip.className = CHART_CLASSES.tooltip;
    // The mark's own name and description already say the same; this is for sighted pointer and keyboard users.
    tooltip.setAttribute('aria-hidden', 'true');
    document.body.append(tooltip);
  }
  tooltip.textContent = mark.getAttribute(MARK_ATTRIBUTES.description);
  tooltip.hidden = false;
  const box = mark.getBoundingClientRect();
  const half = tooltip.offsetWidth / 2;
  const x = Math.min(Math.max(box.left + box.width / 2, half + 8), document.documentElement.clientWidth - half - 8);
  // Positioned through the CSSOM: the Content-Security-Policy forbids style attributes.
  tooltip.style.left = `${x + window.scrollX}px`;
  tooltip.style.top = `${Math.max(box.top, tooltip.offsetHeight + 16) + window.scrollY}px`;
}

function hideTooltip(): void {
  if (tooltip) tooltip.hidden = true;
}

/** Follows the entry crossing the middle of the screen, including entries added to the timeline later. */
function followTimeline(): void {
  const list = document.querySelector(TIMELINE.list);
  if (!list || !('IntersectionObserver' in window)) return;
  // The entries crossing the band; of two, the later one on the page (the one just scrolled to).
  const crossing = new Set<Element>();
  const observer = new IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        if (change.isIntersecting) crossing.add(change.target);
        else crossing.delete(change.target);
      }
      const latest = [...crossing]
        .filter((entry) => entry.isConnected)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
        .at(-1);
      if (!latest || latest.id === state.current?.id) return;
      state.current = entryFacts(latest, latest.id);
      updateCharts();
    },
    // A thin band across the middle of the screen: the entry being read is the one crossing it.
    { rootMargin: '-45% 0px -45% 0px' },
  );
  const observeWithin = (root: Element) => {
    if (root.matches(TIMELINE.entry)) observer.observe(root);
    for (const entry of root.querySelectorAll(TIMELINE.entry)) observer.observe(entry);
  };
  observeWithin(list);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) observeWithin(node);
    }
  }).observe(list, { childList: true, subtree: true });
}

document.addEventListener(TIMELINE_FILTER_EVENT, (event) => {
  const { entries, facts } = (event as CustomEvent<TimelineFilterDetail>).detail;
  state.filter = entries === null ? null : (facts ?? entries.map((id) => entryFacts(document.getElementById(id), id)));
  updateCharts();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideTooltip();
});
followTimeline();
customElements.define(CHART_ELEMENT, TimelineChart);

/**
 * The timeline filter's contract with the scripts that follow it (the charts' dimming, the embed
 * code): what it filters by, and the event it dispatches on `document` when the filter changes. The
 * filter's script (src/scripts/filterController.ts) dispatches it; the browser loads this file with
 * each listener, so it imports nothing but types.
 */
import type { EntryFacts } from './charts/markup.ts';

/**
 * What the timeline can be filtered by: each facet's query parameter (`?company=kt&tag=ai`), and the
 * entry attribute (`data-companies`, `data-tags`) that lists an entry's values of it.
 */
export const FILTER_FACETS = { company: 'companies', tag: 'tags' } as const;

/** A facet of the filter: `company` or `tag`. */
export type FilterFacet = keyof typeof FILTER_FACETS;

/**
 * The `CustomEvent` the timeline's filter dispatches on `document`; its `detail` is a
 * {@link TimelineFilterDetail}. Marks whose entries all fall outside the filter are dimmed.
 */
export const TIMELINE_FILTER_EVENT = 'timeline-filter';

/**
 * The ids of the entries the filter keeps, or null when nothing is filtered; with `facts` when the
 * filter keeps entries that are not on the page (a timeline split over pages), so that marks of a
 * period can still tell whether they stand for one.
 */
export interface TimelineFilterDetail {
  entries: readonly string[] | null;
  facts?: readonly EntryFacts[];
}

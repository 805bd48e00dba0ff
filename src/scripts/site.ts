/**
 * Every enhancement of the site, as one module: the header's search box, the timeline's filter and
 * pager, and the charts' element. Each is a custom element, so it acts only where a page has its
 * element; their heavier parts (the search, the filter's workings) load when a reader first uses them.
 * BaseLayout includes it once; src/middleware.ts starts loading it once the page has first been drawn.
 */
import './siteSearch';
import './timelineFilter';
import './timelinePager';
import './charts';

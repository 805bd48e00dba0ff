/**
 * Every enhancement of the site, as one module: the header's search box, the timeline's filter and
 * pager, the charts' element and the "Embed" disclosure. Each is a custom element, so it acts only
 * where a page has its element; their heavier parts (the search, the filter's and the disclosure's
 * workings) load when a reader first uses them. Every layout includes it once (SiteScript.astro);
 * src/middleware.ts starts loading it once the page has first been drawn.
 */
import './siteSearch';
import './timelineFilter';
import './timelinePager';
import './charts';
import './embedCode';

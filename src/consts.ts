/** Site-wide names and the base-path-aware link helpers every page uses. */
import { SOCIAL_IMAGE_SIZE } from './lib/socialMeta.ts';
import { SITE_FILES, absoluteUrl, pathWithBase } from './lib/urls.ts';

/** The site's name, in page titles and the header. */
export const SITE_TITLE = 'The KT–LG Alliance';

/** One line on what the site is, for meta descriptions and feeds. */
export const SITE_DESCRIPTION =
  'A timeline of how KT, LG Uplus, LG Electronics, Genie Music and Meta allied around music, AI and XR, from the Genie Music deal in 2017 to the LG–Meta XR talks in 2024.';

/** A site-relative path (`articles/x/`, `#slug`) as a link under the deploy base path. */
export function href(path: string): string {
  return pathWithBase(path, import.meta.env.BASE_URL);
}

/** A site-relative path as an absolute URL on the deployed site (canonical links, feeds). */
export function absoluteHref(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL);
}

/** The language of the site's own text (article bodies may be Korean). */
export const SITE_LANGUAGE = 'en';

/** The image shown when any page is shared: 1200 × 630, drawn from src/assets/social-image.svg. */
export const SOCIAL_IMAGE = {
  path: SITE_FILES.socialImage,
  alt: 'The KT–LG Alliance: a timeline of music, AI and XR deals, 2017–2024',
  ...SOCIAL_IMAGE_SIZE,
} as const;

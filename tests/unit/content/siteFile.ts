/** A valid `site.yaml` for content checks that are not about the site's own text. */
import type { ContentFile } from '../../../src/lib/content/validate.ts';

const copy = (language: string) => `
  title: Title (${language})
  description: What the site is.
  kicker: A timeline
  headline: The headline
  intro: The introduction.
  footer: The footer.
  socialImageAlt: The social image`;

/** `content/site.yaml` with both editions and one alliance, `kt-lg`. */
export const SITE_FILE: ContentFile = {
  path: 'content/site.yaml',
  text: `en:${copy('en')}\nko:${copy('ko')}\nalliances:\n  - id: kt-lg\n    en: KT–LG\n    ko: KT–LG\n`,
};

/** Every page of the built site that the cross-cutting checks visit. */
import { slugFromPath } from '../../src/lib/content/validate.ts';
import { contentRoot, readContent } from '../../src/node/contentDir.ts';
import { sourceArticles } from './content.ts';

/** Site-relative paths of the timeline, every article page, the company list and every company page. */
export function allPages(): string[] {
  const companies = readContent(contentRoot()).companies.map((file) => `./companies/${slugFromPath(file.path)}/`);
  return ['./', ...sourceArticles().map((article) => `./articles/${article.id}/`), './companies/', ...companies];
}

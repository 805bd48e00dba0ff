/** Every page of the built site that the cross-cutting checks visit. */
import { sourceArticles } from './content.ts';

/** Site-relative paths of the timeline and every article page. */
export function allPages(): string[] {
  return ['./', ...sourceArticles().map((article) => `./articles/${article.id}/`)];
}

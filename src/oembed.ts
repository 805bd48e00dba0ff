/** The oEmbed documents' response, shared by the endpoints under src/pages/[...lang]/oembed/. */
import type { Edition } from './edition.ts';
import { frameOf, oembedDocument, type Embed } from './lib/embed.ts';
import { JSON_HEADERS, formatJson } from './lib/openData.ts';

/** The oEmbed document (https://oembed.com) of an embed in an edition, as a JSON response. */
export function oembedResponse(embed: Embed, subject: string, edition: Edition): Response {
  const document = oembedDocument(frameOf(embed, subject, edition), {
    name: edition.copy.title,
    url: edition.absoluteHref(''),
  });
  return new Response(formatJson(document), { headers: JSON_HEADERS });
}

/**
 * The addresses an article's text may hold: links that only take the reader somewhere, and pictures
 * that are files of the site's own. Each rule says what is wrong in the guide's words, or nothing.
 */

/** The schemes a link may use: pages, and writing to someone. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/** The picture files Astro's image pipeline resizes; an SVG would be drawn into the page, with whatever it holds. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/**
 * The scheme of an address as a browser reads it: it drops tabs, line breaks and other control
 * characters anywhere in an address, so `java&#9;script:` is `javascript:`; in lower case.
 */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a browser drops
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** What is wrong with a link's address (`[text](address)`, `href`, `cite`), as "expected …" text, or undefined when it is fine. */
export function linkProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return 'a link to a page, starting with https:// (a javascript: address runs code when clicked)';
  }
  if (scheme === 'data') return 'a link to a page, starting with https:// (a data: address carries a whole document of its own)';
  if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
    return `a link starting with https://, http:// or mailto: (not ${scheme}:)`;
  }
  if (scheme === undefined && /^\s*[/\\]{2}/.test(url)) return 'the full address, starting with https://';
  if (scheme === undefined && /^\s*\//.test(url)) {
    return 'a link to another page of the site written relative to this one, such as ../2020-06-03-ai-one-team-signing/ (a path from / misses the site when it is served under a base path)';
  }
  return undefined;
}

/** A picture the article names: its file, relative to the content folder, or what is wrong with the path. */
export type LocalImage = { path: string } | { problem: string };

/**
 * Where a picture's path (`![…](./images/x.jpg)`, `<Figure src="./images/x.jpg">`) points, from
 * the article at `articlePath` (relative to the content folder, e.g. `articles/x.mdx`). Only files of
 * the content folder: a picture from another site is refused by the page's policy (`img-src 'self'`),
 * and a `?` would let an import read a file as something else (`?raw`, `?url`).
 */
export function localImage(src: string, articlePath: string): LocalImage {
  const scheme = schemeOf(src);
  if (scheme === 'data') {
    return { problem: 'a picture saved as a file in content/articles/images/ and written ./images/photo.jpg (not data:)' };
  }
  if (scheme !== undefined || /^\s*[/\\]{2}/.test(src)) {
    return {
      problem:
        "a picture of the site's own, saved in content/articles/images/ and written ./images/photo.jpg (the page shows no picture from another site)",
    };
  }
  if (src.trim().startsWith('/')) return { problem: 'the path relative to the article, such as ./images/photo.jpg (not from /)' };
  if (/[?#]/.test(src)) return { problem: "the file's path alone, such as ./images/photo.jpg (no ? or #)" };
  if (src.includes('\\')) return { problem: 'a path with / between folders, such as ./images/photo.jpg' };
  let decoded: string;
  try {
    decoded = decodeURI(src.trim());
  } catch {
    return { problem: 'a path without % signs, such as ./images/photo.jpg' };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(decoded)?.[1]?.toLowerCase();
  if (!extension || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return { problem: `a picture file ending in ${IMAGE_EXTENSIONS.map((ext) => `.${ext}`).join(', ')}` };
  }
  const path = resolvePath(articlePath, decoded);
  return path === undefined ? { problem: 'a picture inside the content folder, such as ./images/photo.jpg' } : { path };
}

/** `relative` resolved against the folder of `from`, both relative to one root; undefined when it climbs out of the root. */
function resolvePath(from: string, relative: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

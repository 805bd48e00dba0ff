/** The text of `robots.txt`. */

/**
 * Lets every crawler in and names the sitemap by its absolute URL, as the robots.txt standard
 * (RFC 9309) and the sitemaps protocol require.
 */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

// CloudFront Function (viewer request, runtime cloudfront-js-2.0) for the site in an S3 bucket
// (docs/deploy.md, "Amazon S3 and CloudFront"). S3 has no index files: a folder's address is
// served its index.html, and a folder asked for without its trailing slash (/timeline, or
// /timeline/articles/x) is redirected to the address with it, as nginx and Netlify do, so every
// page has one address. The redirect drops a query string: the site never links such addresses.
// tests/tools/hostConfig.test.ts runs this function on sample requests.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  // No dot in the last segment: a folder (every page is one), not a file.
  if (uri.lastIndexOf('.') < uri.lastIndexOf('/')) {
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' } },
    };
  }
  return request;
}

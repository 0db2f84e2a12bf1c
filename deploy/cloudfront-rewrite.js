// CloudFront Function (viewer request) for the build on object storage (S3):
// object storage has no "try files", so clean URLs are rewritten to the files
// Docusaurus writes: /opas/menetelmat -> /opas/menetelmat.html,
// /admin/ -> /admin/index.html. Other CDNs have the same rule under another
// name (Cloudflare: Transform Rules; Fastly: VCL); the logic is these lines.
// CloudFront calls handler by name.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (!/\.[a-z0-9]+$/i.test(uri.split('/').pop())) {
    request.uri = uri + '.html';
  }
  return request;
}

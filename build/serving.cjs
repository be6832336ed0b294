"use strict";

// How dist/ is served: content types and caching. scripts/serve-dist.mjs applies these, and
// docs/deploy.md gives the same rules for nginx and IIS (test/unit/build/ holds them together).
const path = require("node:path");

const YEAR = 31536000;

/** Files named by their content ([name].[8 hex].js, from webpack or build/pages.cjs). */
const HASHED = /\.[0-9a-f]{8}\.(?:js|css)$/;

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

function contentType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * A hashed file never changes under its name: a year, immutable. Everything else (the pages,
 * manifest.xml, the icons and office.js, whose names stay the same from one version to the
 * next) is checked with the server on every use, so a new version shows at once.
 */
function cacheControl(file) {
  return HASHED.test(path.basename(file)) ? `public, max-age=${YEAR}, immutable` : "no-cache";
}

module.exports = { YEAR, HASHED, MIME_TYPES, contentType, cacheControl };

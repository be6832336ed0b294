"use strict";

// What the webpack build emits into dist/ and what the dev server serves at
// https://localhost:3000/, and how each page's HTML is made from its template in src/.
// webpack.config.js builds these pages and copies assetsDir; test/unit/manifest.test.ts checks
// every manifest URL against this list, test/unit/build/pages.test.ts the pages themselves.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

/** Microsoft's CDN copy of office.js: what Word expects, and what AppSource requires. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the intranet build (--env officejs=local) puts office.js and the files it loads. */
const OFFICE_JS_DIR = "office-js";

/**
 * The task pane's check for Internet Explorer, a plain ES5 file outside the bundle (IE cannot
 * parse the bundle) and outside the page (the CSP allows no inline script). Its name carries a
 * hash of its content, like the bundles, so it can be cached for a year.
 */
const unsupportedBrowserSource = "src/taskpane/unsupported-browser.js";

function hashedName(file) {
  const hash = createHash("sha256").update(readFileSync(path.join(ROOT, file))).digest("hex").slice(0, 8);
  const { name, ext } = path.parse(file);
  return `${name}.${hash}${ext}`;
}

/** Each page: its template, its webpack entry, and whether it loads office.js. */
const pageSpecs = {
  "taskpane.html": { template: "src/taskpane/taskpane.html", chunk: "taskpane", officeJs: true },
  "commands.html": { template: "src/commands/commands.html", chunk: "commands", officeJs: true },
  // The preview runs the pane on the simulated Word: no office.js at all.
  "preview.html": { template: "src/preview/preview.html", chunk: "preview", officeJs: false },
};

/** The office.js URL a page loads: the CDN's, or the copy next to the page (same host). */
function officeJsUrl(officeJs = "cdn") {
  if (officeJs === "cdn") return OFFICE_JS_CDN;
  if (officeJs === "local") return `${OFFICE_JS_DIR}/office.js`;
  throw new Error(`--env officejs 只能是 cdn 或 local，而不是 "${officeJs}" / --env officejs must be cdn or local, not "${officeJs}"`);
}

/**
 * The Content-Security-Policy of the pages. Scripts come only from the add-in's own host and,
 * in the CDN build, from office.js's; requests (connect-src) only go to the add-in's own host:
 * the pane sends nothing anywhere. office.js talks to Word through postMessage or the webview's
 * bridge, which CSP does not govern, and the scripts it loads come from its own folder.
 *
 * - style-src 'unsafe-inline': Fluent UI (Griffel) writes its styles into <style> elements at
 *   run time, and the pages have a small inline <style>; scripts stay strict.
 * - frame-src office.js's origin: office.js shows its own error page in a frame from there when
 *   a web host is not one it trusts. Its Office 2016 (16.00) and out-of-Office code also frames a
 *   logging page of Microsoft's (telemetryservice.firstpartyapps.oaspapps.com): refused, and
 *   office.js carries on without it.
 * - No frame-ancestors: Word on the web shows the pane in a frame of its own pages, and a meta
 *   element cannot carry it anyway.
 * - devServer: webpack-dev-server's live reload talks over a WebSocket, which old webviews do
 *   not count as 'self'; only in `webpack serve`, never in a build.
 */
function contentSecurityPolicy({ officeJs = "cdn", devServer = null } = {}) {
  const officeOrigin = officeJs === "cdn" ? [new URL(OFFICE_JS_CDN).origin] : [];
  const socket = devServer ? [`ws://localhost:${devServer.port}`, `wss://localhost:${devServer.port}`] : [];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...officeOrigin].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...socket].join(" ")}`,
    `frame-src ${["'self'", ...officeOrigin].join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * A page's HTML from its template, before webpack adds the bundle's <script>: fills in
 * %CSP%, %OFFICE_JS% and %UNSUPPORTED_BROWSER_JS%. `officeJs` is "cdn" or "local"; the preview
 * page loads no office.js, so its policy names no other origin whatever the build.
 */
function renderPage(page, { officeJs = "cdn", devServer = null, template } = {}) {
  const spec = pageSpecs[page];
  if (!spec) throw new Error(`unknown page ${page}`);
  const source = template ?? readFileSync(path.join(ROOT, spec.template), "utf8");
  const csp = contentSecurityPolicy({ officeJs: spec.officeJs ? officeJs : "local", devServer });
  const values = {
    CSP: csp,
    OFFICE_JS: spec.officeJs ? officeJsUrl(officeJs) : "",
    UNSUPPORTED_BROWSER_JS: hashedName(unsupportedBrowserSource),
  };
  return source.replace(/%([A-Z_]+)%/g, (whole, key) => (key in values ? values[key] : whole));
}

module.exports = {
  pages: Object.keys(pageSpecs),
  pageSpecs,
  assetsDir: "assets",
  OFFICE_JS_CDN,
  OFFICE_JS_DIR,
  officeJsUrl,
  contentSecurityPolicy,
  renderPage,
  unsupportedBrowser: { source: unsupportedBrowserSource, get fileName() { return hashedName(unsupportedBrowserSource); } },
};

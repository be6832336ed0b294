// How dist/ is served: npm run serve:dist (scripts/serve-dist.mjs) on a folder like a build's,
// and the nginx and IIS configuration of docs/deploy.md, held to the same rules
// (build/serving.cjs, build/pages.cjs).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import buildPages from "../../../build/pages.cjs";
import buildServing from "../../../build/serving.cjs";
import { distHandler, policyFor } from "../../../scripts/serve-dist.mjs";

const ROOT = join(__dirname, "../../..");
const YEAR = "public, max-age=31536000, immutable";

describe("caching rules (build/serving.cjs)", () => {
  it("a year, immutable, for names with a content hash; the server is asked every time for the rest", () => {
    expect(buildServing.cacheControl("taskpane.c47bf42f.js")).toBe(YEAR);
    expect(buildServing.cacheControl("345.fced94a9.js")).toBe(YEAR);
    expect(buildServing.cacheControl(buildPages.unsupportedBrowser.fileName)).toBe(YEAR);
    for (const file of ["taskpane.html", "manifest.xml", "assets/icon-32.png", "office-js/office.js", "office-js/word-win32-16.01.js", "taskpane.c47bf42f.js.LICENSE.txt"]) {
      expect(buildServing.cacheControl(file), file).toBe("no-cache");
    }
  });

  it("gives .xml, .js and .json their content types", () => {
    expect(buildServing.contentType("manifest.xml")).toMatch(/^application\/xml/);
    expect(buildServing.contentType("a.12345678.js")).toMatch(/^text\/javascript/);
    expect(buildServing.contentType("phrases.json")).toMatch(/^application\/json/);
  });
});

describe("npm run serve:dist", () => {
  let parent: string;
  let dir: string;
  let server: Server;
  let base: string;

  /** Status of a GET of `path` sent as it is (fetch would resolve the dots first). */
  const rawStatus = (path: string) =>
    new Promise<number>((ok, fail) => {
      request(`${base}${path}`, { method: "GET" }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      })
        .on("error", fail)
        .end();
    });

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), "duizhao-serve-"));
    dir = join(parent, "dist");
    mkdirSync(dir);
    writeFileSync(join(parent, "outside.txt"), "outside");
    writeFileSync(join(dir, "taskpane.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(dir, "taskpane.0123abcd.js"), "void 0;");
    writeFileSync(join(dir, "manifest.xml"), "<OfficeApp/>");
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = createServer(distHandler(dir));
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(parent, { recursive: true, force: true });
  });

  it("serves the pages with the CSP header and no-cache", async () => {
    const res = await fetch(`${base}/taskpane.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-security-policy")).toBe(buildPages.contentSecurityPolicy({ officeJs: "cdn" }));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain("<title>t</title>");
  });

  it("caches hashed scripts for a year, asks again for the manifest and icons", async () => {
    const js = await fetch(`${base}/taskpane.0123abcd.js`);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(js.headers.get("cache-control")).toBe(YEAR);
    expect(js.headers.get("content-security-policy")).toBeNull();
    const xml = await fetch(`${base}/manifest.xml`);
    expect(xml.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(xml.headers.get("cache-control")).toBe("no-cache");
    const png = await fetch(`${base}/assets/icon-32.png`);
    expect(png.headers.get("content-type")).toBe("image/png");
  });

  it("answers 304 when the browser's copy is current", async () => {
    const first = await fetch(`${base}/manifest.xml`);
    const again = await fetch(`${base}/manifest.xml`, { headers: { "If-Modified-Since": first.headers.get("last-modified")! } });
    expect(again.status).toBe(304);
  });

  it("serves nothing outside the folder, and nothing that is not a file", async () => {
    for (const path of ["/../outside.txt", "/%2e%2e/outside.txt", "/assets/../../outside.txt", "/assets", "/missing.js"]) {
      expect(await rawStatus(path), path).toBe(404);
    }
    expect(await rawStatus("/")).toBe(200); // the task pane
    expect((await fetch(`${base}/taskpane.html`, { method: "POST" })).status).toBe(405);
  });

  it("sends the intranet policy for a build that carries office.js", () => {
    expect(policyFor(dir)).toBe(buildPages.contentSecurityPolicy({ officeJs: "cdn" }));
    mkdirSync(join(dir, buildPages.OFFICE_JS_DIR));
    writeFileSync(join(dir, buildPages.OFFICE_JS_DIR, "office.js"), "");
    expect(policyFor(dir)).toBe(buildPages.contentSecurityPolicy({ officeJs: "local" }));
  });
});

describe("docs/deploy.md gives the same rules to nginx and IIS", () => {
  const doc = readFileSync(join(ROOT, "docs", "deploy.md"), "utf8");

  it("the CSP of both builds, word for word", () => {
    for (const officeJs of ["cdn", "local"] as const) expect(doc).toContain(buildPages.contentSecurityPolicy({ officeJs }));
  });

  it("the year-long cache for hashed files and no-cache for the rest", () => {
    expect(doc).toContain(YEAR);
    expect(doc).toContain("no-cache");
    expect(doc).toContain("max-age=31536000");
  });

  it("the content types of .xml, .js and .json", () => {
    for (const ext of [".xml", ".js", ".json"]) expect(doc).toContain(`fileExtension="${ext}"`);
  });
});

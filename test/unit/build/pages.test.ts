// The pages as the build writes them (build/pages.cjs, before webpack adds the bundle's script):
// where office.js comes from in each build, the Content-Security-Policy they carry, no inline
// script, and the intranet build's copy of office.js (build/officejs.cjs). No webpack run.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import buildOfficeJs from "../../../build/officejs.cjs";
import buildPages from "../../../build/pages.cjs";
import buildServing from "../../../build/serving.cjs";

const ROOT = join(__dirname, "../../..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const { renderPage, contentSecurityPolicy } = buildPages;

/** The src of every <script> in the page, and the bodies of those without one. */
function scripts(html: string): { srcs: string[]; inline: string[] } {
  const srcs: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]*)"/.exec(m[1]);
    if (src) srcs.push(src[1]);
    else inline.push(m[2]);
  }
  return { srcs, inline };
}

function cspOf(html: string): string {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  expect(metas.length).toBe(1);
  return metas[0][1];
}

/** Directive name → its sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe("the pages in each build", () => {
  it("CDN build (default): taskpane.html and commands.html load office.js from Microsoft's CDN", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = renderPage(page);
      expect(scripts(html).srcs, page).toContain(CDN);
      expect(html, page).not.toContain("office-js/office.js");
    }
  });

  it("intranet build (officejs=local): they load office.js from the add-in's own host, and name no other", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = renderPage(page, { officeJs: "local" });
      const { srcs } = scripts(html);
      expect(srcs, page).toContain(`${buildPages.OFFICE_JS_DIR}/office.js`);
      // Relative: the same host and folder as the page, wherever dist/ is served.
      for (const src of srcs) expect(src, page).not.toMatch(/^[a-z]+:|^\/\//i);
      expect(html, page).not.toContain("microsoft.com");
    }
  });

  it("refuses an office.js source other than cdn or local", () => {
    expect(() => renderPage("taskpane.html", { officeJs: "intranet" as "local" })).toThrow(/cdn.*local/);
  });

  it("the preview page loads no office.js in either build", () => {
    for (const officeJs of ["cdn", "local"] as const) {
      const html = renderPage("preview.html", { officeJs });
      expect(html).not.toMatch(/office\.js|microsoft\.com/);
    }
  });

  it("every page fills in all its placeholders and has no inline script", () => {
    for (const page of buildPages.pages) {
      for (const officeJs of ["cdn", "local"] as const) {
        const html = renderPage(page, { officeJs });
        expect(html, page).not.toMatch(/%[A-Z_]+%/);
        expect(scripts(html).inline, page).toEqual([]);
        expect(html, page).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
      }
    }
  });

  it("the task pane's Internet Explorer check is a hashed ES5 file the build copies", () => {
    const { source, fileName } = buildPages.unsupportedBrowser;
    expect(scripts(renderPage("taskpane.html")).srcs).toContain(fileName);
    expect(fileName).toMatch(buildServing.HASHED);
    const code = readFileSync(join(ROOT, source), "utf8");
    expect(code).toContain("Trident");
    // ES5: Internet Explorer must be able to parse it to say it cannot run the pane.
    expect(code).not.toMatch(/=>|\b(?:let|const|class)\b|`/);
  });
});

describe("Content-Security-Policy", () => {
  it("is the first thing in <head> after the charset, before any script or style", () => {
    for (const page of buildPages.pages) {
      const html = renderPage(page);
      const at = html.indexOf('http-equiv="Content-Security-Policy"');
      expect(at, page).toBeGreaterThan(html.indexOf("charset"));
      for (const tag of ["<script", "<style"]) {
        if (html.includes(tag)) expect(at, `${page} ${tag}`).toBeLessThan(html.indexOf(tag));
      }
    }
  });

  it("CDN build: scripts from this host and office.js's origin only; requests to this host only", () => {
    const d = directives(cspOf(renderPage("taskpane.html")));
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
  });

  it("intranet build and preview page: nothing beyond this host", () => {
    for (const html of [renderPage("taskpane.html", { officeJs: "local" }), renderPage("preview.html")]) {
      const csp = cspOf(html);
      expect(csp).not.toMatch(/https?:|wss?:/);
      expect(directives(csp).get("script-src")).toEqual(["'self'"]);
      expect(directives(csp).get("connect-src")).toEqual(["'self'"]);
    }
  });

  it("never allows eval or inline script; inline style only (Fluent UI writes its styles at run time)", () => {
    for (const officeJs of ["cdn", "local"] as const) {
      const d = directives(contentSecurityPolicy({ officeJs }));
      expect(d.get("script-src")).not.toContain("'unsafe-inline'");
      expect(d.get("script-src")).not.toContain("'unsafe-eval'");
      expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      // Word on the web shows the pane in a frame of its own: nothing may forbid that.
      expect(d.has("frame-ancestors")).toBe(false);
    }
  });

  it("the dev server's WebSocket is allowed under webpack serve only", () => {
    const served = directives(cspOf(renderPage("taskpane.html", { devServer: { port: 3000 } })));
    expect(served.get("connect-src")).toEqual(["'self'", "ws://localhost:3000", "wss://localhost:3000"]);
    expect(contentSecurityPolicy()).not.toContain("ws:");
  });
});

describe("intranet build: the copy of office.js (build/officejs.cjs)", () => {
  const files = buildOfficeJs.officeJsFiles();
  const targets = files.map((f) => f.to);

  it("has office.js, Word's host files, the Chinese and English strings and the telemetry sink", () => {
    for (const needed of ["office.js", "word-win32-16.01.js", "word-web-16.00.js", "word-mac-16.00.js", "zh-cn/office_strings.js", "en-us/office_strings.js", "telemetry/oteljs_agave.js", "LICENSE.md"]) {
      expect(targets).toContain(needed);
    }
  });

  it("takes no debug copies and no other Office application's files", () => {
    expect(targets.filter((t) => t.endsWith(".debug.js"))).toEqual([]);
    expect(targets.filter((t) => /^(?:excel|outlook|powerpoint|onenote|project|access)/.test(t))).toEqual([]);
  });

  it("every file exists in the package", () => {
    const dist = buildOfficeJs.packageDist();
    expect(files.filter((f) => !existsSync(join(dist, f.from))).map((f) => f.from)).toEqual([]);
  });
});

describe("npm run build passes its options to webpack", () => {
  it("webpack comes last in the build script, where npm appends `-- --env …`", () => {
    type Package = { scripts: Record<string, string>; devDependencies: Record<string, string> };
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Package;
    expect(pkg.scripts.build).toMatch(/&& webpack --mode production$/);
    expect(pkg.scripts["serve:dist"]).toBe("node scripts/serve-dist.mjs");
    expect(pkg.devDependencies).toHaveProperty("@microsoft/office-js");
  });
});

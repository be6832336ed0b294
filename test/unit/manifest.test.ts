// The add-in manifest (manifest.xml): schema-valid, pointing only at what the build emits,
// with icons of the sizes it claims, and declaring the host, API set, permission and locales
// the add-in is built for. The manifest a build writes for another host (build/manifest.cjs)
// is checked too, without running webpack.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import buildManifest from "../../build/manifest.cjs";
import buildPages from "../../build/pages.cjs";
import {
  DEFAULT_MANIFEST,
  MAIN_SCHEMA,
  REPO_ROOT,
  SCHEMAS_ENV,
  findSchemasDir,
  validateManifestXml,
} from "../../scripts/manifest-check.mjs";

const DEV_ORIGIN = "https://localhost:3000/";
const manifestText = readFileSync(DEFAULT_MANIFEST, "utf8");

// ------------------------------------------------------------------ a small XML reader
// Enough for our own manifest (elements, attributes, text, comments, declaration); the
// schema test above all else guarantees it is well-formed.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function parseXml(xml: string): XmlElement {
  const doc: XmlElement = { name: "#document", attrs: {}, children: [], text: "", parent: null };
  let current = doc;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const [, closeName, openName, attrText, selfClose, text] = m;
    if (closeName) {
      if (current.name !== closeName) throw new Error(`unbalanced </${closeName}>`);
      current = current.parent ?? doc;
    } else if (openName) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? "");
      }
      const el: XmlElement = { name: openName, attrs, children: [], text: "", parent: current };
      current.children.push(el);
      if (!selfClose) current = el;
    } else if (text !== undefined) {
      current.text += decodeEntities(text);
    }
  }
  if (current !== doc) throw new Error(`unclosed <${current.name}>`);
  const root = doc.children[0];
  if (!root) throw new Error("empty document");
  return root;
}

/** Children of `el` named `name` (exact, prefix included). */
function kids(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

function kid(el: XmlElement, name: string): XmlElement {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el.name}>, found ${found.length}`);
  return found[0];
}

function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function pathOf(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | null = el; e && e.name !== "#document"; e = e.parent) names.unshift(e.name);
  return names.join("/");
}

const root = parseXml(manifestText);
const overrides = kid(root, "VersionOverrides");
const resources = kid(overrides, "Resources");

/** Resource id → element, per resource kind. */
function resourceMap(group: string, item: string): Map<string, XmlElement> {
  return new Map(kids(kid(resources, group), item).map((e) => [e.attrs.id, e]));
}
const images = resourceMap("bt:Images", "bt:Image");
const urls = resourceMap("bt:Urls", "bt:Url");
const shortStrings = resourceMap("bt:ShortStrings", "bt:String");
const longStrings = resourceMap("bt:LongStrings", "bt:String");

/** Every URL value in a manifest (attribute values and element text, not namespace names), with where it is. */
function allUrls(top: XmlElement = root): { url: string; where: string }[] {
  const out: { url: string; where: string }[] = [];
  const walk = (e: XmlElement) => {
    for (const [k, v] of Object.entries(e.attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue; // namespace names, not fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) out.push({ url: v, where: `${pathOf(e)}@${k}` });
    }
    const t = e.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) out.push({ url: t, where: pathOf(e) });
    e.children.forEach(walk);
  };
  walk(top);
  return out;
}

/** The file in the repo that the dev server / build serves at `url`, or null if none. */
function servedFile(url: string): { kind: "page" | "asset"; file: string } | null {
  if (!url.startsWith(DEV_ORIGIN)) return null;
  const path = decodeURIComponent(new URL(url).pathname.slice(1));
  if (buildPages.pages.includes(path)) return { kind: "page", file: path };
  const prefix = `${buildPages.assetsDir}/`;
  if (path.startsWith(prefix) && !path.includes("..")) {
    const file = join(REPO_ROOT, path);
    if (existsSync(file)) return { kind: "asset", file };
  }
  return null;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (b.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function iconFile(url: string): string {
  const served = servedFile(url);
  if (!served || served.kind !== "asset") throw new Error(`icon ${url} is not a file under ${buildPages.assetsDir}/`);
  return served.file;
}

/** Size encoded in an icon file name, icon-<n>.png. */
function sizeFromFileName(url: string): number {
  const m = /icon-(\d+)\.png$/.exec(url);
  if (!m) throw new Error(`icon file name of ${url} does not say its size (icon-<n>.png)`);
  return Number(m[1]);
}

// ------------------------------------------------------------------ (a) schema validation

const schemas = findSchemasDir();
const skipNote = schemas.exists ? "" : ` — SKIPPED: Office manifest schemas not available (${schemas.reason})`;

describe("manifest.xml: XML Schema validation (xmllint-wasm, offline)", () => {
  it(`${SCHEMAS_ENV}, when set, points at a folder holding ${MAIN_SCHEMA}`, () => {
    if (schemas.source === "env") expect(schemas.reason).toBeNull();
  });

  it.skipIf(!schemas.exists)(`is valid against ${MAIN_SCHEMA} and the schemas it imports${skipNote}`, async () => {
    const result = await validateManifestXml(manifestText, { schemasDir: schemas.dir });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.schemaFiles).toContain("TaskPaneAppVersionOverridesV1_0.xsd");
    expect(result.schemaFiles).toContain("OfficeAppBasicTypesV1_0.xsd");
  });

  it.skipIf(!schemas.exists)(`reports a broken copy: <Id> removed${skipNote}`, async () => {
    const broken = manifestText.replace(/\s*<Id>[^<]*<\/Id>/, "");
    expect(broken).not.toBe(manifestText);
    const result = await validateManifestXml(broken, { schemasDir: schemas.dir, fileName: "broken-manifest.xml" });
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0].message).toMatch(/Expected is \( Id \)/);
    expect(result.errors[0].line).toBeGreaterThan(0);
  });

  it.skipIf(!schemas.exists)(`checks inside VersionOverrides too: an unknown Host xsi:type is reported${skipNote}`, async () => {
    const broken = manifestText.replace('<Host xsi:type="Document">', '<Host xsi:type="Documents">');
    expect(broken).not.toBe(manifestText);
    const result = await validateManifestXml(broken, { schemasDir: schemas.dir, fileName: "broken-manifest.xml" });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/Documents/);
  });

  it.skipIf(!schemas.exists)(`reports a value outside the schema's enumeration (Permissions)${skipNote}`, async () => {
    const broken = manifestText.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>FullControl</Permissions>");
    const result = await validateManifestXml(broken, { schemasDir: schemas.dir, fileName: "broken-manifest.xml" });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/Permissions.*FullControl/);
  });
});

// ------------------------------------------------------------------ (b) URLs point at what the build emits

describe("manifest.xml: URLs", () => {
  const found = allUrls();

  it("has URLs to check, all https", () => {
    expect(found.length).toBeGreaterThan(5);
    for (const { url, where } of found) expect(url, where).toMatch(/^https:\/\//);
  });

  it(`every ${DEV_ORIGIN}… URL is a page the build emits (build/pages.cjs) or a file under ${buildPages.assetsDir}/`, () => {
    const local = found.filter(({ url }) => url.startsWith(DEV_ORIGIN));
    expect(local.length).toBeGreaterThan(0);
    const unserved = local.filter(({ url }) => servedFile(url) === null).map(({ url, where }) => `${where}: ${url}`);
    expect(unserved).toEqual([]);
  });

  it("every resid refers to a resource of the right kind", () => {
    const kindOf: Record<string, Map<string, XmlElement>> = {
      "bt:Image": images,
      FunctionFile: urls,
      SourceLocation: urls,
      LearnMoreUrl: urls,
      Label: shortStrings,
      Title: shortStrings,
      Description: longStrings,
    };
    const missing: string[] = [];
    const walk = (e: XmlElement) => {
      if (e.attrs.resid !== undefined) {
        const table = kindOf[e.name];
        if (!table) missing.push(`${pathOf(e)}: no known resource kind for <${e.name}>`);
        else if (!table.has(e.attrs.resid)) missing.push(`${pathOf(e)}: resid "${e.attrs.resid}" is not defined`);
      }
      e.children.forEach(walk);
    };
    walk(kid(overrides, "Hosts"));
    expect(missing).toEqual([]);
  });
});

// build/pages.cjs is what this test trusts about the build; hold webpack.config.js to it.
const webpackConfigPath = join(REPO_ROOT, "webpack.config.js");

describe("build/pages.cjs agrees with webpack.config.js", () => {
  it.skipIf(!existsSync(webpackConfigPath))("webpack emits exactly these pages and copies the assets folder", () => {
    interface PluginLike {
      userOptions?: { filename?: unknown };
      patterns?: { from?: unknown; to?: unknown }[];
    }
    const load = createRequire(import.meta.url)(webpackConfigPath) as
      | ((env: object, argv: object) => { plugins?: PluginLike[] })
      | { plugins?: PluginLike[] };
    const config = typeof load === "function" ? load({}, { mode: "production" }) : load;
    const plugins = config.plugins ?? [];
    const htmlPages = plugins.map((p) => p.userOptions?.filename).filter((f): f is string => typeof f === "string");
    expect([...htmlPages].sort()).toEqual([...buildPages.pages].sort());
    const copied = plugins.flatMap((p) => p.patterns ?? []);
    expect(copied).toContainEqual(expect.objectContaining({ from: buildPages.assetsDir, to: "assets" }));
  });
});

// ------------------------------------------------------------------ (c) icons exist with the sizes the manifest gives

describe("manifest.xml: icons", () => {
  it("IconUrl is a 32 × 32 PNG and HighResolutionIconUrl a 64 × 64 PNG", () => {
    for (const [name, size] of [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ] as const) {
      const url = kid(root, name).attrs.DefaultValue;
      expect(sizeFromFileName(url), `${name} file name`).toBe(size);
      expect(pngSize(iconFile(url)), `${name} ${url}`).toEqual({ width: size, height: size });
    }
  });

  it("each bt:Image resource is a PNG of the size its id and file name give", () => {
    expect(images.size).toBeGreaterThan(0);
    for (const [id, el] of images) {
      const url = el.attrs.DefaultValue;
      const m = /(\d+)x(\d+)$/.exec(id);
      expect(m, `resource id ${id} should end in <w>x<h>`).not.toBeNull();
      const [w, h] = [Number(m![1]), Number(m![2])];
      expect(sizeFromFileName(url), `${id}: file name vs id`).toBe(w);
      expect(pngSize(iconFile(url)), `${id} ${url}`).toEqual({ width: w, height: h });
      for (const o of kids(el, "bt:Override")) {
        expect(pngSize(iconFile(o.attrs.Value)), `${id} override ${o.attrs.Locale}`).toEqual({ width: w, height: h });
      }
    }
  });

  it('each <bt:Image size="n"> in a ribbon Icon refers to an n × n PNG, and every Icon has 16, 32 and 80', () => {
    const icons = all(overrides, "Icon");
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) {
      const refs = kids(icon, "bt:Image");
      expect(refs.map((r) => Number(r.attrs.size)).sort((a, b) => a - b), pathOf(icon)).toEqual([16, 32, 80]);
      for (const ref of refs) {
        const size = Number(ref.attrs.size);
        const resource = images.get(ref.attrs.resid);
        expect(resource, `${pathOf(ref)} resid ${ref.attrs.resid}`).toBeDefined();
        expect(pngSize(iconFile(resource!.attrs.DefaultValue)), `${ref.attrs.resid} at size ${size}`).toEqual({
          width: size,
          height: size,
        });
      }
    }
  });
});

// ------------------------------------------------------------------ (d) host, API set, permission, locales

describe("manifest.xml: what the add-in declares", () => {
  it("is a task pane add-in for Word (Hosts: Document only)", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(kids(kid(root, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Document"]);
    expect(kids(kid(overrides, "Hosts"), "Host").map((h) => h.attrs["xsi:type"])).toEqual(["Document"]);
  });

  it("requires WordApi 1.3", () => {
    const sets = kid(kid(root, "Requirements"), "Sets");
    const required = kids(sets, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1"]);
    expect(required).toEqual([["WordApi", "1.3"]]);
  });

  it("asks for ReadWriteDocument", () => {
    expect(kid(root, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  it("defaults to zh-CN, with en-US overrides of the display name and description", () => {
    expect(kid(root, "DefaultLocale").text.trim()).toBe("zh-CN");
    const displayName = kid(root, "DisplayName");
    expect(displayName.attrs.DefaultValue).toBe("对照检查助手");
    const enName = kids(displayName, "Override").find((o) => o.attrs.Locale === "en-US");
    expect(enName?.attrs.Value).toBe("Duizhao Checker");
    const description = kid(root, "Description");
    expect(description.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
    const enDescription = kids(description, "Override").find((o) => o.attrs.Locale === "en-US");
    expect(enDescription?.attrs.Value).toMatch(/^[\x20-\x7e]+$/);
  });

  it("every ribbon string has an en-US override", () => {
    for (const [id, el] of [...shortStrings, ...longStrings]) {
      expect(el.attrs.DefaultValue, id).toMatch(/[\u4e00-\u9fff]/);
      expect(kids(el, "bt:Override").map((o) => o.attrs.Locale), id).toContain("en-US");
    }
  });

  it("opens taskpane.html by default and from a 打开助手 button in a 对照检查 group on the Home tab", () => {
    expect(kid(kid(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
    const desktop = kid(kid(kid(overrides, "Hosts"), "Host"), "DesktopFormFactor");
    expect(urls.get(kid(desktop, "FunctionFile").attrs.resid)?.attrs.DefaultValue).toBe(`${DEV_ORIGIN}commands.html`);
    const tab = kid(kid(desktop, "ExtensionPoint"), "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = kid(tab, "Group");
    expect(shortStrings.get(kid(group, "Label").attrs.resid)?.attrs.DefaultValue).toBe("对照检查");
    const button = kid(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(shortStrings.get(kid(button, "Label").attrs.resid)?.attrs.DefaultValue).toBe("打开助手");
    const action = kid(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(kid(action, "TaskpaneId").text.trim()).toBe("ButtonId1");
    expect(urls.get(kid(action, "SourceLocation").attrs.resid)?.attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("has version 0.1.0.0 and a GUID id", () => {
    expect(kid(root, "Version").text.trim()).toBe("0.1.0.0");
    expect(kid(root, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });
});

// ------------------------------------------------------------------ (e) the manifest built for another host

describe("manifest for a host (npm run build -- --env host=…, build/manifest.cjs)", () => {
  const HOST = "https://addins.example.gov.cn/duizhao/";
  const built = buildManifest.manifestFor(HOST, manifestText);
  const builtRoot = parseXml(built);
  const pathsOf = (urls: { url: string }[], origin: string) => urls.map(({ url }) => url.slice(origin.length)).sort();

  it("the default host leaves manifest.xml exactly as it is", () => {
    expect(buildManifest.DEFAULT_HOST).toBe(DEV_ORIGIN);
    expect(buildManifest.manifestFor(buildManifest.DEFAULT_HOST, manifestText)).toBe(manifestText);
  });

  it("points every URL at the host, the same pages and icons as the dev manifest", () => {
    const found = allUrls(builtRoot);
    expect(found.length).toBe(allUrls().length);
    const elsewhere = found.filter(({ url }) => !url.startsWith(HOST)).map(({ url, where }) => `${where}: ${url}`);
    expect(elsewhere).toEqual([]);
    expect(pathsOf(found, HOST)).toEqual(pathsOf(allUrls(), DEV_ORIGIN));
    expect(built).not.toMatch(/="https:\/\/localhost/);
    // Nothing but the URLs changed.
    expect(built.split(HOST).join(DEV_ORIGIN)).toBe(manifestText);
  });

  it("SourceLocation, the function file and the support URL are the host's pages", () => {
    const builtUrls = new Map(kids(kid(kid(kid(builtRoot, "VersionOverrides"), "Resources"), "bt:Urls"), "bt:Url").map((e) => [e.attrs.id, e.attrs.DefaultValue]));
    expect(kid(kid(builtRoot, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${HOST}taskpane.html`);
    expect(builtUrls.get("DZ.Commands.Url")).toBe(`${HOST}commands.html`);
    expect(builtUrls.get("DZ.Taskpane.Url")).toBe(`${HOST}taskpane.html`);
    expect(kid(builtRoot, "SupportUrl").attrs.DefaultValue).toBe(`${HOST}taskpane.html`);
  });

  it.skipIf(!schemas.exists)(`is valid against ${MAIN_SCHEMA}, offline${skipNote}`, async () => {
    const result = await validateManifestXml(built, { schemasDir: schemas.dir, fileName: "built-manifest.xml" });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.skipIf(!schemas.exists)(`stays valid XML with a host whose path needs escaping${skipNote}`, async () => {
    const odd = buildManifest.manifestFor("https://intranet.example.cn:8443/a&b/", manifestText);
    expect(odd).toContain('DefaultValue="https://intranet.example.cn:8443/a&amp;b/taskpane.html"');
    const result = await validateManifestXml(odd, { schemasDir: schemas.dir, fileName: "built-manifest.xml" });
    expect(result.errors).toEqual([]);
  });

  it("takes the host with or without the final slash, and refuses one Office cannot load from", () => {
    expect(buildManifest.normalizeHost("https://addins.example.gov.cn/duizhao")).toBe(HOST);
    expect(buildManifest.normalizeHost("https://ADDINS.example.gov.cn")).toBe("https://addins.example.gov.cn/");
    expect(() => buildManifest.normalizeHost("http://addins.example.gov.cn/")).toThrow(/https/);
    expect(() => buildManifest.normalizeHost("addins.example.gov.cn/duizhao/")).toThrow(/网址.*URL/);
    expect(() => buildManifest.normalizeHost("https://addins.example.gov.cn/?v=2")).toThrow(/\?/);
    expect(() => buildManifest.normalizeHost("https://user:pw@addins.example.gov.cn/")).toThrow(/密码/);
  });
});

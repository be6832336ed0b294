// Offline XML Schema validation of the add-in manifest, with xmllint-wasm (libxml2 in WebAssembly).
//
// The schemas are Microsoft's Office add-in manifest XSDs kept outside the repo, in
// ../shared/office-schemas/ (see its README.md), or wherever OFFICE_SCHEMAS_DIR points.
// OfficeAppManifestV1_1.xsd is the main schema; it xs:imports the VersionOverrides and
// basic-types schemas by file name, so every .xsd in the folder is handed to xmllint as a
// preloaded file next to it. That is what lets xmllint resolve
// <VersionOverrides xsi:type="VersionOverridesV1_0"> and the xsi:type of each Host, Control
// and Action inside it: without the imported files the main schema does not compile.
//
// Used by scripts/validate-manifest.mjs (npm run validate) and test/unit/manifest.test.ts.

import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import xmllint from "xmllint-wasm";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_MANIFEST = join(REPO_ROOT, "manifest.xml");
export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
export const SCHEMAS_ENV = "OFFICE_SCHEMAS_DIR";

/**
 * Where the schemas are looked for: $OFFICE_SCHEMAS_DIR if set, else ../shared/office-schemas
 * next to the repo. `exists` is true when that folder holds the main schema.
 */
export function findSchemasDir({ root = REPO_ROOT, env = process.env } = {}) {
  const fromEnv = env[SCHEMAS_ENV];
  const source = fromEnv ? "env" : "default";
  const dir = resolve(root, fromEnv || join("..", "shared", "office-schemas"));
  let reason = null;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    reason = `目录不存在 / folder not found: ${dir}`;
  } else if (!existsSync(join(dir, MAIN_SCHEMA))) {
    reason = `目录中没有 ${MAIN_SCHEMA} / ${MAIN_SCHEMA} is missing from ${dir}`;
  }
  return { dir, source, exists: reason === null, reason };
}

const schemaCache = new Map();

/** Reads the main schema and every other .xsd in `dir` (the files it imports). */
export function loadSchemas(dir) {
  const key = resolve(dir);
  const cached = schemaCache.get(key);
  if (cached) return cached;
  const mainPath = join(key, MAIN_SCHEMA);
  if (!existsSync(mainPath)) throw new Error(`${MAIN_SCHEMA} not found in ${key}`);
  const main = { fileName: MAIN_SCHEMA, contents: readFileSync(mainPath, "utf8") };
  const preload = readdirSync(key)
    .filter((f) => f.toLowerCase().endsWith(".xsd") && f !== MAIN_SCHEMA)
    .sort()
    .map((f) => ({ fileName: f, contents: readFileSync(join(key, f), "utf8") }));
  const schemas = { dir: key, main, preload };
  schemaCache.set(key, schemas);
  return schemas;
}

const NAMESPACE_PREFIXES = [
  ["{http://schemas.microsoft.com/office/appforoffice/1.1}", ""],
  ["{http://schemas.microsoft.com/office/taskpaneappversionoverrides}", "ov:"],
  ["{http://schemas.microsoft.com/office/officeappbasictypes/1.0}", "bt:"],
  ["{http://www.w3.org/2001/XMLSchema-instance}", "xsi:"],
];

/** Shortens namespace-qualified names ({uri}Name) in an xmllint message. */
export function shortenMessage(message) {
  let out = message.replace(/^Schemas validity error : /, "");
  for (const [uri, prefix] of NAMESPACE_PREFIXES) out = out.split(uri).join(prefix);
  return out.trim();
}

/**
 * Validates manifest XML text against the schemas in `schemasDir`.
 * Resolves to { valid, errors: [{ line, message, raw }], rawOutput, schemaFiles }.
 * Rejects only when the schemas themselves cannot be loaded or compiled.
 */
export async function validateManifestXml(xml, { schemasDir, fileName = "manifest.xml" } = {}) {
  const dir = schemasDir ?? findSchemasDir().dir;
  const { main, preload } = loadSchemas(dir);
  if (preload.some((f) => f.fileName === fileName)) throw new Error(`file name ${fileName} clashes with a schema file`);

  let result;
  try {
    result = await xmllint.validateXML({
      xml: [{ fileName, contents: xml }],
      schema: [main],
      preload,
    });
  } catch (err) {
    const detail = err && typeof err === "object" && "message" in err ? String(err.message).trim() : String(err);
    throw new Error(`xmllint could not run with the schemas in ${dir} (exit code ${err?.code ?? "?"}): ${detail}`);
  }

  const errors = result.errors
    // xmllint also prints the offending source line and a caret under parser errors.
    .filter((e) => e.loc !== null && e.message.trim() !== "")
    .map((e) => ({ line: e.loc.lineNumber, message: shortenMessage(e.message), raw: e.rawMessage }));
  if (!result.valid && errors.length === 0) {
    errors.push({ line: 0, message: result.rawOutput.trim() || "xmllint reported failure", raw: result.rawOutput });
  }
  return {
    valid: result.valid,
    errors,
    rawOutput: result.rawOutput,
    schemaFiles: [main.fileName, ...preload.map((f) => f.fileName)],
  };
}

/** Reads and validates a manifest file. */
export async function validateManifestFile(path = DEFAULT_MANIFEST, options = {}) {
  const xml = readFileSync(path, "utf8");
  return validateManifestXml(xml, { fileName: basename(path), ...options });
}

#!/usr/bin/env node
// npm run validate — checks manifest.xml against the Office add-in manifest XML schemas, offline.
//
//   node scripts/validate-manifest.mjs [path/to/manifest.xml]
//
// Schemas: $OFFICE_SCHEMAS_DIR, else ../shared/office-schemas next to the repo.
// Exit codes: 0 valid, or skipped because the default schema folder is absent;
//             1 invalid, manifest unreadable, schemas unusable, or OFFICE_SCHEMAS_DIR set to a
//               folder without the schemas (an explicit setting that is wrong is an error).

import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { DEFAULT_MANIFEST, MAIN_SCHEMA, REPO_ROOT, SCHEMAS_ENV, findSchemasDir, validateManifestFile } from "./manifest-check.mjs";

async function main(argv) {
  const manifestPath = argv[0] ? resolve(argv[0]) : DEFAULT_MANIFEST;
  const shown = relative(process.cwd(), manifestPath) || manifestPath;

  if (!existsSync(manifestPath)) {
    console.error(`✗ 找不到清单文件 / Manifest not found: ${manifestPath}`);
    return 1;
  }

  const schemas = findSchemasDir();
  if (!schemas.exists) {
    if (schemas.source === "env") {
      console.error(`✗ ${SCHEMAS_ENV} 指向的目录不可用 / ${SCHEMAS_ENV} does not point at the schemas: ${schemas.reason}`);
      return 1;
    }
    console.log(`○ 已跳过清单校验 / Manifest validation skipped.`);
    console.log(`  原因 / Reason: 未找到 Office 清单架构 / Office manifest schemas not available — ${schemas.reason}`);
    console.log(`  若要校验，请把 XSD 放到该目录，或设置 ${SCHEMAS_ENV} 指向包含 ${MAIN_SCHEMA} 的目录。`);
    console.log(`  To validate, put the XSDs there or set ${SCHEMAS_ENV} to a folder holding ${MAIN_SCHEMA}.`);
    return 0;
  }

  let result;
  try {
    result = await validateManifestFile(manifestPath, { schemasDir: schemas.dir });
  } catch (err) {
    console.error(`✗ 无法执行校验 / Validation could not run: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }

  const schemaDirShown = relative(REPO_ROOT, schemas.dir) || schemas.dir;
  if (result.valid) {
    console.log(`✓ ${shown} 通过架构校验 / is valid against the Office add-in manifest schema.`);
    console.log(`  架构 / Schemas: ${schemaDirShown}/${MAIN_SCHEMA} (+ ${result.schemaFiles.length - 1} imported: ${result.schemaFiles.slice(1).join(", ")})`);
    return 0;
  }

  console.error(`✗ ${shown} 未通过架构校验 / failed schema validation: ${result.errors.length} 个错误 / error(s)`);
  for (const e of result.errors) {
    const where = e.line > 0 ? `第 ${e.line} 行 / line ${e.line}` : "位置未知 / unknown line";
    console.error(`  ${shown}:${e.line}  ${where}: ${e.message}`);
  }
  console.error(`  架构 / Schemas: ${schemaDirShown}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);

// npm run phrases:pinyin: writes src/data/phrases/pinyin.generated.ts, the pinyin of every
// phrase of the built-in library (full pinyin without tones, and first letters), keyed by phrase
// id, so the pane searches by pinyin without shipping pinyin-pro. Run it after changing a
// phrase; test/unit/phrases/pinyin.test.ts fails while the file is stale.
// `--check` only reports whether the file is up to date (exit 1 when stale).
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const OUT = "src/data/phrases/pinyin.generated.ts";

const dir = mkdtempSync(join(tmpdir(), "duizhao-pinyin-"));
const bundle = join(dir, "pinyin.mjs");
await build({
  stdin: {
    contents: `export { PHRASES } from "./src/data/phrases"; export { pinyinOf } from "./src/core/phrases/pinyinOf"; export { renderPinyinModule } from "./src/core/phrases/pinyinModule";`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  logLevel: "warning",
});
const { PHRASES, pinyinOf, renderPinyinModule } = await import(pathToFileURL(bundle).href);
rmSync(dir, { recursive: true, force: true });

const text = renderPinyinModule(PHRASES, pinyinOf);
let current = "";
try {
  current = readFileSync(OUT, "utf8");
} catch {
  // not written yet
}
if (process.argv.includes("--check")) {
  if (current !== text) {
    console.error(`${OUT} 已过期，请运行 npm run phrases:pinyin / is stale: run npm run phrases:pinyin`);
    process.exit(1);
  }
  console.log(`${OUT}: ${PHRASES.length} 条，最新 / up to date`);
} else if (current === text) {
  console.log(`${OUT}: ${PHRASES.length} 条，无变化 / unchanged`);
} else {
  writeFileSync(OUT, text);
  console.log(`${OUT}: ${PHRASES.length} 条已写入 / written`);
}

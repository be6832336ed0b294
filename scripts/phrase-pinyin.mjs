// npm run phrases:pinyin: writes src/data/phrases/pinyin/, the pinyin of every phrase of the
// built-in library (full pinyin without tones), one file per file of the library and an index,
// keyed by phrase id, so the pane searches by pinyin without shipping pinyin-pro. Run it after
// changing a phrase; test/unit/phrases/pinyin.test.ts fails while the files are stale.
// `--check` only reports whether the files are up to date (exit 1 when stale).
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = mkdtempSync(join(tmpdir(), "duizhao-pinyin-"));
const bundle = join(dir, "pinyin.mjs");
await build({
  stdin: {
    contents: `export { PHRASES, PHRASES_BY_FILE } from "./src/data/phrases"; export { pinyinOf } from "./src/core/phrases/pinyinOf"; export { PINYIN_DIR, renderPinyinModules } from "./src/core/phrases/pinyinModule";`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  logLevel: "warning",
});
const { PHRASES, PHRASES_BY_FILE, pinyinOf, PINYIN_DIR, renderPinyinModules } = await import(pathToFileURL(bundle).href);
rmSync(dir, { recursive: true, force: true });

const files = renderPinyinModules(PHRASES_BY_FILE, pinyinOf);
mkdirSync(PINYIN_DIR, { recursive: true });
const present = readdirSync(PINYIN_DIR);
const stale = [
  ...Object.keys(files).filter((name) => !present.includes(name) || readFileSync(join(PINYIN_DIR, name), "utf8") !== files[name]),
  ...present.filter((name) => !(name in files)),
];
if (process.argv.includes("--check")) {
  if (stale.length) {
    console.error(`${PINYIN_DIR}: ${stale.join(", ")} 已过期，请运行 npm run phrases:pinyin / stale: run npm run phrases:pinyin`);
    process.exit(1);
  }
  console.log(`${PINYIN_DIR}: ${PHRASES.length} 条，最新 / up to date`);
} else if (stale.length === 0) {
  console.log(`${PINYIN_DIR}: ${PHRASES.length} 条，无变化 / unchanged`);
} else {
  for (const name of present) if (!(name in files)) rmSync(join(PINYIN_DIR, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(PINYIN_DIR, name), text);
  console.log(`${PINYIN_DIR}: ${PHRASES.length} 条，已写入 ${stale.join(", ")} / written`);
}

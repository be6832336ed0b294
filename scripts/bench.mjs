// npm run bench: how fast the engine reads documents of about 10 k, 100 k and 1 M characters,
// built by repeating our own fixture drafts (test/fixtures/drafts). Prints the median time and
// characters per millisecond; the 1 M document should take under 12 times the 100 k one.
import { build } from "esbuild";
import { readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = mkdtempSync(join(tmpdir(), "duizhao-bench-"));
const out = join(dir, "engine.mjs");
await build({ entryPoints: ["src/core/analyze.ts"], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning" });
const { analyze, paragraphsFromText } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const drafts = readdirSync("test/fixtures/drafts")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join("test/fixtures/drafts", f), "utf8"));
const corpusText = drafts.join("\n");

function documentOf(size) {
  let text = "";
  while (text.length < size) text += corpusText + "\n";
  return paragraphsFromText(text.slice(0, size));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const results = {};
console.log("文档大小 size      中位数 median   字符/毫秒 chars/ms   次数 runs");
for (const size of [10_000, 100_000, 1_000_000]) {
  const paragraphs = documentOf(size);
  const runs = size >= 1_000_000 ? 15 : 31;
  for (let i = 0; i < 3; i++) analyze(paragraphs); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyze(paragraphs);
    times.push(performance.now() - t);
  }
  const m = median(times);
  results[size] = m;
  console.log(`${String(size).padEnd(18)} ${m.toFixed(2).padStart(8)} ms   ${(size / m).toFixed(0).padStart(10)}          ${runs}`);
}
const ratio = results[1_000_000] / results[100_000];
console.log(`\n100 k: ${results[100_000].toFixed(1)} ms (目标 target < 50 ms)；1 M / 100 k = ${ratio.toFixed(1)}（目标 target < 12）`);

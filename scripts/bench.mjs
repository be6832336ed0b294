// npm run bench: how fast the engine reads documents of about 10 k, 100 k and 1 M characters,
// built by repeating our own fixture drafts (test/fixtures/drafts). Prints the median time and
// characters per millisecond; the 1 M document should take under 12 times the 100 k one.
//
// Then the hostile .docx classes of issue 13 (scripts/hostile.mjs): each is read in a child
// process of its own, which reports the read's time, its own peak memory (max RSS, Node itself
// included) and the outcome; each must take under 2 s and 300 MB and end as expected (read, or
// refused with the limit named). `npm run bench -- engine` or `-- hostile` runs one part only.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HOSTILE } from "./hostile.mjs";

const only = process.argv[2];
async function benchEngine() {
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
}

/** Each hostile class in a child process: time of the read, peak memory, outcome. */
async function benchHostile() {
  const dir = mkdtempSync(join(tmpdir(), "duizhao-hostile-"));
  const readers = join(dir, "formats.mjs");
  await build({
    stdin: { contents: `export { readDocumentBytes } from "./src/formats"; export { analyze } from "./src/core/analyze";`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: readers,
    logLevel: "warning",
  });
  const child = join(dir, "child.mjs");
  writeFileSync(
    child,
    `import { readFileSync } from "node:fs";
const { readDocumentBytes, analyze } = await import(${JSON.stringify(pathToFileURL(readers).href)});
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const started = performance.now();
let outcome;
try {
  const paragraphs = readDocumentBytes(bytes, process.argv[3]);
  // A class marked "analyse" is read and analysed, as duizhao check does.
  if (process.argv[4] === "analyse") analyze(paragraphs);
  outcome = { paragraphs: paragraphs.length };
} catch (error) {
  outcome = { error: error.name, message: error.messageZh ?? String(error.message) };
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...outcome }));
`,
  );
  console.log("\n恶意输入 hostile input                                                   大小 size   时间 time   峰值内存 peak RSS   结果 outcome");
  let failures = 0;
  for (const [name, hostile] of Object.entries(HOSTILE)) {
    const bytes = await hostile.build();
    const fileName = hostile.fileName ?? "hostile.docx";
    const file = join(dir, fileName);
    writeFileSync(file, bytes);
    let result;
    try {
      result = JSON.parse(execFileSync(process.execPath, [child, file, fileName, hostile.analyse ? "analyse" : "read"], { encoding: "utf8", timeout: 120_000 }));
    } catch (error) {
      result = { ms: NaN, maxRssMb: NaN, error: "crash", message: String(error.message).split("\n")[0] };
    }
    const expected = hostile.refused !== undefined ? (result.message ?? "").includes(hostile.refused) : result.paragraphs === hostile.paragraphs;
    const ok = expected && result.ms < 2000 && result.maxRssMb < 300;
    if (!ok) failures++;
    const outcome = result.error ? `${result.error}: ${result.message.slice(0, 60)}…` : `${result.paragraphs} 段 paragraphs`;
    const size = bytes.length >= 1024 ? `${(bytes.length / 1024).toFixed(0)} KB` : `${bytes.length} B`;
    console.log(`${ok ? "ok  " : "FAIL"} ${name.padEnd(70)} ${size.padStart(8)} ${result.ms.toFixed(0).padStart(7)} ms ${result.maxRssMb.toFixed(0).padStart(9)} MB   ${outcome}`);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(failures === 0 ? "\n全部在 2 秒、300 MB 以内，结果符合预期 / all under 2 s and 300 MB, as expected" : `\n${failures} 项未达标 / ${failures} failed`);
  if (failures > 0) process.exitCode = 1;
}

if (only !== "hostile") await benchEngine();
if (only !== "engine") await benchHostile();

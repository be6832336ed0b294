// npm run bench: how fast the engine reads documents of about 10 k, 100 k and 1 M characters,
// built by repeating our own fixture drafts (test/fixtures/drafts). Prints the median time and
// characters per millisecond; the 1 M document should take under 12 times the 100 k one.
//
// Then the hostile .docx classes of issue 13 (scripts/hostile.mjs): each is read in a child
// process of its own, which reports the read's time, its own peak memory (max RSS, Node itself
// included) and the outcome; each must take under 2 s and 300 MB and end as expected (read, or
// refused with the limit named). Then the phrase search (benchPhrases below), and 查重 between
// drafts (benchSimilarity below).
// `npm run bench -- engine`, `-- hostile`, `-- phrases` or `-- similarity` runs one part only.
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
console.log("文档大小 size      中位数 median   字符/毫秒 chars/ms   次数 runs  对应关系 correspondence");
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
  // The whole analysis, the correspondence (problems ↔ causes ↔ measures) included: say how much of it there is.
  const c = analyze(paragraphs).correspondence;
  const links = c ? `${c.groups.length} 组 groups, ${c.links.length} 条对应 links` : "no correspondence";
  console.log(`${String(size).padEnd(18)} ${m.toFixed(2).padStart(8)} ms   ${(size / m).toFixed(0).padStart(10)}          ${String(runs).padEnd(4)}  ${links}`);
}
const ratio = results[1_000_000] / results[100_000];
console.log(`\n100 k: ${results[100_000].toFixed(1)} ms (目标 target < 60 ms)；1 M / 100 k = ${ratio.toFixed(1)}（目标 target < 12）`);
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

/**
 * The phrase search (issue 15): every keystroke of queries typed one character at a time, over
 * the whole built-in library, with a cursor context; median, 95th percentile and worst per
 * keystroke against the 5 ms target. Also the gzip size of what the pane would ship for it
 * (library, pinyin and search) and of the pinyin chunk it loads only for the writer's own phrases.
 */
async function benchPhrases() {
  const dir = mkdtempSync(join(tmpdir(), "duizhao-phrases-"));
  const out = join(dir, "phrases.mjs");
  await build({ entryPoints: ["src/core/phrases/library.ts"], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning" });
  const { BUILTIN_PHRASES, builtinPhraseIndex } = await import(pathToFileURL(out).href);
  const { gzipSync } = await import("node:zlib");
  const gz = async (entry) => {
    const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", write: false, logLevel: "warning" });
    return (gzipSync(r.outputFiles[0].contents).length / 1024).toFixed(1);
  };
  const paneKb = await gz("src/core/phrases/library.ts");
  const pinyinKb = await gz("src/core/phrases/pinyinOf.ts");
  rmSync(dir, { recursive: true, force: true });

  let t = performance.now();
  const index = builtinPhraseIndex();
  const buildMs = performance.now() - t;
  const queries = ["llxx", "lilunxuexi", "理论xx", "谈心谈话", "zuofengjianshe", "jilv", "xsqk", "mei jidu", "gbzl", "zhixingqingkuang", "每季度 学习", "dandangzuowei"];
  const contexts = [
    { part: "problems", aspect: "lilun-xuexi", topics: ["lilun-xuexi"], voice: "team" },
    { part: "measures", topics: ["lianjie-zilv", "zuofeng"], voice: "personal" },
    undefined,
  ];
  const keystrokes = [];
  for (const q of queries) for (let i = 1; i <= [...q].length; i++) keystrokes.push([...q].slice(0, i).join(""));
  for (let i = 0; i < 3; i++) for (const context of contexts) for (const k of keystrokes) index.search(k, { context }); // warm up
  // Typing on: each query typed a character at a time, as the pane searches; seven rounds, and
  // each keystroke keeps its median, so a busy machine's pauses (other processes, a garbage
  // collection) land in one run, not in the figure for the keystroke.
  const runsOf = new Map();
  const raw = [];
  for (let round = 0; round < 7; round++) {
    for (const [c, context] of contexts.entries()) {
      for (const q of queries) {
        index.search("", { context, limit: 50 });
        const chars = [...q];
        for (let i = 1; i <= chars.length; i++) {
          const k = chars.slice(0, i).join("");
          t = performance.now();
          index.search(k, { context, limit: 50 });
          const ms = performance.now() - t;
          raw.push(ms);
          const key = `${c}:${q}:${i}`;
          runsOf.set(key, [...(runsOf.get(key) ?? []), ms]);
        }
      }
    }
  }
  const times = [...runsOf.values()].map((runs) => runs.sort((a, b) => a - b)[3]);
  times.sort((a, b) => a - b);
  raw.sort((a, b) => a - b);
  const at = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  console.log(`\n短语检索 phrase search: ${BUILTIN_PHRASES.length} 条 phrases, ${keystrokes.length} 次击键 keystrokes × ${contexts.length} 种位置 contexts, 每次 7 遍 7 runs each`);
  console.log(`建索引 index built in ${buildMs.toFixed(1)} ms`);
  console.log(
    `边打边搜 per keystroke, typing on: 中位数 median ${at(times, 0.5).toFixed(2)} ms, p95 ${at(times, 0.95).toFixed(2)} ms, 最慢 worst ${times[times.length - 1].toFixed(2)} ms（目标 target < 5 ms）；所有单次 all single runs: p95 ${at(raw, 0.95).toFixed(2)} ms`,
  );
  // Cold: every keystroke searched over the whole library, as if nothing had been typed before.
  const cold = [];
  for (const context of contexts) for (const k of keystrokes) {
    const runs = [];
    for (let i = 0; i < 7; i++) {
      t = performance.now();
      index.search(k, { context, limit: 50, incremental: false });
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    cold.push(runs[3]);
  }
  cold.sort((a, b) => a - b);
  console.log(`不借上次结果 cold (whole library each time): 中位数 median ${at(cold, 0.5).toFixed(2)} ms, p95 ${at(cold, 0.95).toFixed(2)} ms, 最慢 worst ${cold[cold.length - 1].toFixed(2)} ms`);
  console.log(`体积 gzip: 短语库+拼音+检索 library+pinyin+search ${paneKb} KB；自定义短语拼音 pinyinOf chunk ${pinyinKb} KB（按需加载 loaded on demand）`);
  if (times[times.length - 1] >= 5 || cold[cold.length - 1] >= 5) process.exitCode = 1;
}

/**
 * 查重 (issue 17): 100 drafts of about 5,000 characters, every pair compared, against the 2 s
 * target. The drafts are made of our fixture drafts' paragraphs, each draft a random choice of
 * them with some characters changed and punctuation varied, so that drafts share passages as a
 * team's drafts do, but none is another's copy. Median of five runs, stock text compiled before.
 */
async function benchSimilarity() {
  const dir = mkdtempSync(join(tmpdir(), "duizhao-similarity-"));
  const out = join(dir, "similarity.mjs");
  await build({ entryPoints: ["src/core/similarity/index.ts"], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning" });
  const { compareDrafts, shippedStock } = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });

  const pool = readdirSync("test/fixtures/drafts")
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join("test/fixtures/drafts", f), "utf8").split(/\r?\n/))
    .filter((t) => t.trim().length > 0);
  // A fixed seed: the same drafts every run (mulberry32).
  let seed = 20261202;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const vary = (text) => {
    let outText = "";
    for (const c of text) {
      const r = random();
      if (r < 0.01) outText += String.fromCharCode(0x4e00 + Math.floor(random() * 6000)); // a word changed
      else if (c === "，" && r < 0.3) outText += ",";
      else outText += c;
    }
    return outText;
  };
  const COUNT = 100;
  const SIZE = 5000;
  const drafts = [];
  let characters = 0;
  for (let d = 0; d < COUNT; d++) {
    const paragraphs = [];
    let size = 0;
    while (size < SIZE) {
      const text = vary(pool[Math.floor(random() * pool.length)]);
      paragraphs.push({ text });
      size += text.length;
    }
    characters += size;
    drafts.push(paragraphs);
  }
  shippedStock();
  compareDrafts(drafts.slice(0, 10)); // warm up
  const times = [];
  let result;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    result = compareDrafts(drafts);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[2];
  const passages = result.pairs.reduce((n, p) => n + p.passages.length, 0);
  console.log(`\n查重 similarity: ${COUNT} 篇 drafts, 共 ${characters.toLocaleString("en-US")} 字 characters, ${(COUNT * (COUNT - 1)) / 2} 对 pairs`);
  console.log(
    `中位数 median ${m.toFixed(0)} ms（目标 target < 2000 ms），最快 best ${times[0].toFixed(0)} ms；${result.pairs.length} 对有共同段落 pairs share passages, 共 ${passages} 段 passages (k = ${result.k}, window = ${result.window}, 至少 at least ${result.minChars} 字 chars)`,
  );
  if (m >= 2000) process.exitCode = 1;
}

if (!only || only === "engine") await benchEngine();
if (!only || only === "hostile") await benchHostile();
if (!only || only === "phrases") await benchPhrases();
if (!only || only === "similarity") await benchSimilarity();

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";

const F = resolve(__dirname, "../../fixtures/report");
const DRAFTS = ["a-orchard.txt", "b-copied.txt", "c-team-script.txt"];
const root = mkdtempSync(join(tmpdir(), "duizhao-report-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A folder of drafts, with what a folder of drafts also holds. */
function folder(name: string, extra: Record<string, string> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const d of DRAFTS) copyFileSync(join(F, d), join(dir, d));
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

describe("duizhao check --report", () => {
  it("writes one page and prints nothing else on stdout; the exit code is check's", async () => {
    const out = join(root, "one.html");
    const r = await run("check", ...DRAFTS.map((d) => join(F, d)), "--report", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`报告已写入：${out} / Report written: ${out}\n`);
    const page = readFileSync(out, "utf8");
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page.match(/<tbody /g)).toHaveLength(3);
    expect(page).toContain('<details class="pair" id="pair-1-2" open>');
    expect(page).toMatch(/生成于 \d{4}-\d\d-\d\d \d\d:\d\d/);
  });

  it("prints the text or JSON report too when --format is given", async () => {
    const out = join(root, "two.html");
    const r = await run("check", join(F, DRAFTS[0]), "--report", out, "--format", "json");
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(existsSync(out)).toBe(true);
  });

  it("writes the page to stdout for --report -, which takes no --format", async () => {
    const r = await run("check", join(F, DRAFTS[0]), "--report", "-");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    const refused = await run("check", join(F, DRAFTS[0]), "--report", "-", "--format", "text");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("不能再给 --format");
  });

  it("refuses to write the report over a file it checks", async () => {
    const dir = folder("over");
    const r = await run("check", join(dir, DRAFTS[0]), "--report", join(dir, ".", DRAFTS[0]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能覆盖");
    expect(readFileSync(join(dir, DRAFTS[0]), "utf8")).toBe(readFileSync(join(F, DRAFTS[0]), "utf8"));
    const inFolder = await run("check", dir, "--report", join(dir, DRAFTS[1]));
    expect(inFolder.code).toBe(2);
    expect(inFolder.stdout).toBe("");
    expect(readFileSync(join(dir, DRAFTS[1]), "utf8")).toBe(readFileSync(join(F, DRAFTS[1]), "utf8"));
  });

  it("says so, and exits 2, when the page cannot be written", async () => {
    const r = await run("check", join(F, DRAFTS[0]), "--report", join(root, "no-such-folder", "r.html"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("无法写入报告");
    expect(r.stderr).toContain("Cannot write the report");
  });
});

describe("duizhao check with a folder", () => {
  it("checks the documents in it, by name, leaving out ~$ files, other files and subfolders", async () => {
    const dir = folder("batch", { "~$a-orchard.docx": "owner", "notes.pdf": "%PDF", ".hidden.txt": "x" });
    mkdirSync(join(dir, "old"));
    writeFileSync(join(dir, "old", "d.txt"), "旧材料");
    const r = await run("check", dir, "--format", "json");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual(DRAFTS.map((d) => join(dir, d)));
  });

  it("sorts numbers as numbers", async () => {
    const dir = join(root, "numbers");
    mkdirSync(dir);
    for (const n of [10, 2, 1]) copyFileSync(join(F, DRAFTS[0]), join(dir, `材料${n}.txt`));
    const r = await run("check", dir, "--format", "json");
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual([1, 2, 10].map((n) => join(dir, `材料${n}.txt`)));
  });

  it("reports a bad file and checks the rest: on stderr, in the page, exit 2, with progress for a batch", async () => {
    const dir = folder("bad", { "broken.docx": "这不是 Word 文档" });
    const out = join(root, "bad.html");
    const r = await run("check", dir, "--report", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`正在读取 1/4：${join(dir, DRAFTS[0])} / Reading 1 of 4`);
    expect(r.stderr).toContain(`正在读取 3/4：${join(dir, "broken.docx")}`);
    expect(r.stderr).toMatch(/broken\.docx：[^\n]+\n[^\n]*broken\.docx: /);
    expect(r.stderr).toContain("正在查重 3 份材料");
    const page = readFileSync(out, "utf8");
    expect(page).toContain("未能读取的文件（1）");
    expect(page).toContain("<strong>broken.docx</strong>：");
    expect(page.match(/<tbody /g)).toHaveLength(3);
  });

  it("tells the progress only when writing a page: stderr stays as scripts know it", async () => {
    const dir = folder("quiet", { "d.txt": "第四份" });
    expect((await run("check", dir)).stderr).toBe("");
    expect((await run("check", dir, "--format", "json")).stderr).toBe("");
    expect((await run("check", dir, "--report", join(root, "quiet.html"))).stderr).toContain("正在读取 4/4");
  });

  it("refuses a folder with nothing to check, and goes on with the other arguments", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    const r = await run("check", empty, join(F, DRAFTS[0]), "--format", "json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("中没有 .docx、.txt 或 .md 文件");
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});

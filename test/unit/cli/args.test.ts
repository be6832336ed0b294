// `-` reads standard input (as .txt, or as --stdin-format says), `--` ends the options, and the
// usage text says so.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Paragraph } from "docx";
import { LIMITS } from "../../../src/formats/limits";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { packDocx } from "../formats/helpers";

const dir = mkdtempSync(join(tmpdir(), "duizhao-args-"));

async function run(args: string[], stdin?: AsyncIterable<Uint8Array | string>) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin });
  return { code, stdout, stderr };
}

async function* input(...chunks: (Uint8Array | string)[]) {
  yield* chunks;
}

const DRAFT = "# 个人对照检查材料\n\n一、存在问题\n\n(一)理论学习方面。一是学得浅。\n\n二、原因剖析\n\n一是放松了学习。\n\n三、整改措施\n\n(一)加强学习。\n";

describe("- reads standard input", () => {
  it("as .txt by default, in lines, chunk by chunk", async () => {
    const bytes = new TextEncoder().encode(DRAFT);
    const r = await run(["check", "-", "--format", "json"], input(bytes.subarray(0, 5), bytes.subarray(5)));
    expect(r.stderr).toBe("");
    const [doc] = JSON.parse(r.stdout);
    expect(doc.file).toBe("-");
    expect(doc.items.map((i: { id: string }) => i.id)).toEqual(["P:理论学习", "C:放松了学习", "M:加强学习"]);
  });

  it("counts lines in the text report", async () => {
    const r = await run(["check", "-"], input(DRAFT));
    expect(r.stdout).toMatch(/^文件：-\n类型：.* 行\n/);
  });

  it("--stdin-format docx reads a .docx; a ZIP given without it is read as one too", async () => {
    const docx = await packDocx(new Document({ sections: [{ children: [new Paragraph("一、存在的主要问题")] }] }));
    for (const args of [["check", "-", "--stdin-format", "docx"], ["check", "-"]]) {
      const r = await run([...args, "--format", "json"], input(docx));
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)[0].paragraphs).toBe(1);
    }
    const text = await run(["check", "-", "--stdin-format", "docx"], input(docx));
    expect(text.stdout).toMatch(/共 \d+ 字，1 段/);
  });

  it("--stdin-format txt reads a ZIP as text, and says what it is", async () => {
    const docx = await packDocx(new Document({ sections: [{ children: [new Paragraph("甲")] }] }));
    const r = await run(["check", "-", "--stdin-format=txt"], input(docx));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^标准输入（-）：这不是文本文件，而是压缩包/);
    expect(r.stderr).toMatch(/\nstandard input \(-\): This is not a text file but a ZIP package/);
  });

  it("--stdin-format md reads Markdown, also written .md", async () => {
    const r = await run(["check", "-", "--stdin-format", ".MD"], input(DRAFT));
    expect(r.code).toBe(0);
  });

  it.each([
    ["an unknown --stdin-format", ["check", "-", "--stdin-format", "pdf"], /--stdin-format 只能是 txt、md 或 docx/],
    ["- twice", ["check", "-", "-"], /“-”（标准输入）只能给一次/],
  ])("exits 2 for %s", async (_, args, message) => {
    const r = await run(args, input(DRAFT));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("reads standard input among files", async () => {
    const file = join(dir, "a.txt");
    writeFileSync(file, DRAFT);
    const r = await run(["check", file, "-", "--format", "json"], input(DRAFT));
    expect(JSON.parse(r.stdout).map((d: { file: string }) => d.file)).toEqual([file, "-"]);
  });
});

describe("-- ends the options", () => {
  it("a name after -- is a file, even when it looks like an option", async () => {
    const r = await run(["check", "--", "--weird.txt", "--format"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--weird.txt：找不到文件：--weird.txt\n");
    expect(r.stderr).toContain("--format：找不到文件：--format\n");
    expect(r.stderr).not.toMatch(/未知选项|用法/);
  });

  it("without --, such a name is an unknown option", async () => {
    const r = await run(["check", "--weird.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^未知选项：--weird.txt/);
  });

  it("reads a file whose name starts with --", async () => {
    const file = join(dir, "--weird.txt");
    writeFileSync(file, DRAFT);
    const r = await run(["check", "--format", "json", "--", file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].file).toBe(file);
  });
});

describe("the usage text", () => {
  it("tells -, --stdin-format, --, --debug and the limits, Chinese first", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const line of [
      /\n {2}- {15}文件名“-”读取标准输入.*\n {18}\/ the file name - reads standard input/,
      /\n {2}--stdin-format txt\|md\|docx\n {18}标准输入的格式/,
      /\n {2}-- {14}其后都是文件名/,
      /\n {2}--debug {9}内部错误时显示调用栈（或设置环境变量 DUIZHAO_DEBUG=1）/,
      new RegExp(`\n只读取普通文件：\\.txt、\\.md 不超过 16 MB，\\.docx 不超过 200 MB，每个文件不超过 ${LIMITS.paragraphs} 段（行）。\nOnly regular files are read`),
      /退出码 \/ Exit codes: 0 .* 2 输入有误或内部错误 bad input or internal error/,
    ]) {
      expect(r.stdout).toMatch(line);
    }
  });
});

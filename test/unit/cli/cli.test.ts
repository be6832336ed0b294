import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AlignmentType, Document, LevelFormat, Paragraph, Table, TableCell, TableRow } from "docx";
import { runCli } from "../../../src/cli/main";
import { packDocx } from "../formats/helpers";

const ROOT = resolve(__dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "duizhao-cli-"));

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const DRAFT = [
  "某局班子2025年度民主生活会对照检查材料",
  "按照要求，现将对照检查情况报告如下：",
  "一、存在的突出问题",
  "（一）在带头强化政治忠诚、提高政治能力方面。一是班子学习不够深入。二是有的班子成员站位不高。三是班子调研不够。",
  "二、问题产生的原因",
  "一是理想信念有所松懈。二是宗旨意识有所淡化。",
  "三、整改措施",
  "（一）加强理论武装。每月集中学习一次。",
  "以上对照检查，请各位同志批评指正。",
].join("\n");

/** The same draft as a .docx whose headings are numbered by Word's lists. */
async function numberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "parts",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph("某局班子2025年度民主生活会对照检查材料"),
          new Paragraph("按照要求，现将对照检查情况报告如下："),
          new Paragraph({ text: "存在的突出问题", numbering: { reference: "parts", level: 0 } }),
          new Paragraph({ text: "在带头强化政治忠诚、提高政治能力方面", numbering: { reference: "parts", level: 1 } }),
          new Paragraph("一是班子学习不够深入。二是有的班子成员站位不高。"),
          new Paragraph({ text: "问题产生的原因", numbering: { reference: "parts", level: 0 } }),
          new Paragraph("一是理想信念有所松懈。二是宗旨意识有所淡化。"),
          new Paragraph({ text: "整改措施", numbering: { reference: "parts", level: 0 } }),
          new Paragraph({ text: "加强理论武装", numbering: { reference: "parts", level: 1 } }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("表格中的文字")] })] })] }),
        ],
      },
    ],
  });
  return packDocx(doc);
}

beforeAll(async () => {
  writeFileSync(join(dir, "draft.txt"), DRAFT);
  writeFileSync(join(dir, "draft.md"), "# 个人对照检查材料\n\n**一、存在问题**\n\n(一)理论学习方面。一是学得浅。二是悟得不透。\n\n**二、原因剖析**\n\n一是放松了学习。\n\n**三、整改措施**\n\n(一)加强学习。");
  writeFileSync(join(dir, "numbered.docx"), await numberedDocx());
  writeFileSync(join(dir, "broken.docx"), "PK\u0003\u0004 this is not a zip at all");
  writeFileSync(join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
});

describe("duizhao check", () => {
  it("prints a Chinese report of a .txt file and exits 0", async () => {
    const r = await run("check", join(dir, "draft.txt"));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("类型：对照检查材料（班子）");
    expect(r.stdout).toMatch(/存在的问题　第 3–4 行「一、存在的突出问题」，1 组/);
    expect(r.stdout).toContain("（一）在带头强化政治忠诚、提高政治能力方面");
    expect(r.stdout).toContain("检查清单：2025年度");
  });

  it("reads a .docx with Word's list numbers as the reader sees them", async () => {
    const r = await run("check", join(dir, "numbered.docx"), "--format", "json");
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout);
    expect(doc.parts.map((p: { role: string; heading: string | null }) => [p.role, p.heading])).toEqual([
      ["title", null],
      ["preamble", null],
      ["problems", "一、存在的突出问题"],
      ["causes", "二、问题产生的原因"],
      ["measures", "三、整改措施"],
    ]);
    expect(doc.outline[0].children[0]).toMatchObject({ label: "（一）", fromList: true, title: "在带头强化政治忠诚、提高政治能力方面" });
    expect(doc.checklist.template).toBe("2025-niandu-wuge-daitou");
  });

  it("JSON has the documented fields, one object per file", async () => {
    const r = await run("check", join(dir, "draft.txt"), join(dir, "draft.md"), "--format=json");
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      for (const k of ["file", "kind", "parts", "items", "checklist", "correspondence", "findings"]) expect(d).toHaveProperty(k);
      for (const p of d.parts) expect(Object.keys(p)).toEqual(expect.arrayContaining(["role", "heading", "paragraph"]));
      for (const i of d.items) expect(Object.keys(i)).toEqual(expect.arrayContaining(["id", "part", "title", "paragraph"]));
    }
    expect(docs[1].items.map((i: { id: string }) => i.id)).toEqual(["P:理论学习", "C:放松了学习", "M:加强学习"]);
  });

  it("--template checks against the given meeting type", async () => {
    const r = await run("check", join(dir, "draft.txt"), "--format", "json", "--template", "2024-niandu-sige-daitou");
    const [doc] = JSON.parse(r.stdout);
    expect(doc.checklist.template).toBe("2024-niandu-sige-daitou");
    expect(doc.checklist.parts.find((p: { role: string }) => p.role === "case").status).toBe("missing");
  });

  it.each([
    ["a missing file", ["check", join(dir, "nope.txt")], /找不到文件.*\n.*File not found/],
    ["a damaged .docx", ["check", join(dir, "broken.docx")], /docx/i],
    ["an old .doc", ["check", join(dir, "old.doc")], /另存为/],
    ["an unsupported type", ["check", join(dir, "x.pdf")], /pdf/i],
    ["an unknown template", ["check", join(dir, "draft.txt"), "--template", "1999"], /未知的会议类型.*\n?.*Unknown meeting type/],
    ["an unknown option", ["check", "--frobnicate"], /未知选项/],
    ["no file", ["check"], /请给出要检查的文件/],
  ])("exits 2 for %s, in Chinese and English, without a stack trace", async (_, args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a bad file among good ones: the good ones are still reported, exit 2", async () => {
    const r = await run("check", join(dir, "draft.txt"), join(dir, "nope.txt"));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("对照检查材料");
  });
});

describe("the installed command", () => {
  beforeAll(() => {
    execFileSync("node", ["scripts/build-cli.mjs"], { cwd: ROOT });
  });
  it("runs as `duizhao` with the documented exit codes", () => {
    const ok = spawnSync("node", ["bin/duizhao.cjs", "check", join(dir, "draft.txt")], { cwd: ROOT, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("对照检查材料");
    const bad = spawnSync("node", ["bin/duizhao.cjs", "check", join(dir, "broken.docx")], { cwd: ROOT, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toContain("    at ");
    const help = spawnSync("node", ["bin/duizhao.cjs", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("duizhao check");
  });

  it.runIf(process.platform !== "win32")("`duizhao check many files | head -1` ends quietly: no stack trace, exit 0", () => {
    // Enough reports to fill the pipe long after head has gone: the writes meet a closed pipe (EPIPE).
    const files = Array.from({ length: 150 }, () => JSON.stringify(join(dir, "draft.txt"))).join(" ");
    for (const format of ["text", "json"]) {
      const script = `node bin/duizhao.cjs check ${files} --format ${format} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
      const r = spawnSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8" });
      expect(r.stdout).toBe(format === "text" ? `文件：${join(dir, "draft.txt")}\n` : "[\n");
      expect(r.stderr).toBe("status=0\n");
    }
  });

  it("reads standard input for -, and a file named --weird.txt after --", () => {
    const bin = join(ROOT, "bin/duizhao.cjs");
    const stdin = spawnSync("node", [bin, "check", "-", "--format", "json"], { cwd: dir, input: DRAFT, encoding: "utf8" });
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout)[0]).toMatchObject({ file: "-", kind: "material" });
    writeFileSync(join(dir, "--weird.txt"), DRAFT);
    const weird = spawnSync("node", [bin, "check", "--", "--weird.txt"], { cwd: dir, encoding: "utf8" });
    expect(weird.status).toBe(0);
    expect(weird.stdout).toMatch(/^文件：--weird\.txt\n/);
  });

  it.runIf(process.platform !== "win32")("refuses a FIFO at once and /dev/zero behind a .txt link, exit 2", () => {
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    const r = spawnSync("node", ["bin/duizhao.cjs", "check", join(dir, "pipe.txt"), join(dir, "zero.txt")], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.match(/不是普通文件/g)).toHaveLength(2);
    expect(r.stderr.match(/not a regular file/g)).toHaveLength(2);
  });
});

describe("--aspects", () => {
  it("gives the aspects of a type whose aspects come from the feedback", async () => {
    const r = await run("check", join(dir, "draft.txt"), "--format", "json", "--template", "xunshi-zhenggai", "--aspects", "政治忠诚;意识形态工作");
    const [doc] = JSON.parse(r.stdout);
    expect(doc.checklist.template).toBe("xunshi-zhenggai");
    expect(doc.checklist.aspects.map((a: { name: string; status: string }) => [a.name, a.status])).toEqual([
      ["政治忠诚", "present"],
      ["意识形态工作", "missing"],
    ]);
  });

  it("without --template makes a custom checklist", async () => {
    const r = await run("check", join(dir, "draft.txt"), "--aspects=政治忠诚,调查研究");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("检查清单：自定义清单");
    expect(r.stdout).toMatch(/✗ 调查研究：缺少/);
  });
});

describe("findings and the exit code", () => {
  const draft = resolve(ROOT, "test/fixtures/findings/numbering-fault.txt");

  it("exits 1 on a finding of severity error and lists it, in text", async () => {
    const r = await run("check", draft);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[错误\] 第 8 行第 1 字：序号“（二）”与上一条重复，应为“（三）”。「（二）」（可自动修改）　numbering-sequence/);
  });

  it("gives the findings with their category, message id and fix in JSON", async () => {
    const r = await run("check", draft, "--format", "json");
    expect(r.code).toBe(1);
    const [doc] = JSON.parse(r.stdout);
    expect(doc.findings).toContainEqual(
      expect.objectContaining({
        rule: "numbering-sequence",
        category: "numbering",
        severity: "error",
        messageId: "repeated",
        paragraph: 7,
        start: 0,
        end: 3,
        text: "（二）",
        fix: { paragraph: 7, start: 0, end: 3, expected: "（二）", replacement: "（三）" },
      }),
    );
  });

  it("exits 0 on a draft whose findings are only warnings or notes", async () => {
    const r = await run("check", join(dir, "draft.txt"));
    expect(r.code).toBe(0);
  });
});

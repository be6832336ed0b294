import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { runCli } from "../../../src/cli/main";
import { documentXml, p, webExtension } from "../formats/helpers";

/** A draft whose second problem (调查研究) no measure answers, as a .docx; the writer linked it by hand in the add-in. */
const LINES = [
  "2023年主题教育专题民主生活会个人对照检查材料",
  "一、存在的问题",
  "（一）理论学习方面。学习不够系统，读原著少，碎片化阅读多。",
  "（二）调查研究方面。下基层调研多是听汇报，蹲点少，对群众反映的停车难问题了解不深。",
  "二、问题产生的原因",
  "（一）理想信念有所松懈，把理论学习当作软任务。",
  "三、整改措施",
  "（一）加强理论学习。每周自学不少于两个半天，年底前通读原著规定篇目。",
  "（二）改进工作作风。年内办结群众反映的事项。",
];

function docx(settings: Record<string, unknown>): string {
  const path = join(mkdtempSync(join(tmpdir(), "duizhao-links-")), "材料.docx");
  const properties = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, JSON.stringify(v)]));
  const bytes = zipSync({
    "word/document.xml": strToU8(documentXml(LINES.map((t) => p(t)).join(""))),
    "word/webextensions/webextension1.xml": strToU8(webExtension(properties)),
  });
  writeFileSync(path, bytes);
  return path;
}

async function check(path: string) {
  let stdout = "";
  const code = await runCli(["check", "--format", "json", path], { stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, json: JSON.parse(stdout)[0] };
}

describe("the writer's links saved in a .docx", () => {
  it("count in the CLI as in the pane: the gap they close is gone, and the JSON shows them as the writer's", async () => {
    const plain = await check(docx({}));
    expect(plain.json.findings.map((f: { rule: string }) => f.rule)).toContain("problem-without-measure");
    expect(plain.code).toBe(1);

    const link = { problem: "P:调查研究", target: "M:改进工作作风", linked: true };
    const linked = await check(docx({ "duizhao.links": { links: [link] } }));
    expect(linked.json.findings.map((f: { rule: string }) => f.rule)).not.toContain("problem-without-measure");
    expect(linked.json.correspondence.writer).toEqual([{ ...link, applied: true, auto: null }]);
    expect(linked.json.correspondence.links).toContainEqual(expect.objectContaining({ problem: link.problem, target: link.target, source: "writer" }));
  });

  it("a malformed stored value is left out, and the document is still checked", async () => {
    const { json } = await check(docx({ "duizhao.links": { links: "all" } }));
    expect(json.correspondence.writer).toEqual([]);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain("problem-without-measure");
  });
});

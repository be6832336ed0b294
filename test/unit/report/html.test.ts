import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { compareDrafts } from "../../../src/core/similarity";
import { readDocumentBytes } from "../../../src/formats";
import { displayNames, toHtml, type BatchReport, type ReportDraft } from "../../../src/report/html";
import { inContext } from "../../../src/report/html/context";
import { SCRIPT, SCRIPT_HASH } from "../../../src/report/html/script";

const F = resolve(__dirname, "../../fixtures/report");

function draft(name: string, file = join(F, name)): ReportDraft {
  const paragraphs = readDocumentBytes(new Uint8Array(readFileSync(join(F, name))), name);
  return { file, unit: "行", paragraphs, analysis: analyze(paragraphs) };
}

function batch(drafts: ReportDraft[], unreadable: BatchReport["unreadable"] = []): string {
  return toHtml({ drafts, unreadable, similarity: compareDrafts(drafts.map((d) => d.paragraphs)) });
}

const FILES = ["a-orchard.txt", "b-copied.txt", "c-team-script.txt"];

describe("the HTML report", () => {
  const page = batch(FILES.map((f) => draft(f)), [{ file: join(F, "broken.docx"), messageZh: "文件已损坏", messageEn: "The file is damaged" }]);

  it("allows its one script by the hash the page names", () => {
    expect(`sha256-${createHash("sha256").update(SCRIPT).digest("base64")}`).toBe(SCRIPT_HASH);
    expect(page).toContain(`script-src '${SCRIPT_HASH}'`);
    expect(page).toContain("default-src 'none'");
  });

  it("shows a draft's markup as text: the only script element is its own", () => {
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page.match(/<\/script/gi)).toHaveLength(1);
    expect(page).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    expect(page).toContain("&lt;/script&gt;&lt;b&gt;粗体&lt;/b&gt;");
    expect(page).not.toContain("<b>粗体");
  });

  it("escapes file names, in text and in attributes, and shows invisible characters", () => {
    const evil = draft("a-orchard.txt", '/x/"><img src=x onerror=alert(1)>\u202Egpj.txt');
    const out = toHtml({ drafts: [evil], unreadable: [{ file: "/x/<svg onload=alert(2)>.docx", messageZh: "<i>坏</i>", messageEn: "bad" }], similarity: null });
    expect(out).not.toMatch(/<img|<svg|<i>/);
    expect(out).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(out).not.toContain("\u202E");
    expect(out).toContain("&lt;U+202E&gt;");
    expect(out).toContain("&lt;i&gt;坏&lt;/i&gt;");
  });

  it("asks for nothing from outside the page", () => {
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/url\(|@import|@font-face|https?:\/\//);
  });

  it("lists each draft in a row of its own, with the values it sorts by", () => {
    expect(page.match(/<tbody /g)).toHaveLength(3);
    expect(page).toContain('data-file="a-orchard.txt" data-kind="个人"');
    expect(page).toContain('data-file="c-team-script.txt" data-kind="班子"');
    expect(page).toMatch(/data-file="b-copied.txt"[^>]*data-missing="1" data-errors="3" data-warnings="0" data-infos="1"/);
    expect(page).toContain("文件夹：" + F);
    for (const header of ["文件", "类型", "会议类型", "缺少的方面", "错误", "警告", "提示", "篇幅"]) expect(page).toContain(`<button type="button">${header}</button>`);
    // The missing aspects' names, to hover over and to open.
    expect(page).toContain("<li>缺少：带头履行全面从严治党政治责任</li>");
  });

  it("opens on each draft's findings with the sentence around them, the found text marked", () => {
    expect(page).toContain("“了”字重复了（“了了”），应只保留一个。");
    expect(page).toMatch(/…[^<]*灌溉渠&lt;script&gt;alert\(&quot;xss&quot;\)&lt;\/script&gt;验收后不到半年就出现<mark>了了<\/mark>裂缝&lt;\/script&gt;&lt;b&gt;粗体&lt;\/b&gt;。/);
    expect(page).toContain("第 5 行第 68 字");
  });

  it("draws the correspondence as a matrix: problems by causes and measures, gaps marked", () => {
    const c = page.slice(page.indexOf('id="draft-3"'));
    expect(c).toContain('<th colspan="4" scope="colgroup" class="group">措施</th>');
    expect(c).toMatch(/<td class="(strong|weak)"[^>]*>(● 强|◐ 弱)<\/td>/);
    expect(c).toContain("⚠ 无措施");
    expect(c).toContain("⚠ 未对应问题");
  });

  it("marks the writer's own links as theirs", () => {
    const paragraphs = [
      "2023年主题教育专题民主生活会个人对照检查材料",
      "一、存在的问题",
      "（一）理论学习方面。读书零敲碎打，系统学习少，学了也没有对照工作。",
      "（二）调查研究方面。去年到基层调研只有三次，多数是听汇报。",
      "二、问题产生的原因",
      "（一）理想信念有所松懈，把理论学习当作软任务。",
      "三、整改措施",
      "（一）加强理论学习。每周自学两个半天，写一篇心得。",
      "（二）整修单位车棚。年内完成。",
    ].map((text) => ({ text }));
    const analysis = analyze(paragraphs, { links: [{ problem: "P:调查研究", target: "M:整修单位车棚", linked: true }, { problem: "P:理论学习", target: "M:加强理论学习", linked: false }] });
    const out = toHtml({ drafts: [{ file: "d.txt", unit: "行", paragraphs, analysis }], unreadable: [], similarity: null });
    expect(out).toContain("✔ 作者确认");
    expect(out).toContain("✕ 作者否定");
  });

  it("lists a file that could not be read, with why, in both languages", () => {
    expect(page).toContain('<section class="alert" id="unreadable"><h2>未能读取的文件（1）</h2>');
    expect(page).toContain("<strong>broken.docx</strong>：文件已损坏");
    expect(page).toContain("The file is damaged");
    expect(page).toContain("共 4 个文件，3 份已检查，2 份有错误，1 个未能读取");
  });

  it("shows the copied pair in the 查重 section: heat map, threshold, passages side by side", () => {
    const section = page.slice(page.indexOf('id="similarity"'));
    expect(section).toContain("相似度不低于 10%，或有一段共同文字不少于 50 字");
    expect(section).toContain("共 1 对");
    expect(section).toMatch(/<td class="h\d" title="a-orchard.txt ↔ b-copied.txt：相似度 \d+%，共同段落 1 段"><a href="#pair-1-2">\d+%<\/a><\/td>/);
    expect(section).toContain('<details class="pair" id="pair-1-2" open>');
    const marks = section.match(/<mark>[^<]*<\/mark>/g) ?? [];
    expect(marks.filter((m) => m.includes("东岭村三户果农的补贴拖到秋后才发到手里"))).toHaveLength(2);
  });

  it("leaves out pairs below the threshold, and says so", () => {
    const drafts = FILES.slice(0, 2).map((f) => draft(f));
    const similarity = compareDrafts(drafts.map((d) => d.paragraphs));
    const weak = { ...similarity, pairs: similarity.pairs.map((p) => ({ ...p, score: 0.05, passages: p.passages.map((s) => ({ ...s, own: 30 })) })) };
    const out = toHtml({ drafts, unreadable: [], similarity: weak });
    expect(out).toContain("共 0 对；另有 1 对只有少量共同文字，未列出");
    expect(out).not.toContain('<details class="pair"');
  });

  it("prints on A4 with every draft's findings open", () => {
    expect(page).toContain("@page { size: A4;");
    expect(page).toContain("tr.detail[hidden] { display: table-row; }");
    expect(page).toContain("beforeprint");
  });
});

describe("names and context", () => {
  it("shows the paths without the folder they share", () => {
    expect(displayNames(["/d/材料/a.txt", "/d/材料/sub/b.docx"])).toEqual({ names: ["a.txt", "sub/b.docx"], folder: "/d/材料" });
    expect(displayNames(["a.txt", "b.txt", "-"])).toEqual({ names: ["a.txt", "b.txt", "标准输入"], folder: null });
    expect(displayNames(["C:\\材料\\a.txt"])).toEqual({ names: ["a.txt"], folder: "C:/材料" });
  });

  it("cuts the text around a span at its sentence, or with … past a limit", () => {
    const text = "第一句到此为止。第二句里有要找的字，后面还有话；第三句不要。";
    const start = text.indexOf("要找");
    expect(inContext(text, start, start + 2).value).toBe("第二句里有<mark>要找</mark>的字，后面还有话；");
    expect(inContext(text, start, start + 2, 3).value).toBe("…句里有<mark>要找</mark>的字，…");
    expect(inContext(text, 0, 0).value).toContain('class="point"');
  });
});

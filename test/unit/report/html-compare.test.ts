import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { checkFollowUp } from "../../../src/core/followup";
import { compareDrafts } from "../../../src/core/similarity";
import type { CompareFile, CompareReport } from "../../../src/report/compare";
import { compareToHtml } from "../../../src/report/html";
import { SCRIPT_HASH } from "../../../src/report/html/script";

const F = resolve(__dirname, "../../fixtures/similarity");
const read = (name: string): CompareFile => ({ file: join(F, name), unit: "行", paragraphs: paragraphsFromText(readFileSync(join(F, name), "utf8")) });

function report(files: CompareFile[], lastYear = -1): CompareReport {
  const similarity = compareDrafts(files.map((f) => f.paragraphs));
  if (lastYear < 0) return { files, similarity, followUp: null };
  const last = { paragraphs: files[lastYear].paragraphs, analysis: analyze(files[lastYear].paragraphs) };
  const drafts = files.flatMap((f, file) => (file === lastYear ? [] : [{ file, result: checkFollowUp(last, { paragraphs: f.paragraphs, analysis: analyze(f.paragraphs) }) }]));
  return { files, similarity, followUp: { lastYear, drafts } };
}

/** A passage both drafts share, with markup and an unseen character in it. */
const EVIL = '我在<script>alert("xss")</script>的整改台账里发现\u202E有三份记录是会后补写的，</script><b>粗体</b>真实性无从核对';

describe("the compare page (compare --format html)", () => {
  it("is one self-contained page: its own script by hash, nothing from outside", () => {
    const page = compareToHtml(report([read("three-a.txt"), read("three-b.txt")]));
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain(`script-src '${SCRIPT_HASH}'`);
    expect(page).toContain("default-src 'none'");
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/url\(|@import|@font-face|https?:\/\//);
    expect(page).toContain("<title>对照检查材料比对报告（查重）</title>");
    expect(page).not.toContain('id="followup"');
  });

  it("shows every pair that shares a passage: heat map, passages side by side, marked", () => {
    const page = compareToHtml(report([read("three-a.txt"), read("stock-a.txt"), read("three-b.txt")]));
    expect(page).toContain("共 3 个文件，1 对有共同段落");
    expect(page).toContain("列出<strong>有共同段落</strong>的两份材料：共 1 对");
    expect(page).toMatch(/<td class="h\d" title="three-a.txt ↔ three-b.txt：相似度 \d+%，共同段落 3 段"><a href="#pair-1-3">\d+%<\/a><\/td>/);
    expect(page).toContain('title="three-a.txt ↔ stock-a.txt：无共同文字"');
    expect(page).toContain('<details class="pair" id="pair-1-3" open>');
    const marks = page.match(/<mark>[^<]*<\/mark>/g) ?? [];
    expect(marks.filter((m) => m.includes("每名班子成员联系两个偏远村组"))).toHaveLength(2);
    // The reworded passage is marked as each draft writes it.
    expect(page).toContain("<mark>对基层反映的堆积如山的报表问题没有及时拿出精简办法, 基层干部意见较大</mark>");
    expect(page).toContain("文件夹：" + F);
  });

  it("says so when the drafts share nothing", () => {
    const page = compareToHtml(report([read("stock-a.txt"), read("stock-b.txt")]));
    expect(page).toContain("未发现共同段落。");
    expect(page).not.toContain('<details class="pair"');
  });

  it("escapes the drafts' text and the file names, and shows unseen characters", () => {
    const a: CompareFile = { file: '/x/"><img src=x onerror=alert(1)>.txt', unit: "行", paragraphs: [{ text: "第一份。" + EVIL + "。" }] };
    const b: CompareFile = { file: "/x/<svg onload=alert(2)>.docx", unit: "段", paragraphs: [{ text: "另一份材料写道：" + EVIL + "。" }] };
    const page = compareToHtml(report([a, b]));
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page.match(/<\/script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<svg|<b>/);
    expect(page).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    expect(page).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt");
    expect(page).not.toContain("\u202E");
    expect(page).toContain("<span class=unseen>&lt;U+202E&gt;</span>");
    expect(page).toContain('<details class="pair" id="pair-1-2" open>');
  });

  it("with last year's material, lists the measures reported (with the sentence) and skipped, and the repeated problem", () => {
    const page = compareToHtml(report([read("followup-this-year.txt"), read("followup-last-year.txt")], 1));
    expect(page).toContain("<title>对照检查材料比对报告（查重、整改落实情况）</title>");
    expect(page).toContain('<a href="#followup">整改落实情况</a>');
    const part = page.slice(page.indexOf('<h2 id="followup">'));
    expect(part).toContain("对照上年度材料 <strong>followup-last-year.txt</strong>");
    expect(part).toContain("上年度整改措施 6 条：已报告 5 条，<strong class=\"no\">未报告 1 条</strong>");
    expect(part).toMatch(/<li class="measure skipped"><span class="status no">✗ 未报告<\/span> 二是 建立摊主诉求台账[^<]*<span class="where">上年度第 11 行<\/span>/);
    // A reported measure shows the sentence that reports it, marked in its paragraph.
    expect(part).toContain("<mark>检测服务委托采购全部实行三家以上比价，结果已在局内公示。</mark>");
    expect(part.match(/class="measure reported"/g)).toHaveLength(5);
    expect(part).toContain("与上年度几乎相同的问题 1 条");
    expect(part).toMatch(/调研蜻蜓点水[^<]*（今年第 7 行）：与上年度第 5 行「[^」]*」相同 \d+%/);
    expect(part.match(/<mark>[^<]*调研蜻蜓点水[^<]*<\/mark>/g)).toHaveLength(2);
  });

  it("flags a draft without a follow-up part: every measure skipped", () => {
    const page = compareToHtml(report([read("three-a.txt"), read("followup-last-year.txt")], 1));
    const part = page.slice(page.indexOf('<h2 id="followup">'));
    expect(part).toContain("未找到“上次整改落实情况”部分");
    expect(part.match(/class="measure skipped"/g)).toHaveLength(6);
    expect(part).not.toContain("measure reported");
  });
});

import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { findStructure, findTitleAndSignature } from "../../../src/core/structure/parts";
import { buildOutline } from "../../../src/core/outline/build";
import { suggestTemplate, suggestTemplateWithReason, templateFitsYear, templateYear } from "../../../src/core/checklist/checklist";
import { customTemplate } from "../../../src/core/checklist/custom";
import { findDraftYear, yearsIn } from "../../../src/core/structure/year";
import { findTemplate, MEETING_TEMPLATES } from "../../../src/data/templates";
import type { Paragraphs } from "../../../src/core/types";

const doc = (lines: string[]) => paragraphsFromText(lines.join("\n"));

function suggest(ps: Paragraphs, templates = MEETING_TEMPLATES) {
  const head = findTitleAndSignature(ps);
  const outline = buildOutline(ps, new Set([...head.title, ...head.signature, ...head.skipped]));
  const s = findStructure(ps, outline, head);
  return suggestTemplateWithReason(ps, s, templates);
}

/** Problem groups in the six 主题教育 aspects (理论学习…廉洁自律). */
const LIUGE_BODY = [
  "一、存在的突出问题",
  "（一）理论学习方面。一是学得不深。",
  "（二）政治素质方面。一是站位不高。",
  "（三）能力本领方面。一是本领不足。",
  "（四）担当作为方面。一是担当不够。",
  "（五）工作作风方面。一是作风不实。",
  "（六）廉洁自律方面。一是要求不严。",
  "二、问题产生的原因",
  "一是理想信念有所弱化。",
  "三、整改措施",
  "一是每月集中学习一次。",
];

describe("the year a draft is for", () => {
  it("reads Arabic, full-width, Chinese and placeholder years", () => {
    expect(yearsIn("2022年度民主生活会").map((y) => [y.year, y.annual])).toEqual([[2022, true]]);
    expect(yearsIn("２０２４年度组织生活会")[0].year).toBe(2024);
    expect(yearsIn("二〇二三年度专题民主生活会")[0].year).toBe(2023);
    expect(yearsIn("202X年度民主生活会")[0]).toMatchObject({ year: null, placeholder: true });
    expect(yearsIn("20XX年组织生活会")[0]).toMatchObject({ year: null, placeholder: true, annual: false });
    expect(yearsIn("12023年")).toEqual([]);
  });

  it("takes the title's year first, then the preamble's year of the meeting, not a year it mentions", () => {
    const withTitle = doc(["2022年度民主生活会对照检查材料", "根据县委关于召开2023年度民主生活会的通知要求，现将对照检查情况报告如下：", ...LIUGE_BODY]);
    const s1 = findStructure(withTitle, buildOutline(withTitle), findTitleAndSignature(withTitle));
    expect(findDraftYear(withTitle, s1.parts)).toMatchObject({ year: 2022, where: "title", paragraph: 0 });

    const inPreamble = doc(["对照检查材料", "截至2024年底，我县完成项目十二个。根据县委关于召开2023年度专题民主生活会的通知要求，现将对照检查情况报告如下：", ...LIUGE_BODY]);
    const s2 = findStructure(inPreamble, buildOutline(inPreamble), findTitleAndSignature(inPreamble));
    expect(findDraftYear(inPreamble, s2.parts)).toMatchObject({ year: 2023, annual: true, where: "preamble" });
  });

  it("the year of each shipped type", () => {
    expect(templateYear(findTemplate("2023-zhuti-liuge")!)).toBe(2023);
    expect(templateYear(findTemplate("2024-niandu-sige-daitou")!)).toBe(2024);
    expect(templateYear(findTemplate("2019-buwang-chuxin")!)).toBe(2019);
    expect(templateYear(findTemplate("zuzhi-dangyuan")!)).toBeNull();
    expect(templateYear(findTemplate("xunshi-zhenggai")!)).toBeNull();
    expect(templateYear(customTemplate({ id: "c1", name: "2022年度本单位清单", aspects: ["理论学习"] }))).toBe(2022);
  });

  it("年度 fits its own year; a bare 年 also the year before (a 2023年度 meeting is held in 2024)", () => {
    const liuge = findTemplate("2023-zhuti-liuge")!;
    expect(templateFitsYear(liuge, { year: 2023, annual: true, placeholder: false })).toBe(true);
    expect(templateFitsYear(liuge, { year: 2024, annual: true, placeholder: false })).toBe(false);
    expect(templateFitsYear(liuge, { year: 2024, annual: false, placeholder: false })).toBe(true);
    expect(templateFitsYear(liuge, { year: 2022, annual: false, placeholder: false })).toBe(false);
    expect(templateFitsYear(liuge, { year: null, annual: true, placeholder: true })).toBe(false);
    expect(templateFitsYear(findTemplate("zuzhi-dangyuan")!, { year: null, annual: true, placeholder: true })).toBe(true);
    expect(templateFitsYear(liuge, null)).toBe(true);
  });
});

describe("suggesting a meeting type by year", () => {
  it("2023年度 with the six aspects: the 2023 type", () => {
    const s = suggest(doc(["2023年度主题教育专题民主生活会对照检查材料", "现将对照检查情况报告如下：", ...LIUGE_BODY]));
    expect(s).toMatchObject({ template: { id: "2023-zhuti-liuge" }, year: { year: 2023 } });
  });

  it("2022年度 with the same aspects: no type, because none is of 2022", () => {
    const ps = doc(["县司法局领导班子2022年度民主生活会对照检查材料", "现将对照检查情况报告如下：", ...LIUGE_BODY]);
    const s = suggest(ps);
    expect(s).toMatchObject({ template: null, reason: "year-unmatched", year: { year: 2022, text: "2022年度" }, closest: { id: "2023-zhuti-liuge" } });
    // The compatible function says nothing, and analyze therefore builds no checklist.
    const head = findTitleAndSignature(ps);
    expect(suggestTemplate(ps, findStructure(ps, buildOutline(ps, new Set(head.title)), head), MEETING_TEMPLATES)).toBeNull();
    expect(analyze(ps).checklist).toBeNull();
  });

  it("a year in the preamble counts too", () => {
    const s = suggest(doc(["对照检查材料", "根据县委关于召开2021年度民主生活会的通知，现将对照检查情况报告如下：", ...LIUGE_BODY]));
    expect(s).toMatchObject({ template: null, reason: "year-unmatched", year: { year: 2021, where: "preamble" } });
  });

  it("202X: no type with a year, and the reason says the year is a placeholder", () => {
    const s = suggest(doc(["202X年度民主生活会个人对照检查材料", "现将对照检查情况报告如下：", ...LIUGE_BODY]));
    expect(s).toMatchObject({ template: null, reason: "year-placeholder", year: { placeholder: true, text: "202X年度" } });
  });

  it("202X for a type of any year (巡视整改) still suggests it", () => {
    const s = suggest(
      doc([
        "202X年巡视整改专题民主生活会对照检查材料",
        "按照县委要求，聚焦巡视反馈意见，现将对照检查情况报告如下：",
        "一、存在问题",
        "（一）在落实巡视反馈意见方面。一是整改不彻底。",
        "二、原因剖析",
        "一是政治站位不高。",
        "三、整改措施",
        "一是逐条销号。",
      ]),
    );
    expect(s).toMatchObject({ template: { id: "xunshi-zhenggai" } });
  });

  it("2024年度 四个带头 is suggested as before", () => {
    const s = suggest(
      doc([
        "2024年度民主生活会对照检查材料",
        "围绕“四个带头”查摆问题，现将对照检查情况报告如下：",
        "一、存在的问题",
        "（一）带头严守政治纪律和政治规矩方面。一是不够严。",
        "二、原因剖析",
        "一是党性修养有所放松。",
        "三、整改措施",
        "一是严守纪律。",
      ]),
    );
    expect(s).toMatchObject({ template: { id: "2024-niandu-sige-daitou" }, year: { year: 2024 } });
  });

  it("a 民主生活会 draft is never given a 组织生活会 type", () => {
    const s = suggest(
      doc([
        "2022年度民主生活会对照检查材料",
        "现将对照检查情况报告如下：",
        "一、存在的问题",
        "（一）政治信仰方面。一是不够坚定。",
        "（二）党员意识方面。一是身份意识淡化。",
        "二、原因剖析",
        "一是放松学习。",
        "三、整改措施",
        "一是加强学习。",
      ]),
    );
    expect(s?.template?.meeting).not.toBe("zuzhi");
  });

  it("a 2022年度 组织生活会 draft gets the 组织生活会 type, which has no year", () => {
    const s = suggest(
      doc([
        "2022年度组织生活会个人对照检查材料",
        "对照党员义务，从政治信仰、党员意识等方面查摆。现将对照检查情况报告如下：",
        "一、存在的问题",
        "（一）政治信仰方面。一是不够坚定。",
        "（二）党员意识方面。一是身份意识淡化。",
        "二、原因剖析",
        "一是放松学习。",
        "三、整改措施",
        "一是加强学习。",
      ]),
    );
    expect(s).toMatchObject({ template: { id: "zuzhi-dangyuan" }, year: { year: 2022 } });
  });
});

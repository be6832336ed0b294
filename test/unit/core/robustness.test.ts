import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";

const doc = (text: string) => analyze(paragraphsFromText(text));

describe("inputs that are not a tidy material", () => {
  it("empty input", () => {
    for (const a of [analyze([]), doc(""), doc("\n\n  \n")]) {
      expect(a.kind).toBe("unknown");
      expect(a.kindReason).toContain("空");
      expect(a.parts).toEqual([]);
      expect(a.outline).toEqual([]);
    }
  });

  it("one paragraph", () => {
    const a = doc("今天天气很好，我们去公园散步。");
    expect(a.kind).toBe("unknown");
    expect(a.kindReason).toMatch(/没有找到/);
  });

  it("text without any numbering", () => {
    const a = doc(Array.from({ length: 30 }, (_, i) => `这是第${i}段普通的文字，没有任何序号。`).join("\n"));
    expect(a.kind).toBe("unknown");
    expect(a.outline).toEqual([]);
  });

  it("binary junk", () => {
    let junk = "";
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 0xffff);
    }
    const a = doc(junk);
    expect(a.kind).toBe("unknown");
  });

  it("only headings", () => {
    const a = doc("一、存在的主要问题\n二、问题产生的原因\n三、整改措施");
    expect(a.parts.map((p) => p.role)).toEqual(["problems", "causes", "measures"]);
    expect(a.kind).toBe("material");
    expect(a.items).toEqual([]);
  });

  it("tables: paragraphs in cells are read but never taken for part headings", () => {
    const a = analyze([
      { text: "某局党组班子对照检查材料" },
      { text: "存在问题", inTable: true },
      { text: "整改措施", inTable: true },
      { text: "正文一段。" },
    ]);
    expect(a.parts.some((p) => p.role === "problems")).toBe(false);
  });

  // 1 MB of nothing but headings: far denser than any draft. Not a speed test (npm run bench
  // measures speed): the generous timeout only keeps a loaded CI machine from failing it.
  it("1 MB of text is read whole", { timeout: 30_000 }, () => {
    const unit = "一、存在的问题\n（一）理论学习方面。一是学得不深。二是用得不够。\n二、原因分析\n一是理想信念有所松懈。\n三、整改措施\n（一）加强学习。每月集中学习一次。\n";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = doc(text);
    expect(a.characters).toBeGreaterThan(900_000);
    expect(a.outline.length).toBeGreaterThan(1000);
  });

  it("Markdown remnants and ASCII brackets", () => {
    const a = doc("# 个人对照检查材料\n\n**一、存在问题**\n(一)理论学习方面。一是学得浅。二是悟得不透。\n**二、原因剖析**\n一是放松了学习。\n**三、整改措施**\n(一)加强学习。");
    expect(a.title?.text).toBe("个人对照检查材料");
    expect(a.parts.map((p) => p.role)).toEqual(["title", "problems", "causes", "measures"]);
    expect(a.parts[1].heading).toBe("一、存在问题");
    expect(a.items.filter((i) => i.part === "problems").map((i) => [i.title, i.children])).toEqual([["理论学习方面", 2]]);
  });

  it("Word list numbers and heading styles without numbers in the text", () => {
    const a = analyze([
      { text: "2025年度民主生活会个人对照检查材料" },
      { text: "按照要求，现将对照检查情况报告如下：" },
      { text: "存在的突出问题", listString: "一、", style: "Heading 1" },
      { text: "在带头强化政治忠诚、提高政治能力方面", listString: "（一）" },
      { text: "一是学习不够深。二是站位不够高。" },
      { text: "产生问题的原因", style: "Heading 1", outlineLevel: 1 },
      { text: "理想信念有所弱化。" },
      { text: "整改措施", listString: "三、", style: "Heading 1" },
      { text: "加强理论武装", listString: "（一）" },
    ]);
    expect(a.parts.map((p) => [p.role, p.heading])).toEqual([
      ["title", null],
      ["preamble", null],
      ["problems", "一、存在的突出问题"],
      ["causes", "产生问题的原因"],
      ["measures", "三、整改措施"],
    ]);
    const aspect = a.outline[0].children[0];
    expect(aspect).toMatchObject({ label: "（一）", fromList: true, title: "在带头强化政治忠诚、提高政治能力方面" });
    expect(aspect.children.map((c) => c.label)).toEqual(["一是", "二是"]);
  });
});

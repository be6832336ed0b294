import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { joinBrokenLines, lineWidth, realParagraphs, realRanges, toLogical, toReal, type JoinedLines } from "../../../src/core/text/lines";
import { mapAnalysisToReal } from "../../../src/core/text/mapBack";
import type { SourceParagraph } from "../../../src/core/types";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

const lines = (...ls: string[]) => ls.map((text) => ({ text }));
const texts = (j: JoinedLines) => j.paragraphs.map((p) => p.text);
const joinedAt = (j: JoinedLines) => j.breaks.map((b) => b.paragraph);

/** A body paragraph printed 20 characters to a line, as a PDF gives it. */
const PRINTED = [
  "我在会前认真学习了党章和有关条例，并与分管",
  "部门的负责同志逐一谈心谈话，听取了他们对我",
  "的意见和建议，共梳理出问题八条。",
];
/** Another one, whose lines end after a comma (clear breaks). */
const PRINTED_2 = ["对照“四个带头”的要求，", "我坚持把自己摆进去，", "逐项查找了差距。"];

describe("joining lines broken inside a sentence", () => {
  it("a title broken in the middle of a word is one title", () => {
    const j = joinBrokenLines(lines("县档案馆2024年度组织生活会个人对", "照检查材料", "赵某某", "按照支部安排，我认真查摆了问题。"));
    expect(texts(j)).toEqual(["县档案馆2024年度组织生活会个人对照检查材料", "赵某某", "按照支部安排，我认真查摆了问题。"]);
    expect(j.breaks).toEqual([{ paragraph: 0, offset: 18, next: 1, nextOffset: 0, logical: 0, at: 18, reason: "split-word", glue: "" }]);
  });

  it("a title set on two lines at a word boundary stays as written (the title reader joins it)", () => {
    const j = joinBrokenLines(lines("张某某在2024年度民主生活会上的", "个人对照检查材料", "按照县委安排，我认真查摆了问题。"));
    expect(j.breaks).toEqual([]);
  });

  it("title, 署名 and preamble are not run together", () => {
    const j = joinBrokenLines(lines("县水务局局长2024年度民主生活会对照检查材料", "县委常委、副县长 钱某某", "按照县委安排，我认真查摆了问题。"));
    expect(j.breaks).toEqual([]);
    expect(j.paragraphs).toBe(j.source); // nothing joined: the same paragraphs
  });

  it("a paragraph printed line by line is one paragraph", () => {
    const j = joinBrokenLines(lines("个人对照检查材料", ...PRINTED, ...PRINTED_2, "一、存在的主要问题"));
    expect(texts(j)).toEqual(["个人对照检查材料", PRINTED.join(""), PRINTED_2.join(""), "一、存在的主要问题"]);
    expect(j.breaks.map((b) => [b.paragraph, b.reason])).toEqual([
      [1, "mid-sentence"],
      [2, "mid-sentence"],
      [4, "open-end"],
      [5, "open-end"],
    ]);
    expect(j.logicalOf).toEqual([0, 1, 1, 1, 2, 2, 2, 3]);
  });

  it("a line that merely lacks its full stop is joined only in a text with other clear breaks", () => {
    // A paragraph whose writer forgot the full stop, in a text without other breaks: two paragraphs.
    const alone = lines("个人对照检查材料", "现将对照检查情况报告如下：", "我在会前认真学习了党章和有关条例并逐一谈心谈话", "对照“四个带头”的要求，我逐项查找了差距。");
    expect(joinBrokenLines(alone).breaks).toEqual([]);
    expect(joinedAt(joinBrokenLines([...alone, ...lines(...PRINTED_2)]))).toEqual([2, 4, 5]);
  });

  it("a heading without a full stop is not glued to its body", () => {
    for (const heading of ["（一）理论学习方面", "1．政治信仰方面", "存在的主要问题", "二、问题产生的原因", "今后的努力方向", "（二）在带头增强党性、严守纪律、砥砺作风方面"]) {
      const j = joinBrokenLines(lines("个人对照检查材料", heading, "自己学习党的创新理论不够系统，满足于完成规定任务。"));
      expect(j.breaks, heading).toEqual([]);
    }
  });

  it("a line is not joined to one that starts a number, an item, a bullet, a closing or a date", () => {
    for (const next of [
      "一、存在的主要问题",
      "（二）政治素质方面",
      "2.学用结合不够",
      "(3)调查研究不深",
      "②落实不到位",
      "二是学用结合不够紧密，满足于完成任务。",
      "第二，宗旨意识有所淡化。",
      "其次，担当精神不足。",
      "• 每月集中学习一次",
      "以上是我的对照检查，请批评指正。",
      "2025年1月8日",
      "目录",
    ]) {
      const j = joinBrokenLines(lines("个人对照检查材料", "我在会前认真学习了党章和有关条例并与分管部门的负责同志逐一谈心", next));
      expect(j.breaks, next).toEqual([]);
    }
  });

  it("a line that starts with punctuation, or ends with a comma or a joining word, goes on", () => {
    expect(joinedAt(joinBrokenLines(lines("个人对照检查材料", "对照“四个带头”要求", "，我深入查摆了问题。")))).toEqual([1]);
    expect(joinBrokenLines(lines("个人对照检查材料", "我认真学习了党章，", "重温了入党誓词。")).breaks[0].reason).toBe("open-end");
    expect(joinBrokenLines(lines("个人对照检查材料", "我认真学习了党章和", "《中国共产党纪律处分条例》。")).breaks[0].reason).toBe("open-end");
    expect(joinBrokenLines(lines("个人对照检查材料", "我认真学习了（", "2024年修订）。")).breaks[0].reason).toBe("open-end");
  });

  it("a word or a number split across the lines", () => {
    const j = joinBrokenLines(lines("个人对照检查材料", "今年我县共投入资金20", "24万元。", "在全面从严", "治党方面。"));
    expect(texts(j).slice(1)).toEqual(["今年我县共投入资金2024万元。", "在全面从严治党方面。"]);
    expect(j.breaks.map((b) => b.reason)).toEqual(["split-word", "split-word"]);
  });

  it("a numbered heading whose last word went to the next line", () => {
    const j = joinBrokenLines(lines("个人对照检查材料", "二、对照“四个带头”查摆的突出问", "题", "（一）带头严守政治纪律和政治规矩，", "维护党的团结统一方面", "（二）在带头增强党性", "严守纪律方面"));
    expect(texts(j).slice(1)).toEqual(["二、对照“四个带头”查摆的突出问题", "（一）带头严守政治纪律和政治规矩，维护党的团结统一方面", "（二）在带头增强党性严守纪律方面"]);
    expect(j.breaks.map((b) => b.reason)).toEqual(["split-word", "open-end", "heading"]);
  });

  it("lines in a table or a Word list, headings by style, or of different styles are never joined", () => {
    const long = "我在会前认真学习了党章和有关条例并与分管部门的负责同志逐一谈心";
    const cases: SourceParagraph[][] = [
      [{ text: long, inTable: true }, { text: "谈话，听取意见。", inTable: true }],
      [{ text: long, listString: "1." }, { text: "谈话，听取意见。" }],
      [{ text: long, style: "Heading 2" }, { text: "谈话，听取意见。" }],
      [{ text: long, style: "Normal" }, { text: "谈话，听取意见。", style: "Title" }],
    ];
    for (const ps of cases) expect(joinBrokenLines([{ text: "个人对照检查材料" }, ...ps]).breaks).toEqual([]);
  });

  it("two whole paragraphs, one without its full stop, are not one (the text is not printed lines)", () => {
    const a = "我在会前认真学习了党章和有关条例，并与分管部门的负责同志逐一谈心谈话，听取了他们对我的意见和建议，共梳理出问题八条，已全部列入个人问题清单并逐条制定整改措施";
    const b = "对照“四个带头”的要求，我坚持把自己摆进去、把职责摆进去、把工作摆进去，逐项查找差距和不足，深入剖析问题产生的思想根源。";
    expect(joinBrokenLines(lines("个人对照检查材料", a, b)).breaks).toEqual([]);
  });

  it("a closing without its full stop is not run into the name and date after it", () => {
    const j = joinBrokenLines(lines("个人对照检查材料", "以上是我的个人对照检查，请各位同志批评指正", "孙某某", "2025年1月8日"));
    expect(j.breaks).toEqual([]);
  });

  it("blank lines, page footers and banner lines are not joined across", () => {
    expect(joinBrokenLines(lines("个人对照检查材料", PRINTED[0], "", PRINTED[1])).breaks).toEqual([]);
    expect(joinBrokenLines(lines("个人对照检查材料", PRINTED[0], "- 2 -", PRINTED[1])).breaks).toEqual([]);
    expect(joinBrokenLines(lines("个人对照检查材料", PRINTED[0], "阅读量：356", PRINTED[1])).breaks).toEqual([]);
  });

  it("where the text has a print width, a numbered line as wide as the others is a printed line", () => {
    // Printed 20 to a line: the numbered first line of an item runs on; a short numbered heading does not.
    const ps = lines(
      "个人对照检查材料",
      "（一）理论学习方面",
      "1.学习的系统性还不够平时学习多是围绕手头工",
      "作找相关论述，跟进学、碎片学多，整体把握、",
      "贯通理解少，对新发展格局的篇目只读了两篇，",
      "其余篇目至今没有完整读完。",
      "2.学用转化不够充分",
      "满足于在中心组发言时讲得出体会，回到工作中",
      "用理论分析县情的功夫下得不深。",
    );
    const j = joinBrokenLines(ps);
    expect(joinedAt(j)).toEqual([2, 3, 4, 7]);
    expect(j.breaks[0].reason).toBe("mid-sentence");
  });

  it("a list of items written without full stops is not a printed paragraph, even in a text with breaks", () => {
    const ps = lines(
      "个人对照检查材料",
      "现将对照检查情况报告如下：",
      ...PRINTED_2,
      "三、整改措施",
      "每月集中学习一次党的创新理论并撰写心得",
      "每季度到联系点开展一次蹲点调研形成报告",
      "年底前完成分管领域廉政风险点排查工作",
      "每半年与分管股室负责人开展一次廉政谈话",
      "以上是我的对照检查，请批评指正。",
    );
    expect(joinedAt(joinBrokenLines(ps))).toEqual([2, 3]);
    // Items with commas inside, as wide as each other, are no printed lines either.
    const withCommas = lines(
      "个人对照检查材料",
      "现将对照检查情况报告如下：",
      ...PRINTED_2,
      "三、整改措施",
      "每月集中学习一次党的创新理论，撰写心得",
      "每季度到联系点开展一次调研，形成报告",
      "年底前完成分管领域廉政风险点排查，建立台账",
      "每半年与分管股室负责人开展一次廉政谈话，做好记录",
      "以上是我的对照检查，请批评指正。",
    );
    expect(joinedAt(joinBrokenLines(withCommas))).toEqual([2, 3]);
  });

  it("spaces around a break are dropped, and two Latin words keep one space", () => {
    const j = joinBrokenLines(lines("个人对照检查材料", "现将对照检查情况报告如下：", "　　这份对照检查材料是我在会前用 Microsoft  ", "  Word 编写的，已分发给各位同志。", ...PRINTED_2));
    expect(texts(j)[2]).toBe("　　这份对照检查材料是我在会前用 Microsoft Word 编写的，已分发给各位同志。");
    expect(j.breaks[0]).toMatchObject({ paragraph: 2, offset: 26, next: 3, nextOffset: 2, glue: " ", at: 26 });
  });

  it("is done once: joined paragraphs have no breaks left", () => {
    const j = joinBrokenLines(lines("县档案馆2024年度组织生活会个人对", "照检查材料", "赵某某", ...PRINTED, ...PRINTED_2, "一、存在的主要问题"));
    expect(j.breaks).toHaveLength(5);
    expect(joinBrokenLines(j.paragraphs).breaks).toEqual([]);
  });

  it("words of a meeting type can be added", () => {
    const ps = lines("个人对照检查材料", "（三）在带头固本", "培元、增强党性上还有差距。一是学得不深。");
    expect(joinBrokenLines(ps).breaks).toEqual([]);
    expect(joinedAt(joinBrokenLines(ps, { words: ["固本培元"] }))).toEqual([1]);
  });

  it("measures printed width: Chinese 1, ASCII ½", () => {
    expect(lineWidth("对照检查")).toBe(4);
    expect(lineWidth("2024年")).toBe(3);
  });
});

describe("positions in joined paragraphs", () => {
  // Real: 0 title, 1 "  甲乙丙，" (two leading spaces), 2 " 丁戊己， " (spaces both sides), 3 "庚。", 4 a heading
  const source = lines("个人对照检查材料", "  甲乙丙，", " 丁戊己， ", "庚。", "一、存在的主要问题");
  const j = joinBrokenLines(source);

  it("joins what it should", () => {
    expect(texts(j)).toEqual(["个人对照检查材料", "  甲乙丙，丁戊己，庚。", "一、存在的主要问题"]);
    expect(j.segments[1]).toEqual([
      { at: 0, paragraph: 1, start: 0, end: 6 },
      { at: 6, paragraph: 2, start: 1, end: 5 },
      { at: 10, paragraph: 3, start: 0, end: 2 },
    ]);
    expect(j.breaks.map((b) => [b.paragraph, b.offset, b.next, b.nextOffset, b.at])).toEqual([
      [1, 6, 2, 1, 6],
      [2, 5, 3, 0, 10],
    ]);
  });

  it("every character maps to the same character in the real text, and back", () => {
    const logical = j.paragraphs[1].text;
    for (let k = 0; k < logical.length; k++) {
      const r = toReal(j, 1, k);
      expect(source[r.paragraph].text[r.offset], `offset ${k}`).toBe(logical[k]);
      expect(toLogical(j, r.paragraph, r.offset)).toEqual({ paragraph: 1, offset: k });
    }
  });

  it("at a break, start goes to the next line and end to the line before", () => {
    expect(toReal(j, 1, 6, "start")).toEqual({ paragraph: 2, offset: 1 });
    expect(toReal(j, 1, 6, "end")).toEqual({ paragraph: 1, offset: 6 });
    expect(toReal(j, 1, 0, "end")).toEqual({ paragraph: 1, offset: 0 });
    expect(toReal(j, 1, 12)).toEqual({ paragraph: 3, offset: 2 }); // the end of the paragraph
    expect(toReal(j, 0, 3)).toEqual({ paragraph: 0, offset: 3 });
    expect(toReal(j, 2, 2)).toEqual({ paragraph: 4, offset: 2 });
  });

  it("a position in dropped spaces goes to the nearest kept character", () => {
    expect(toLogical(j, 2, 0)).toEqual({ paragraph: 1, offset: 6 });
    expect(toLogical(j, 2, 5)).toEqual({ paragraph: 1, offset: 10 });
    expect(toLogical(j, 2, 6)).toEqual({ paragraph: 1, offset: 10 });
  });

  it("a range over a break is a range in each real line", () => {
    // "丙，丁戊己，庚" = logical [4, 11)
    expect(realRanges(j, 1, 4, 11)).toEqual([
      { paragraph: 1, start: 4, end: 6 },
      { paragraph: 2, start: 1, end: 5 },
      { paragraph: 3, start: 0, end: 1 },
    ]);
    expect(realRanges(j, 1, 7, 8)).toEqual([{ paragraph: 2, start: 2, end: 3 }]);
    expect(realRanges(j, 1, 6, 6)).toEqual([{ paragraph: 2, start: 1, end: 1 }]);
    expect(realRanges(j, 2, 0, 2)).toEqual([{ paragraph: 4, start: 0, end: 2 }]);
  });

  it("the real paragraphs of a logical one", () => {
    expect(realParagraphs(j, 1)).toEqual({ first: 1, last: 3 });
    expect(realParagraphs(j, 2)).toEqual({ first: 4, last: 4 });
  });

  it("a Latin glue space maps to the lines around it", () => {
    const g = joinBrokenLines(lines("个人对照检查材料", "现将对照检查情况报告如下：", "这份对照检查材料是我们使用Microsoft", "Word编写的，并反复修改。", ...PRINTED_2));
    expect(joinedAt(g)).toEqual([2, 4, 5]);
    const t = g.paragraphs[2].text;
    expect(t).toBe("这份对照检查材料是我们使用Microsoft Word编写的，并反复修改。");
    const space = t.indexOf(" ");
    expect(toReal(g, 2, space, "start")).toEqual({ paragraph: 3, offset: 0 });
    expect(toReal(g, 2, space + 1, "end")).toEqual({ paragraph: 2, offset: 22 });
    expect(realRanges(g, 2, space - 4, space + 5)).toEqual([
      { paragraph: 2, start: 18, end: 22 },
      { paragraph: 3, start: 0, end: 4 },
    ]);
  });
});

describe("an analysis of joined lines, told in the real ones", () => {
  const text = [
    "县档案馆2024年度组织生活会个人对",
    "照检查材料",
    "按照支部安排，我认真学习了党章和党纪处分条例，",
    "对照党员标准查摆了问题。现将对照检查情况报告如下：",
    "一、存在的主要问题",
    "（一）理论学习方面。一是我学得不深，满足于读文件，",
    "没有系统学习原著。二是我用得不够。",
    "二、问题产生的原因",
    "一是我放松了理论学习。",
    "三、整改措施",
    "一是每月集中自学两次。",
  ].join("\n");
  const source = paragraphsFromText(text);
  const j = joinBrokenLines(source);
  const a = mapAnalysisToReal(analyze(j.paragraphs), j);

  it("parts, items and the title point at real lines", () => {
    expect(joinedAt(j)).toEqual([0, 2, 5]);
    expect(a.title).toEqual({ paragraph: 0, text: "县档案馆2024年度组织生活会个人对照检查材料" });
    expect(a.parts.map((p) => [p.role, p.paragraph, p.first, p.last])).toEqual([
      ["title", 0, 0, 1],
      ["preamble", 2, 2, 3],
      ["problems", 4, 4, 6],
      ["causes", 7, 7, 8],
      ["measures", 9, 9, 10],
    ]);
    expect(a.items.find((i) => i.part === "problems")).toMatchObject({ paragraph: 5, lastParagraph: 6, children: 2 });
    expect(a.paragraphCount).toBe(source.length);
  });

  it("outline offsets are real offsets: a run-on item after the break is in the second line", () => {
    const group = a.outline[0].children[0];
    expect(group).toMatchObject({ paragraph: 5, lastParagraph: 6 });
    expect(source[5].text.slice(group.start, group.start + 3)).toBe("（一）");
    expect(source[5].text.slice(group.titleStart, group.titleEnd)).toBe("理论学习方面");
    const [one, two] = group.children;
    expect(one.paragraph).toBe(5);
    expect(source[5].text.slice(one.start, one.start + 2)).toBe("一是");
    expect(two.paragraph).toBe(6);
    expect(source[6].text.slice(two.start, two.start + 2)).toBe("二是");
  });

  it("without breaks the analysis is returned as it is", () => {
    const plain = paragraphsFromText("个人对照检查材料\n一、存在的主要问题");
    const pj = joinBrokenLines(plain);
    const pa = analyze(pj.paragraphs);
    expect(mapAnalysisToReal(pa, pj)).toBe(pa);
  });
});

describe.skipIf(!hasCorpus)(`real materials have no hard breaks to join (${hasCorpus ? "corpus" : CORPUS_SKIP_REASON})`, () => {
  for (const id of ["000", "002", "003", "004"]) {
    it(id, () => expect(joinBrokenLines(corpus(id)).breaks).toEqual([]));
  }
});

import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { planAspectInsertion, planPartInsertion, planRenumber, planSkeleton } from "../../../src/core/checklist/plan";
import { customTemplate, withWriterAspects } from "../../../src/core/checklist/custom";
import { findTemplate, MEETING_TEMPLATES } from "../../../src/data/templates";
import type { SourceParagraph } from "../../../src/core/types";
import type { NewParagraph, ParagraphAnchor, TextEdit } from "../../../src/core/edits";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

/** Apply an insertion the way a host does, to a copy. */
function insert(ps: SourceParagraph[], anchor: ParagraphAnchor, add: NewParagraph[]): SourceParagraph[] {
  const at = anchor.location === "End" ? ps.length : anchor.location === "Before" ? anchor.paragraph : anchor.paragraph + 1;
  return [...ps.slice(0, at), ...add.map((p) => ({ text: p.text })), ...ps.slice(at)];
}
function replace(ps: SourceParagraph[], edits: TextEdit[]): SourceParagraph[] {
  const out = ps.map((p) => ({ ...p }));
  for (const e of edits) {
    const t = out[e.paragraph].text;
    expect(t.slice(e.start, e.end)).toBe(e.expected);
    out[e.paragraph].text = t.slice(0, e.start) + e.replacement + t.slice(e.end);
  }
  return out;
}

const LIUGE = findTemplate("2023-zhuti-liuge")!;

describe.skipIf(!hasCorpus)(`checklist on 004 (${hasCorpus ? "corpus" : CORPUS_SKIP_REASON})`, () => {
  it("recognises the 2023 六个方面 type and finds all six aspects", () => {
    const a = analyze(corpus("004"));
    expect(a.checklist?.template).toBe("2023-zhuti-liuge");
    expect(a.checklist?.suggested).toBe(true);
    expect(a.checklist?.aspects.map((x) => [x.name, x.status])).toEqual(
      ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"].map((n) => [n, "present"]),
    );
    expect(a.checklist?.parts.every((p) => p.status === "present")).toBe(true);
    expect(a.checklist?.voice.mismatch).toBe(false);
    expect(a.checklist!.balance.share!).toBeGreaterThan(0.5);
  });

  it("with the 工作作风 group deleted: missing, and inserting puts it back between 担当作为 and 廉洁自律", () => {
    const ps = corpus("004").filter((p) => !p.text.startsWith("（五）工作作风方面"));
    const a = analyze(ps, { template: "2023-zhuti-liuge" });
    const zuofeng = a.checklist!.aspects.find((x) => x.name === "工作作风")!;
    expect(zuofeng.status).not.toBe("present");

    const plan = planAspectInsertion(ps, a, LIUGE, zuofeng.id);
    if ("error" in plan) throw new Error(plan.error);
    expect(plan.where).toContain("担当作为");
    expect(plan.paragraphs[0].text).toBe("（五）工作作风方面。");
    const after = insert(ps, plan.anchor, plan.paragraphs);
    const b = analyze(after, { template: "2023-zhuti-liuge" });
    expect(b.checklist!.aspects.every((x) => x.status === "present")).toBe(true);
    const titles = b.items.filter((i) => i.part === "problems").map((i) => i.title);
    expect(titles.indexOf("工作作风方面")).toBe(titles.indexOf("担当作为方面") + 1);
    expect(planRenumber(after, b)).toEqual([]); // （六）廉洁自律 was already sixth
  });

  it("offers to renumber the headings after an inserted one", () => {
    // A draft whose numbers were closed up after the deletion: 廉洁自律 became （五）.
    const ps = corpus("004")
      .filter((p) => !p.text.startsWith("（五）工作作风方面"))
      .map((p) => (p.text.startsWith("（六）廉洁自律") ? { text: p.text.replace("（六）", "（五）") } : p));
    const a = analyze(ps, { template: "2023-zhuti-liuge" });
    const plan = planAspectInsertion(ps, a, LIUGE, "gongzuo-zuofeng");
    if ("error" in plan) throw new Error(plan.error);
    const after = insert(ps, plan.anchor, plan.paragraphs);
    const edits = planRenumber(after, analyze(after));
    expect(edits.map((e) => [e.expected, e.replacement])).toEqual([["（五）", "（六）"]]);
    const fixed = replace(after, edits);
    const labels = analyze(fixed).outline[0].children.map((n) => n.label);
    expect(labels).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]);
  });
});

describe("skeletons read back whole", () => {
  const templates = MEETING_TEMPLATES.map((t) =>
    t.writerDefinesAspects ? withWriterAspects(t, ["巡视整改责任落实", "意识形态工作", "以案促改"]) : t,
  );
  templates.push(customTemplate({ id: "custom-1", name: "我的清单", aspects: ["调查研究", "服务基层"], withCase: true }));

  for (const t of templates) {
    it(t.id, () => {
      const ps = planSkeleton(t).map((p) => ({ text: p.text }));
      const a = analyze(ps, { template: t });
      expect(a.kind).toBe("material");
      expect(a.checklist!.parts.filter((p) => p.status !== "present")).toEqual([]);
      expect(a.checklist!.aspects.filter((x) => x.status !== "present").map((x) => x.name)).toEqual([]);
      expect(a.checklist!.aspects).toHaveLength(t.aspects.length);
      expect(a.parts.at(-1)?.role).toBe("closing");
    });
  }
});

describe("checklist details", () => {
  const draft = (lines: string[]) => paragraphsFromText(lines.join("\n"));

  it("an aspect mentioned only inside another group is reported as inside", () => {
    const a = analyze(
      draft([
        "2023年主题教育专题民主生活会个人对照检查材料",
        "一、存在的问题",
        "（一）理论学习方面。一是学得不深，对廉洁自律的要求也学得不够。二是用得不够。",
        "二、原因剖析",
        "一是理想信念有所松懈。",
        "三、整改措施",
        "一是每月集中学习一次。",
      ]),
      { template: "2023-zhuti-liuge" },
    );
    const lianjie = a.checklist!.aspects.find((x) => x.name === "廉洁自律")!;
    expect(lianjie).toMatchObject({ status: "inside", term: "廉洁自律", heading: "理论学习方面" });
    expect(a.checklist!.aspects.find((x) => x.name === "政治素质")!.status).toBe("missing");
    expect(a.checklist!.aspects.find((x) => x.name === "理论学习")!).toMatchObject({ status: "present", items: 2 });
  });

  it("warns when a personal material speaks as a team", () => {
    const a = analyze(
      draft([
        "个人对照检查材料",
        "一、存在的问题",
        "（一）理论学习方面。一是班子学习不深。二是有的班子成员学用脱节。三是班子研究理论不够。",
        "二、原因剖析",
        "一是班子理想信念有所松懈。",
        "三、整改措施",
        "一是每月集中学习一次。",
      ]),
      { template: "2023-zhuti-liuge" },
    );
    expect(a.checklist!.voice).toMatchObject({ expected: "personal", actual: "team", mismatch: true });
    expect(a.checklist!.voice.message).toContain("班子");
  });

  it("an unknown template id is an error that names the known ones", () => {
    expect(() => analyze(draft(["一、存在问题"]), { template: "nope" })).toThrow(/2023-zhuti-liuge/);
  });

  it("a missing aspect in a document without problem groups goes under the problems heading", () => {
    const ps = draft(["2024年度民主生活会对照检查材料", "一、存在的问题", "二、原因剖析", "三、整改措施"]);
    const a = analyze(ps, { template: "2024-niandu-sige-daitou" });
    const plan = planAspectInsertion(ps, a, findTemplate("2024-niandu-sige-daitou")!, a.checklist!.aspects[0].id);
    expect(plan).toMatchObject({ anchor: { paragraph: 1, location: "After" } });
    expect(a.checklist!.parts.find((p) => p.role === "case")!.status).toBe("missing");
  });
});

describe("inserting a missing part", () => {
  const T2024 = findTemplate("2024-niandu-sige-daitou")!;
  const lines = [
    "2024年度民主生活会个人对照检查材料",
    "按照要求，现将对照检查情况报告如下：",
    "一、存在的问题",
    "（一）带头严守政治纪律和政治规矩方面。一是学得不深。二是守得不严。",
    "二、问题产生的原因",
    "一是理想信念有所松懈。",
    "三、整改措施",
    "（一）每月集中学习一次。",
  ];

  it("puts 反面典型案例剖析 between problems and causes, and offers to renumber the parts after it", () => {
    const ps = paragraphsFromText(lines.join("\n"));
    const a = analyze(ps, { template: T2024 });
    expect(a.checklist!.parts.find((p) => p.role === "case")!.status).toBe("missing");
    const plan = planPartInsertion(ps, a, T2024, "case");
    if ("error" in plan) throw new Error(plan.error);
    expect(plan.where).toContain("存在的问题");
    expect(plan.paragraphs[0].text).toBe("二、反面典型案例剖析");
    const after = insert(ps, plan.anchor, plan.paragraphs);
    expect(after[4].text).toBe("二、反面典型案例剖析");
    const b = analyze(after, { template: T2024 });
    expect(b.checklist!.parts.every((p) => p.status === "present")).toBe(true);
    const edits = planRenumber(after, b);
    expect(edits.map((e) => [e.expected, e.replacement])).toEqual([
      ["二、", "三、"],
      ["三、", "四、"],
    ]);
    const fixed = analyze(replace(after, edits), { template: T2024 });
    expect(fixed.parts.filter((p) => p.heading).map((p) => p.heading)).toEqual([
      "一、存在的问题",
      "二、反面典型案例剖析",
      "三、问题产生的原因",
      "四、整改措施",
    ]);
  });

  it("a missing first part goes after the preamble", () => {
    const ps = paragraphsFromText([lines[0], lines[1], ...lines.slice(4)].join("\n"));
    const a = analyze(ps, { template: T2024 });
    const plan = planPartInsertion(ps, a, T2024, "problems");
    if ("error" in plan) throw new Error(plan.error);
    expect(plan.anchor).toEqual({ paragraph: 2, location: "Before" });
    expect(plan.paragraphs[0].text).toBe("一、存在的问题".replace("存在的问题", T2024.partHeadings.problems!));
  });
});

describe("skeleton into a document with a title", () => {
  it("keeps the writer's title and adds the rest", () => {
    const t = findTemplate("2025-niandu-wuge-daitou")!;
    const typed = [{ text: "张三2025年度民主生活会个人对照检查材料" }];
    const ps = [...typed, ...planSkeleton(t, { hasTitle: true }).map((p) => ({ text: p.text }))];
    const a = analyze(ps, { template: t });
    expect(a.title?.text).toBe(typed[0].text);
    expect(ps.filter((p) => p.text.includes("【单位】"))).toEqual([]);
    expect(a.checklist!.parts.every((p) => p.status === "present")).toBe(true);
  });
});

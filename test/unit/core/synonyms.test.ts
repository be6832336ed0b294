import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { aspectTerms, bestAspect, matchAspect } from "../../../src/core/checklist/checklist";
import { aspectsFromNames, customTemplate, withWriterAspects } from "../../../src/core/checklist/custom";
import { ASPECT_SYNONYMS } from "../../../src/data/aspectSynonyms";
import { findTemplate, MEETING_TEMPLATES } from "../../../src/data/templates";

const doc = (lines: string[]) => paragraphsFromText(lines.join("\n"));
const template = (id: string) => findTemplate(id)!;

describe("the synonym data", () => {
  it("has at least ten groups with unique ids and specific words", () => {
    expect(ASPECT_SYNONYMS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ASPECT_SYNONYMS.map((g) => g.id)).size).toBe(ASPECT_SYNONYMS.length);
    for (const g of ASPECT_SYNONYMS) {
      expect(g.words.length, g.id).toBeGreaterThanOrEqual(3);
      expect(new Set(g.words).size, g.id).toBe(g.words.length);
      for (const w of g.words) expect(w.length >= 3 || ["四风"].includes(w), `${g.id}: ${w}`).toBe(true);
    }
  });

  it("names the groups the brief asks for", () => {
    const group = (w: string) => ASPECT_SYNONYMS.find((g) => g.words.includes(w))!;
    expect(group("管党治党").words).toEqual(expect.arrayContaining(["全面从严治党", "两个责任", "主体责任"]));
    expect(group("廉洁自律").words).toEqual(expect.arrayContaining(["廉洁从政", "八项规定精神"]));
    expect(group("理论学习").words).toEqual(expect.arrayContaining(["理论武装"]));
  });

  // The rule test/unit/data/templates.test.ts checks for the terms, kept with their synonyms:
  // a word added to one aspect never stands in another aspect's heading or name of the list.
  for (const t of MEETING_TEMPLATES) {
    it(`${t.id}: no added word belongs to another aspect`, () => {
      for (const a of t.aspects) {
        for (const term of aspectTerms(a, t.aspects)) {
          for (const b of t.aspects.filter((x) => x !== a)) {
            expect(b.heading.includes(term) && !a.terms.includes(term), `${a.id} → ${term} in ${b.id}`).toBe(false);
            expect(b.terms.includes(term) && !a.terms.includes(term), `${a.id} → ${term} is ${b.id}'s`).toBe(false);
          }
        }
      }
    });
    it(`${t.id}: every aspect's own heading still finds it`, () => {
      for (const a of t.aspects) expect(bestAspect(a.heading, t.aspects)?.aspect.id, a.heading).toBe(a.id);
    });
  }
});

describe("a heading that uses a synonym counts for the aspect", () => {
  it.each([
    ["2024-niandu-sige-daitou", "（四）落实“两个责任”方面", "congyan-zhidang", "两个责任"],
    ["2025-niandu-wuge-daitou", "（五）在落实全面从严治党两个责任方面", "guandang-zhidang", "全面从严治党"],
    ["2023-niandu-zhuanti", "（二）在对党忠诚方面", "weihu-quanwei", "对党忠诚"],
    ["2023-zhuti-liuge", "（二）增强“四个意识”方面", "zhengzhi-suzhi", "四个意识"],
    ["2023-zhuti-liuge", "（六）廉洁用权方面", "lianjie-zilv", "廉洁用权"],
    ["2023-zhuti-liuge", "（一）学思践悟方面", "lilun-xuexi", "学思践悟"],
    ["2019-buwang-chuxin", "（三）坚持以人民为中心方面", "qunzhong", "以人民为中心"],
    ["zuzhi-dangyuan", "（六）形式主义官僚主义方面", "jilv-zuofeng", "形式主义"],
    ["zuzhi-dangyuan", "（一）理想信仰方面", "zhengzhi-xinyang", "理想信仰"],
  ])("%s: %s", (id, heading, aspect, term) => {
    expect(bestAspect(heading, template(id).aspects)).toMatchObject({ aspect: { id: aspect }, term });
  });

  it("matchAspect alone uses the synonyms too", () => {
    const aspect = template("2024-niandu-sige-daitou").aspects.find((a) => a.id === "congyan-zhidang")!;
    expect(matchAspect("落实两个责任不到位", aspect)).toBe("两个责任");
  });

  it("a group two aspects of one list both claim tells neither", () => {
    const aspects = aspectsFromNames(["全面从严治党", "主体责任落实"]);
    expect(aspectTerms(aspects[0], aspects)).toEqual(aspects[0].terms);
    expect(bestAspect("落实两个责任方面", aspects)).toBeNull();
  });

  it("the checklist finds a synonym heading present and a synonym in the text inside", () => {
    const a = analyze(
      doc([
        "2024年度民主生活会对照检查材料",
        "围绕“四个带头”查摆问题，现将对照检查情况报告如下：",
        "一、存在的问题",
        "（一）带头严守政治纪律和政治规矩方面。一是请示报告不及时。",
        "（二）带头增强党性、严守纪律、砥砺作风方面。一是纠治四风不彻底。",
        "（三）带头勇于担责、敢于创新方面。一是碰到难题绕着走，对“两个责任”抓得不紧。",
        "二、原因剖析",
        "一是党性修养有所放松。",
        "三、整改措施",
        "一是严守纪律。",
      ]),
    );
    const zhidang = a.checklist!.aspects.find((x) => x.id === "congyan-zhidang")!;
    expect(zhidang).toMatchObject({ status: "inside", term: "两个责任" });
  });
});

describe("aspects the writer types keep their names", () => {
  it("a typed aspect keeps its words and matches a synonym heading", () => {
    const t = withWriterAspects(template("xunshi-zhenggai"), ["（一）在落实管党治党责任方面", "2.意识形态工作"]);
    expect(t.aspects.map((x) => x.name)).toEqual(["落实管党治党责任", "意识形态工作"]);
    expect(t.aspects.map((x) => x.heading)).toEqual(["在落实管党治党责任方面", "在意识形态工作方面"]);
    const a = analyze(
      doc([
        "巡视整改专题民主生活会对照检查材料",
        "一、存在问题",
        "（一）落实“两个责任”方面。一是压力传导层层递减。",
        "（二）意识形态责任制落实方面。一是阵地管理不严。",
        "二、原因剖析",
        "一是政治站位不高。",
        "三、整改措施",
        "一是每季度专题研究一次。",
      ]),
      { template: t },
    );
    expect(a.checklist!.aspects.map((x) => [x.name, x.status, x.term])).toEqual([
      ["落实管党治党责任", "present", "两个责任"],
      ["意识形态工作", "present", "意识形态责任制"],
    ]);
  });

  it("a custom checklist's aspect names stay as typed", () => {
    const t = customTemplate({ id: "c", name: "本单位清单", aspects: ["廉洁从政方面", "调查研究"] });
    expect(t.aspects.map((x) => x.name)).toEqual(["廉洁从政", "调查研究"]);
    expect(bestAspect("（一）落实中央八项规定精神方面", t.aspects)?.aspect.name).toBe("廉洁从政");
  });
});

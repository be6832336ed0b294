import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { TermMatcher } from "../../../src/core/correspondence/matcher";
import {
  causesAsProblems,
  measuresWithoutProblem,
  problemsWithoutCause,
  problemsWithoutMeasure,
  rootlessCauses,
} from "../../../src/core/correspondence";
import type { Analysis, Correspondence } from "../../../src/core/types";
import type { CorrespondenceLink } from "../../../src/core/correspondence";

/*
 * The correspondence engine on small drafts written for each point: topics of groups and items,
 * links by topic and by shared words (not by position), mirroring, evidence positions, case and
 * follow-up parts, ids, broken lines, restated causes, and bounds on hostile input.
 */

const read = (lines: readonly string[]): Analysis => analyze(lines.map((text) => ({ text })));
const corr = (a: Analysis): Correspondence => a.correspondence!;
const link = (c: Correspondence, problem: string, target: string): CorrespondenceLink | undefined =>
  c.links.find((l) => l.problem === problem && l.target === target);
const targets = (c: Correspondence, problem: string, kind: "cause" | "measure") =>
  c.links
    .filter((l) => l.problem === problem && l.kind === kind)
    .map((l) => l.target)
    .sort();

/** A personal draft: three problem groups, two causes, three measures in the problems' order. */
const DRAFT = [
  "2023年主题教育专题民主生活会个人对照检查材料",
  "现将个人对照检查情况报告如下：",
  "一、存在的问题",
  "（一）理论学习方面。一是学习不够系统，读原著少，碎片化阅读多。二是学用结合不紧，用理论指导实践的办法不多。",
  "（二）调查研究方面。一是下基层调研多是听汇报，蹲点少。二是对群众反映的停车难问题了解不深。",
  "（三）廉洁自律方面。一是对身边人管得不严。二是公务接待把关不严，带头过紧日子做得不够。",
  "二、问题产生的原因",
  "（一）理想信念有所松懈。把理论学习当作软任务，思想上的总开关拧得不够紧。",
  "（二）宗旨意识有所淡化。站在群众立场想问题不够，对群众的急难愁盼感受不深。",
  "三、整改措施",
  "（一）加强理论学习。每周自学不少于两个半天，年底前通读原著规定篇目。",
  "（二）深入调查研究。每月到联系点蹲点调研一天，年内解决小区停车难问题。",
  "（三）严守廉洁底线。每季度与身边工作人员开展一次廉政谈话，严格执行公务接待规定。",
  "以上是我的对照检查，请同志们批评指正。",
];

describe("topics of groups and items", () => {
  const c = corr(read(DRAFT));

  it("every group of problems, causes and measures, with the items' ids of analysis.items", () => {
    const a = read(DRAFT);
    expect(c.groups.map((g) => g.id)).toEqual(a.items.map((i) => i.id));
    expect(c.groups.map((g) => g.part)).toEqual(["problems", "problems", "problems", "causes", "causes", "measures", "measures", "measures"]);
  });

  it("a group's topics, highest first, with the terms that gave them (heading words counting double)", () => {
    const theory = c.groups.find((g) => g.id === "P:理论学习")!;
    expect(theory.topics[0].topic).toBe("lilun-xuexi");
    expect(theory.topics[0].terms[0]).toBe("理论学习");
    expect(theory.topics[0].score).toBeGreaterThan(theory.topics[1]?.score ?? 0);
    expect(c.groups.find((g) => g.id === "C:宗旨意识有所淡化")!.topics[0].topic).toBe("zongzhi");
    expect(c.groups.find((g) => g.id === "M:严守廉洁底线")!.topics[0].topic).toBe("lianjie-zilv");
  });

  it("each item (一是…) has its own topics", () => {
    const research = c.groups.find((g) => g.id === "P:调查研究")!;
    expect(research.items.map((i) => i.label)).toEqual(["一是", "二是"]);
    expect(research.items[0].topics.map((t) => t.topic)).toContain("diaocha-yanjiu");
    expect(research.items[1].topics.map((t) => t.topic)).toContain("zongzhi");
    expect(research.heading).toEqual({ paragraph: 4, start: 3, end: 9 });
  });
});

describe("links", () => {
  const c = corr(read(DRAFT));

  it("each problem to the measure that answers it, strongly", () => {
    expect(targets(c, "P:理论学习", "measure")).toEqual(["M:加强理论学习"]);
    expect(targets(c, "P:调查研究", "measure")).toEqual(["M:深入调查研究"]);
    expect(targets(c, "P:廉洁自律", "measure")).toEqual(["M:严守廉洁底线"]);
    for (const l of c.links.filter((l) => l.kind === "measure")) expect(l.strength).toBe("strong");
  });

  it("causes are general: one explains several problems, through the roots it names", () => {
    expect(targets(c, "P:理论学习", "cause")).toContain("C:理想信念有所松懈");
    expect(targets(c, "P:调查研究", "cause")).toContain("C:宗旨意识有所淡化");
    // 理想信念 explains lapses of 廉洁 too (the 总开关).
    expect(targets(c, "P:廉洁自律", "cause")).toContain("C:理想信念有所松懈");
  });

  it("with evidence: the shared topics, their terms, and the sentences they stand in", () => {
    const l = link(c, "P:调查研究", "M:深入调查研究")!;
    expect(l.evidence.topics[0]).toMatchObject({ topic: "diaocha-yanjiu", via: "diaocha-yanjiu" });
    expect(l.evidence.topics[0].problemTerms).toContain("调研");
    expect(l.evidence.words).toContain("停车难问题");
    const lines = DRAFT;
    for (const s of l.evidence.sentences) {
      const text = lines[s.paragraph].slice(s.start, s.end);
      expect(text.length).toBeGreaterThan(0);
      expect(s.side === "problem" ? s.paragraph === 4 : s.paragraph === 11).toBe(true);
    }
    expect(l.evidence.sentences.some((s) => s.side === "target" && lines[s.paragraph].slice(s.start, s.end).includes("停车难"))).toBe(true);
  });

  it("a measure in the problem's place with the same aspect words mirrors it", () => {
    const l = link(c, "P:理论学习", "M:加强理论学习")!;
    expect(l.mirrored).toBe(true);
    expect(l.evidence.headingWords).toBe("理论学习");
    expect(link(c, "P:廉洁自律", "M:严守廉洁底线")!.mirrored).toBe(false);
  });

  it("the place alone never makes a link; the topic does, wherever the measure stands", () => {
    const swapped = [...DRAFT];
    [swapped[10], swapped[12]] = [swapped[12].replace("（三）", "（一）"), swapped[10].replace("（一）", "（三）")];
    const s = corr(read(swapped));
    expect(targets(s, "P:理论学习", "measure")).toEqual(["M:加强理论学习"]);
    expect(targets(s, "P:廉洁自律", "measure")).toEqual(["M:严守廉洁底线"]);
    expect(link(s, "P:理论学习", "M:严守廉洁底线")).toBeUndefined();
  });

  it("words a measure shares with one problem link them without a topic's vocabulary", () => {
    const lines = [
      "个人对照检查材料",
      "一、存在的问题",
      "（一）履职方面。古建筑修缮资金缺口大，我等待上级补助。",
      "（二）服务方面。景区售票窗口排长队，游客反映强烈。",
      "二、原因",
      "一是担当精神不足。",
      "三、整改措施",
      "（一）半年内牵头制定古建筑修缮多渠道筹资方案。",
      "（二）旺季增开景区售票窗口，推行网上购票。",
    ];
    const w = corr(read(lines));
    const l = w.links.find((x) => x.problem === "P:履职" && x.kind === "measure")!;
    expect(l.evidence.words).toContain("古建筑修缮");
    expect(targets(w, "P:服务", "measure")).toEqual([w.groups[w.groups.length - 1].id]);
  });
});

describe("gaps", () => {
  it("an untouched draft has none", () => {
    const c = corr(read(DRAFT));
    expect(problemsWithoutMeasure(c)).toEqual([]);
    expect(measuresWithoutProblem(c)).toEqual([]);
    expect(problemsWithoutCause(c)).toEqual([]);
    expect(causesAsProblems(c)).toEqual([]);
    expect(rootlessCauses(c)).toEqual([]);
  });

  it("a problem without a measure, and a measure without a problem", () => {
    const lines = [...DRAFT];
    lines[12] = "（三）守牢安全生产底线。每月开展一次安全生产隐患排查，汛期前完成应急演练。";
    const c = corr(read(lines));
    expect(problemsWithoutMeasure(c).map((g) => g.id)).toEqual(["P:廉洁自律"]);
    expect(measuresWithoutProblem(c).map((g) => g.id)).toEqual(["M:守牢安全生产底线"]);
  });

  it("no measure part: no gap per problem (the missing part is one fault, the checklist's)", () => {
    const c = corr(read(DRAFT.slice(0, 9)));
    expect(c.groups.some((g) => g.part === "measures")).toBe(false);
    expect(problemsWithoutMeasure(c)).toEqual([]);
  });

  it("a cause that restates a problem, and one that tells figures and examples", () => {
    const lines = [...DRAFT];
    lines[8] = "（二）调研不够深入。下基层调研多是听汇报，蹲点少，对群众反映的停车难问题了解不深。";
    const c = corr(read(lines));
    const found = causesAsProblems(c);
    expect(found.map((x) => x.group.id)).toEqual(["C:调研不够深入"]);
    expect(found[0].restates[0].problem).toBe("P:调查研究");
    lines[8] = "（二）宗旨意识有所淡化。比如今年3月到联系点只去了2次。";
    const concrete = causesAsProblems(corr(read(lines)));
    expect(concrete[0].concrete.map((x) => x.text)).toEqual(["比如", "3月", "2次"]);
  });

  it("causes that reach no root reviewers expect", () => {
    const lines = [...DRAFT];
    lines[7] = "（一）工作任务繁重。精力主要用在业务上，学习时间不足。";
    lines[8] = "（二）制度机制不健全。调研和接待的制度执行不严。";
    const c = corr(read(lines));
    expect(rootlessCauses(c).map((x) => x.first.id)).toEqual(["C:工作任务繁重"]);
  });
});

describe("parts", () => {
  it("a case part counts as problems, as one group when it has none; a follow-up part is left out", () => {
    const lines = [
      "2024年度民主生活会个人对照检查材料",
      "一、上年度民主生活会整改落实情况",
      "上年度查摆的理论学习问题已整改，每月开展一次中心组学习。",
      "二、存在的问题",
      "（一）理论学习方面。学习不够系统，读原著少。",
      "三、反面典型案例剖析",
      "某县原局长收受工程承包商财物被开除党籍。对照反思，我对分管工程招投标的廉政风险防控不严。",
      "四、问题产生的原因",
      "一是理想信念有所松懈。",
      "五、整改措施",
      "（一）加强理论学习。每周自学两个半天。",
      "（二）以案为鉴。工程招投标全程留痕，每半年开展一次廉政风险排查。",
    ];
    const c = corr(read(lines));
    expect(c.groups.filter((g) => g.part === "case").map((g) => g.id)).toEqual(["K:反面典型案例剖析"]);
    expect(c.groups.some((g) => g.heading.paragraph === 1 || g.heading.paragraph === 2)).toBe(false);
    expect(targets(c, "K:反面典型案例剖析", "measure")).toEqual(["M:以案为鉴"]);
    expect(problemsWithoutMeasure(c)).toEqual([]);
  });

  it("null for a speech; empty for a material without groups", () => {
    const speech = read(["在巡视整改专题民主生活会上的讲话", "同志们：", "今天我讲三点意见。", "谢谢大家！"]);
    expect(speech.kind).toBe("speech");
    expect(speech.correspondence).toBeNull();
    const bare = read(["个人对照检查材料", "一、存在的问题", "学习不够。", "二、整改措施", "加强学习。"]);
    expect(bare.kind).toBe("material");
    expect(bare.correspondence).toEqual({ groups: [], links: [], writer: [] });
  });

  it("ids survive an edit elsewhere, and a second material in the document is a block of its own", () => {
    const edited = [...DRAFT];
    edited[3] = edited[3].replace("碎片化阅读多", "碎片化阅读多，今年只读完两本");
    expect(corr(read(edited)).links.map((l) => `${l.problem}→${l.target}`)).toEqual(corr(read(DRAFT)).links.map((l) => `${l.problem}→${l.target}`));
    const twice = corr(read([...DRAFT, ...DRAFT.slice(2)]));
    expect(new Set(twice.groups.map((g) => g.block))).toEqual(new Set([0, 1]));
    expect(twice.links.every((l) => twice.groups.find((g) => g.id === l.problem)!.block === twice.groups.find((g) => g.id === l.target)!.block)).toBe(true);
  });

  it("lines broken inside a sentence: positions in the real lines", () => {
    // A draft pasted from a PDF: every line cut at the same width, through sentences.
    const WIDTH = 24;
    const wrap = (text: string) => Array.from({ length: Math.ceil(text.length / WIDTH) }, (_, k) => text.slice(k * WIDTH, (k + 1) * WIDTH));
    const lines = [
      "个人对照检查材料",
      "一、存在的问题",
      ...wrap("（一）调查研究方面。下基层调研多是听汇报、看展板，很少蹲下来同种粮大户和普通农户面对面交流，形成的调研材料缺乏有分量的分析，对群众反映的问题掌握不全面。"),
      "二、原因",
      ...wrap("一是宗旨意识有所淡化，站在群众立场想问题、办事情不够，对为了谁、依靠谁的认识还停留在口头上，没有真正转化为内在动力。"),
      "三、整改措施",
      ...wrap("（一）深入调查研究。每月到联系点蹲点调研一天，与种粮大户和普通农户面对面座谈，形成有分析、有建议的调研报告，年底前报党组研究。"),
    ];
    const a = read(lines);
    expect(a.lineBreaks.length).toBeGreaterThan(3);
    const c = corr(a);
    expect(c.links.some((l) => l.kind === "measure" && l.evidence.words.some((w) => w.includes("种粮大户")))).toBe(true);
    for (const l of c.links) {
      for (const s of l.evidence.sentences) {
        expect(s.end).toBeLessThanOrEqual(lines[s.paragraph].length);
        expect(s.start).toBeLessThan(s.end);
      }
    }
    const problem = c.groups.find((g) => g.part === "problems")!;
    expect(problem.heading.paragraph).toBe(2);
    expect(lines[2].slice(problem.heading.start, problem.heading.end)).toBe("调查研究方面");
  });
});

describe("matcher", () => {
  it("finds terms left to right, the longest at each place, without overlaps", () => {
    const m = new TermMatcher(["党性", "党性修养", "修养", "学习", "理论学习"]);
    const hits: [string, number][] = [];
    const text = "加强党性修养和理论学习，学习";
    m.scan(text, 0, text.length, (t, at) => hits.push([m.terms[t], at]));
    expect(hits).toEqual([
      ["党性修养", 2],
      ["理论学习", 7],
      ["学习", 12],
    ]);
    const within: string[] = [];
    m.scan(text, 3, 10, (t) => within.push(m.terms[t]));
    expect(within).toEqual(["修养"]);
  });
});

describe("bounds", () => {
  it("one material of thousands of alike groups stays linear: each problem meets a bounded number of causes and measures", () => {
    const problems = Array.from({ length: 900 }, (_, i) => `（${i + 1}）理论学习方面。学习不够系统，调研不深，廉洁自律不严。`);
    const measures = Array.from({ length: 900 }, (_, i) => `（${i + 1}）加强理论学习。每月自学，深入调研，严守廉洁底线。`);
    const lines = ["个人对照检查材料", "一、存在的问题", ...problems, "二、原因", "一是理想信念有所松懈。", "三、整改措施", ...measures];
    const started = performance.now();
    const c = corr(read(lines));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(c.groups.filter((g) => g.part === "problems")).toHaveLength(900);
    const perProblem = new Map<string, number>();
    for (const l of c.links) perProblem.set(l.problem, (perProblem.get(l.problem) ?? 0) + 1);
    expect(Math.max(...perProblem.values())).toBeLessThanOrEqual(40);
  });
});

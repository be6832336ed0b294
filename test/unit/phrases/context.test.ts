import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { phraseContextAt } from "../../../src/core/phrases/context";
import { phraseIndexWith } from "../../../src/core/phrases/library";

/** A team draft: the second problem (调查研究) has no measure yet; the writer is writing the measures. */
const DRAFT = [
  "某局领导班子2023年主题教育专题民主生活会对照检查材料",
  "一、存在的问题",
  "（一）理论学习方面。班子集体学习多以读文件代替研讨，读原著少，学用结合不紧。",
  "（二）调查研究方面。班子成员下基层调研多是听汇报、看材料，蹲点调研少，对群众反映的问题了解不深。",
  "二、问题产生的原因",
  "（一）理想信念有所松懈，把理论学习当作软任务。",
  "三、整改措施",
  "（一）加强理论学习。每月开展一次集体研讨，年底前通读原著规定篇目。",
  "",
].map((text) => ({ text }));

describe("the cursor's context for the phrase search", () => {
  const a = analyze(DRAFT);

  it("in a problem group: the problems part, its aspect and its own topics, the team voice", () => {
    const ctx = phraseContextAt(a, 3);
    expect(ctx.part).toBe("problems");
    expect(ctx.topics).toContain("diaocha-yanjiu");
    expect(ctx.topics).not.toContain("lilun-xuexi");
    expect(ctx.voice).toBe("team");
    expect(ctx.aspect).toBe(a.checklist!.aspects.find((x) => x.paragraph === 3)?.id);
  });

  it("in the measures: the topics of the problems no measure answers yet, so the measures the draft lacks come first", () => {
    const ctx = phraseContextAt(a, 8);
    expect(ctx.part).toBe("measures");
    expect(ctx.topics).toContain("diaocha-yanjiu");
    expect(ctx.aspect).toBeUndefined();
    const [first] = phraseIndexWith([]).search("", { context: ctx, filters: { part: "measures" }, limit: 5 }).hits;
    expect(first.phrase.topics).toContain("diaocha-yanjiu");
  });

  it("the aspect of the group the cursor is in", () => {
    expect(phraseContextAt(a, 2).aspect).toBe("lilun-xuexi");
    expect(phraseContextAt(a, 2).topics?.[0]).toBe("lilun-xuexi");
  });

  it("without a cursor: the voice only", () => {
    expect(phraseContextAt(a, null)).toEqual({ voice: "team" });
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { checkFollowUp } from "../../../src/core/followup";

const FIXTURES = join(__dirname, "../../fixtures/similarity");

function load(name: string) {
  const paragraphs = paragraphsFromText(readFileSync(join(FIXTURES, name), "utf8"));
  return { paragraphs, analysis: analyze(paragraphs) };
}

describe("follow-up check (上次整改落实情况)", () => {
  const lastYear = load("followup-last-year.txt");
  const thisYear = load("followup-this-year.txt");
  const result = checkFollowUp(lastYear, thisYear);

  it("lists last year's measures, one per item, in order", () => {
    expect(result.measures.map((m) => `${m.measure.group} ${m.measure.label}`)).toEqual([
      "M:强化理论武装 一是",
      "M:强化理论武装 二是",
      "M:改进调查研究 一是",
      "M:改进调查研究 二是",
      "M:严明廉洁纪律 一是",
      "M:严明廉洁纪律 二是",
    ]);
    expect(result.part).toEqual({ heading: "一、2023年度民主生活会整改落实情况", first: 2, last: 3 });
  });

  it("finds the measure the follow-up part skips, and flags no reported one", () => {
    const skipped = result.measures.filter((m) => m.status === "skipped");
    expect(skipped.map((m) => m.measure.title)).toEqual(["建立摊主诉求台账，对检测收费等诉求做到件件有回音、月底前公开办理结果"]);
  });

  it("gives the sentence that reports a measure, and what it shares with it", () => {
    const study = result.measures[0];
    expect(study.status).toBe("reported");
    expect(study.evidence?.sentence.text).toBe("理论学习中心组全年召开会议十二次，每次围绕食品安全监管确定研讨题目，班子成员轮流领学。");
    const { paragraph, start, end } = study.evidence!.sentence;
    expect(thisYear.paragraphs[paragraph].text.slice(start, end)).toBe(study.evidence!.sentence.text);
    expect(study.evidence?.terms).toContain("理论学习");
    expect(study.evidence?.topics).toContain("lilun-xuexi");
    expect(study.evidence?.words).toContain("理论学习中心组");
  });

  it("flags this year's problem that repeats last year's word for word, and only that one", () => {
    expect(result.repeated).toHaveLength(1);
    const [repeat] = result.repeated;
    expect(repeat.problem.title).toBe("调研蜻蜓点水，班子成员下到农贸市场多是看一看、问一问，对摊主反映的检测收费问题没有跟进");
    expect(repeat.lastYear?.group).toBe("P:调查研究");
    expect(repeat.share).toBe(1);
  });

  it("skips every measure when this year's draft has no follow-up part", () => {
    const withoutPart = paragraphsFromText(readFileSync(join(FIXTURES, "followup-this-year.txt"), "utf8").replace(/一、2023年度民主生活会整改落实情况\n[^\n]*\n/, ""));
    const r = checkFollowUp(lastYear, { paragraphs: withoutPart, analysis: analyze(withoutPart) });
    expect(r.part).toBeNull();
    expect(r.measures.every((m) => m.status === "skipped" && m.evidence === null)).toBe(true);
  });
});

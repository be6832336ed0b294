import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { problemsWithoutCause, problemsWithoutMeasure } from "../../../src/core/correspondence";
import type { Correspondence } from "../../../src/core/types";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

/*
 * The real materials (../shared/corpus, read at test time): every problem group is answered by
 * some measure, and explained by some cause or reported (info) as explained by none. A few links
 * checked by reading, so that a change that keeps the gaps away by linking everything fails here.
 */

const targets = (c: Correspondence, problem: string, kind: "cause" | "measure") =>
  c.links
    .filter((l) => l.problem === problem && l.kind === kind)
    .map((l) => l.target)
    .sort();

describe.skipIf(!hasCorpus)(`the correspondence of the real materials (${hasCorpus ? "../shared/corpus" : CORPUS_SKIP_REASON})`, () => {
  for (const prefix of ["000", "002", "004"]) {
    it(`${prefix}: no problem without a measure; every problem group has a cause or an info finding that says why not`, () => {
      const c = analyze(corpus(prefix)).correspondence!;
      const problems = c.groups.filter((g) => g.part === "problems" || g.part === "case");
      expect(problems.length).toBeGreaterThan(0);
      expect(problemsWithoutMeasure(c)).toEqual([]);
      const unexplained = new Set(problemsWithoutCause(c).map((g) => g.id));
      for (const p of problems) expect(targets(c, p.id, "cause").length > 0 || unexplained.has(p.id), p.id).toBe(true);
    });
  }

  it("004: six aspects, four causes, four measures: many-to-many by topic, not by place", () => {
    const c = analyze(corpus("004")).correspondence!;
    expect(c.groups.map((g) => g.part).join(",")).toBe("problems,problems,problems,problems,problems,problems,causes,causes,causes,causes,measures,measures,measures,measures");
    // 理论学习: explained by 理想信念, answered by the measure on 政治站位 that opens with study.
    expect(targets(c, "P:理论学习", "cause")).toContain("C:理想信念有所松懈");
    expect(targets(c, "P:理论学习", "measure")).toContain("M:提高政治站位做到两个维护");
    // 能力本领 is answered by the second measure (新发展理念, 产业), not by the one in its place.
    expect(targets(c, "P:能力本领", "measure")).toContain("M:强化责任意识主动担当作为");
    // 廉洁自律 (管党治党, 干部管理) by 管党治党宽松软 and 正风肃纪.
    expect(targets(c, "P:廉洁自律", "cause")).toContain("C:管党治党宽松软");
    expect(targets(c, "P:廉洁自律", "measure")).toContain("M:坚持正风肃纪锻造干净纯洁班子");
    // No measure mirrors a problem here: the headings share no aspect words.
    expect(c.links.some((l) => l.mirrored)).toBe(false);
  });

  it("002: the fifth measure mirrors the fifth problem group (全面从严治党 in both headings)", () => {
    const c = analyze(corpus("002")).correspondence!;
    const mirrored = c.links.filter((l) => l.mirrored);
    expect(mirrored.map((l) => [l.problem, l.target])).toEqual([["P:在履行全面从严治党责任加强自身建设", "M:强化党建引领推进全面从严治党"]]);
    expect(mirrored[0].strength).toBe("strong");
  });

  it("000: four problem groups, three general causes that explain them all", () => {
    const c = analyze(corpus("000")).correspondence!;
    const problems = c.groups.filter((g) => g.part === "problems");
    expect(problems).toHaveLength(4);
    expect(c.groups.filter((g) => g.part === "causes")).toHaveLength(3);
    expect(problemsWithoutCause(c)).toEqual([]);
    // One cause explains several problems.
    expect(c.links.filter((l) => l.target === "C:宗旨意识弱化").length).toBeGreaterThanOrEqual(3);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import type { Analysis } from "../../../src/core/types";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

const roles = (a: Analysis) => a.parts.map((p) => p.role);
const groups = (a: Analysis, part: string) => a.items.filter((i) => i.part === part);

describe.skipIf(!hasCorpus)(`the real materials (${hasCorpus ? "../shared/corpus" : CORPUS_SKIP_REASON})`, () => {
  it("000: reflection, problems in 4 groups with their 一是… items, causes 3, measures 4", () => {
    const a = analyze(corpus("000"));
    expect(a.kind).toBe("material");
    expect(a.voice).toBe("personal");
    expect(roles(a)).toEqual(["title", "preamble", "reflection", "problems", "causes", "measures"]);
    expect(groups(a, "problems").map((g) => g.children)).toEqual([3, 2, 3, 2]);
    expect(groups(a, "causes").map((g) => g.title)).toEqual(["宗旨意识弱化", "党性锤炼不够", "担当精神不足"]);
    expect(groups(a, "measures")).toHaveLength(4);
    // The reflection's three run-on items sit in one paragraph.
    const reflection = a.outline.find((n) => n.title === "认识与体会")!;
    expect(reflection.children.map((c) => c.label)).toEqual(["一是", "二是", "三是"]);
  });

  it("002: problems in 5 groups holding items 1–17, causes 一是…四是, measures 5", () => {
    const a = analyze(corpus("002"));
    expect(a.kind).toBe("material");
    expect(roles(a)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
    const problems = groups(a, "problems");
    expect(problems.map((g) => g.children)).toEqual([3, 4, 3, 3, 4]);
    const numbers = a.outline[0].children.flatMap((g) => g.children.map((c) => c.number));
    expect(numbers).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(groups(a, "causes").map((g) => a.outline[1].children.find((n) => n.id === g.node)!.label)).toEqual([
      "一是",
      "二是",
      "三是",
      "四是",
    ]);
    expect(groups(a, "measures")).toHaveLength(5);
  });

  it("003: a speech, recognised as such, with no parts reported missing", () => {
    const a = analyze(corpus("003"));
    expect(a.kind).toBe("speech");
    expect(a.kindReason).toContain("讲话");
    expect(roles(a)).toEqual(["title"]);
    expect(a.items).toEqual([]);
  });

  it("004: six named problem groups with run-on items, causes 4, measures 4 with run-on items", () => {
    const a = analyze(corpus("004"));
    expect(a.kind).toBe("material");
    expect(a.voice).toBe("team");
    expect(roles(a)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
    expect(groups(a, "problems").map((g) => g.title)).toEqual([
      "理论学习方面",
      "政治素质方面",
      "能力本领方面",
      "担当作为方面",
      "工作作风方面",
      "廉洁自律方面",
    ]);
    expect(groups(a, "problems").every((g) => g.children >= 2)).toBe(true);
    expect(groups(a, "causes")).toHaveLength(4);
    expect(groups(a, "measures").map((g) => g.children)).toEqual([3, 4, 3, 3]);
    // The trailing watermark line belongs to no part.
    const measures = a.parts.find((p) => p.role === "measures")!;
    expect(corpus("004")[measures.last].text).not.toContain("##");
  });
});

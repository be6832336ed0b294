import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import type { Analysis } from "../../../src/core/types";
import type { WriterLink } from "../../../src/core/correspondence";

/*
 * The writer's links over the engine's: confirmed, rejected and added links, what the gap rules
 * make of them, and links whose groups have gone (kept, not applied).
 */

/** A team draft: the third problem (会风文风) has no measure of its own. */
const DRAFT = [
  "某局领导班子2024年度民主生活会对照检查材料",
  "一、存在的问题",
  "（一）理论武装方面。班子集体学习多以读文件代替研讨，学用脱节。",
  "（二）联系群众方面。班子成员到基层调研次数偏少，对企业反映的审批慢问题回应不及时。",
  "（三）会风文风方面。会议多、文件长，有的会议套开不够，基层迎检负担重。",
  "二、原因分析",
  "（一）理想信念有所弱化，对理论学习的重要性认识不足。",
  "（二）宗旨意识有所淡化，与群众的感情不够深。",
  "三、整改措施",
  "（一）抓实理论武装。每月开展一次班子集体研讨，每位成员至少发言一次。",
  "（二）密切联系群众。班子成员每季度到基层调研不少于三天，企业审批事项年内办结时限压缩一半。",
];

const read = (links?: WriterLink[]): Analysis => analyze(DRAFT.map((text) => ({ text })), { links });
const ids = (a: Analysis) => a.correspondence!.groups.map((g) => g.id);
const gaps = (a: Analysis) => a.findings.filter((f) => f.rule === "problem-without-measure").map((f) => f.paragraph);
const find = (a: Analysis, problem: string, target: string) => a.correspondence!.links.find((l) => l.problem === problem && l.target === target);

describe("the writer's links", () => {
  const plain = read();
  const [theory, , meetings] = ids(plain).filter((id) => id.startsWith("P:"));
  const measures = ids(plain).filter((id) => id.startsWith("M:"));
  const causes = ids(plain).filter((id) => id.startsWith("C:"));

  it("without them, the engine's links and its gap on the third problem", () => {
    expect(find(plain, theory, measures[0])?.source).toBe("auto");
    expect(find(plain, meetings, measures[0])).toBeUndefined();
    expect(gaps(plain)).toEqual([4]);
    expect(plain.correspondence!.writer).toEqual([]);
  });

  it("a link added by hand counts: the gap it closes is gone, the link is the writer's", () => {
    const a = read([{ problem: meetings, target: measures[1], linked: true }]);
    const l = find(a, meetings, measures[1])!;
    expect(l).toMatchObject({ source: "writer", kind: "measure", strength: "strong" });
    expect(gaps(a)).toEqual([]);
    expect(a.correspondence!.writer).toEqual([{ problem: meetings, target: measures[1], linked: true, applied: true, auto: null }]);
    // Added links keep the document order of their problems.
    const problems = a.correspondence!.links.map((l) => ids(a).indexOf(l.problem));
    expect(problems).toEqual([...problems].sort((x, y) => x - y));
  });

  it("a confirmed link keeps the engine's evidence and becomes the writer's", () => {
    const a = read([{ problem: theory, target: measures[0], linked: true }]);
    const l = find(a, theory, measures[0])!;
    expect(l.source).toBe("writer");
    expect(l.evidence).toEqual(find(plain, theory, measures[0])!.evidence);
    expect(a.correspondence!.writer[0].auto).toBe(find(plain, theory, measures[0])!.strength);
  });

  it("a rejected link is gone, and a problem it leaves unanswered is reported", () => {
    const answering = plain.correspondence!.links.filter((l) => l.problem === theory && l.kind === "measure");
    const a = read(answering.map((l) => ({ problem: theory, target: l.target, linked: false })));
    expect(a.correspondence!.links.some((l) => l.problem === theory && l.kind === "measure")).toBe(false);
    expect(gaps(a)).toEqual([2, 4]);
  });

  it("cause links too; the last word on a pair counts", () => {
    const a = read([
      { problem: meetings, target: causes[0], linked: false },
      { problem: meetings, target: causes[0], linked: true },
    ]);
    expect(find(a, meetings, causes[0])).toMatchObject({ kind: "cause", source: "writer" });
    expect(a.correspondence!.writer).toHaveLength(1);
  });

  it("links whose groups are not in the draft are kept but not applied; a pair the wrong way round is not applied", () => {
    const a = read([
      { problem: "P:已删除的方面", target: measures[0], linked: true },
      { problem: measures[0], target: theory, linked: true },
    ]);
    expect(a.correspondence!.writer.map((w) => w.applied)).toEqual([false, false]);
    expect(a.correspondence!.links).toEqual(plain.correspondence!.links);
  });

  it("survive an edit elsewhere: ids come from the heading words", () => {
    const edited = [...DRAFT];
    edited.splice(3, 0, "（二）政治站位方面。对上级部署的贯彻有时停留在开会发文。");
    edited[4] = edited[4].replace("（二）", "（三）");
    edited[5] = edited[5].replace("（三）", "（四）");
    const a = analyze(edited.map((text) => ({ text })), { links: [{ problem: meetings, target: measures[1], linked: true }] });
    expect(a.correspondence!.writer[0].applied).toBe(true);
    expect(find(a, meetings, measures[1])?.source).toBe("writer");
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { buildMatrices, describeCell, gapsByGroup } from "../../../src/taskpane/correspondence/matrix";

/** A personal draft: the second problem (调查研究) has no measure; the third measure answers nothing. */
const DRAFT = [
  "2023年主题教育专题民主生活会个人对照检查材料",
  "一、存在的问题",
  "（一）理论学习方面。学习不够系统，读原著少，碎片化阅读多。",
  "（二）调查研究方面。下基层调研多是听汇报，蹲点少，对群众反映的停车难问题了解不深。",
  "二、问题产生的原因",
  "（一）理想信念有所松懈，把理论学习当作软任务。",
  "三、整改措施",
  "（一）加强理论学习。每周自学不少于两个半天，年底前通读原著规定篇目。",
  "（二）改进机关食堂。年内完成食堂改造。",
].map((text) => ({ text }));

describe("the correspondence matrix", () => {
  it("rows are problems, columns causes then measures; each cell tells its state", () => {
    const a = analyze(DRAFT);
    const [m] = buildMatrices(a.correspondence!);
    expect(m.rows.map((g) => g.id)).toEqual(["P:理论学习", "P:调查研究"]);
    expect([...m.causes, ...m.measures].map((g) => g.id)).toEqual(["C:理想信念有所松懈把理论学习当作软任务", "M:加强理论学习", "M:改进机关食堂"]);
    expect(m.cells[0][1].state).toEqual({ kind: "strong", source: "auto" });
    expect(m.cells[1][1].state).toEqual({ kind: "none" });
    expect(describeCell(m.cells[0][1])).toBe("问题“理论学习方面”与措施“加强理论学习”：强对应（自动判断）");
  });

  it("the writer's word shows over the engine's", () => {
    const a = analyze(DRAFT, {
      links: [
        { problem: "P:理论学习", target: "M:加强理论学习", linked: false },
        { problem: "P:调查研究", target: "M:改进机关食堂", linked: true },
      ],
    });
    const [m] = buildMatrices(a.correspondence!);
    expect(m.cells[0][1].state).toEqual({ kind: "rejected", auto: "strong" });
    expect(m.cells[0][1].link).toBeNull();
    expect(m.cells[1][2].state).toEqual({ kind: "confirmed", auto: null });
    expect(m.cells[1][2].link?.source).toBe("writer");
  });

  it("gaps land on their groups: a problem without measure on its row, a measure that answers nothing on its column", () => {
    const a = analyze(DRAFT);
    const gaps = gapsByGroup(a.correspondence!, a.findings);
    expect(gaps.get("P:调查研究")?.map((g) => g.label)).toContain("无措施");
    expect(gaps.get("M:改进机关食堂")?.map((g) => g.label)).toEqual(["无对应"]);
    expect(gaps.has("P:理论学习")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { toText } from "../../../src/report/text";

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

describe("the text report's correspondence", () => {
  it("lists each problem with its causes and measures, and the writer's links as theirs", () => {
    const plain = toText("a.txt", analyze(DRAFT), "行");
    expect(plain).toContain("对应关系（问题 → 原因、措施");
    expect(plain).toMatch(/理论学习方面　（第 3 行）\n {4}原因：理想信念有所松懈，把理论学习当作…（(强|弱)）\n {4}措施：加强理论学习（强）/);
    expect(plain).toMatch(/调查研究方面　（第 4 行）\n {4}原因：[^\n]*\n {4}措施：无/);
    const decided = toText("a.txt", analyze(DRAFT, { links: [{ problem: "P:调查研究", target: "M:改进机关食堂", linked: true }, { problem: "P:理论学习", target: "M:加强理论学习", linked: false }] }), "行");
    expect(decided).toMatch(/调查研究方面　（第 4 行）\n {4}原因：[^\n]*\n {4}措施：改进机关食堂（作者确认）/);
    expect(decided).toContain("作者否定了 1 处自动判断的对应。");
  });
});

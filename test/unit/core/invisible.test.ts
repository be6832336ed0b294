import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { flattenOutline } from "../../../src/core/outline/build";
import { escapeForTerminal, toText } from "../../../src/report/text";

const CLEAN = [
  "市场监管局副局长2025年度民主生活会个人对照检查材料",
  "一、存在的突出问题",
  "（一）在带头强化政治忠诚、提高政治能力方面",
  "我学习新规只看摘要，比如今年食品安全新规出台后一个月才通读。",
  "（二）在带头敢于担当、真抓实干方面",
  "我对两起投诉的处理只批转不督办。",
  "二、问题产生的原因",
  "一是理想信念有所松懈。二是党性修养有所放松。",
  "三、整改措施",
  "每月集中学习一次，年底前办结投诉。",
];

/** Every character followed by a zero-width space, as some websites serve text; a bidi mark too. */
const salted = (t: string) => [...t].join("\u200b") + "\u200e";

describe("invisible characters", () => {
  it("are ignored by the analysis, which still points at the real text", () => {
    const clean = analyze(CLEAN.map((text) => ({ text })));
    const dirty = analyze(CLEAN.map((text) => ({ text: salted(text) })));
    expect(dirty.kind).toBe(clean.kind);
    expect(dirty.title?.text).toBe(clean.title?.text);
    expect(dirty.parts.map((p) => [p.role, p.paragraph])).toEqual(clean.parts.map((p) => [p.role, p.paragraph]));
    expect(dirty.checklist?.template).toBe(clean.checklist?.template);
    expect(dirty.checklist?.aspects.map((a) => a.status)).toEqual(clean.checklist?.aspects.map((a) => a.status));
    // The heading （二） starts at 0 and its title at the real offset of 在 (after （, \u200b, 二, \u200b, ）, \u200b).
    const second = flattenOutline(dirty.outline).find((n) => n.paragraph === 4)!;
    const text = salted(CLEAN[4]);
    expect(text.slice(second.titleStart, second.titleStart + 1)).toBe("在");
    expect(second.title).toBe("在带头敢于担当、真抓实干方面");
  });

  it("are never printed raw to a terminal", () => {
    expect(escapeForTerminal("甲\u200b乙\u202e丙\u0007")).toBe("甲<U+200B>乙<U+202E>丙<U+0007>");
    const report = toText("草稿\u202e.txt", analyze(CLEAN.map((text) => ({ text: salted(text) }))));
    expect(report).not.toMatch(/[\u200b\u200e\u202e]/);
    expect(report).toContain("草稿<U+202E>.txt");
  });
});

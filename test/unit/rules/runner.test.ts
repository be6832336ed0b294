import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { applyFixes, findingKey, formatMessage, MAX_FINDINGS_PER_RULE, runRules } from "../../../src/core/rules/runner";
import type { Rule } from "../../../src/core/rules/types";
import type { Fix } from "../../../src/core/rules/types";

const draft = ["关于本人的对照检查材料", "一、存在的主要问题", "（一）学习方面", "（三）作风方面", "二、整改措施", "（一）抓学习。"];

/** A rule that reports what it is told, to test the runner alone. */
const echo = (reports: Parameters<Parameters<Rule["check"]>[0]["report"]>[0][]): Rule => ({
  meta: { id: "echo", category: "text", severity: "warning", name: "回声", description: "测试", why: "测试", example: { bad: "测试" }, messages: { hit: "发现“{{word}}”", plain: "无参数" }, fixable: true },
  check: ({ report }) => reports.forEach((r) => report(r)),
});

function run(rule: Rule, settings = {}) {
  const paragraphs = draft.map((text) => ({ text }));
  const { findings: _, ...analysis } = analyze(paragraphs);
  return runRules(paragraphs, analysis, settings, [rule]);
}

describe("runRules", () => {
  it("fills text and message, drops duplicates and sorts by position", () => {
    const found = run(
      echo([
        { messageId: "hit", data: { word: "作风" }, paragraph: 3, start: 3, end: 5 },
        { messageId: "plain", paragraph: 2, start: 0, end: 3 },
        { messageId: "hit", data: { word: "作风" }, paragraph: 3, start: 3, end: 5 },
      ]),
    );
    expect(found.map((f) => [f.paragraph, f.text, f.message, f.severity, f.category])).toEqual([
      [2, "（一）", "无参数", "warning", "text"],
      [3, "作风", "发现“作风”", "warning", "text"],
    ]);
  });

  it("applies the user's settings: a rule off, a severity changed, one finding ignored", () => {
    const reports = [
      { messageId: "plain", paragraph: 2, start: 0, end: 3 },
      { messageId: "plain", paragraph: 3, start: 0, end: 3 },
    ];
    expect(run(echo(reports), { rules: { echo: "off" } })).toEqual([]);
    expect(run(echo(reports), { rules: { echo: "error" } }).map((f) => f.severity)).toEqual(["error", "error"]);
    const [first] = run(echo(reports));
    expect(run(echo(reports), { ignored: [first.key] }).map((f) => f.paragraph)).toEqual([3]);
  });

  it("gives a message its own severity where the rule says so, unless the user chose one", () => {
    const rule = echo([
      { messageId: "hit", data: { word: "甲" }, paragraph: 2, start: 0, end: 3 },
      { messageId: "plain", paragraph: 3, start: 0, end: 3 },
    ]);
    rule.meta.severities = { hit: "error" };
    expect(run(rule).map((f) => f.severity)).toEqual(["error", "warning"]);
    expect(run(rule, { rules: { echo: "info" } }).map((f) => f.severity)).toEqual(["info", "info"]);
  });

  it("keeps an ignored finding ignored after edits elsewhere", () => {
    const before = draft.map((text) => ({ text }));
    const after = [{ text: "新加的一段。" }, ...before.slice(0, 4).map((p) => ({ ...p })), { text: "二、今后的整改措施" }, ...before.slice(5)];
    const key = findingKey({ rule: "echo", paragraph: 3, start: 0, end: 3 }, before);
    expect(findingKey({ rule: "echo", paragraph: 4, start: 0, end: 3 }, after)).toBe(key);
    expect(findingKey({ rule: "other", paragraph: 4, start: 0, end: 3 }, after)).not.toBe(key);
  });

  it("fills a fix's expected text and refuses reports outside the text or with unknown messages", () => {
    const [f] = run(echo([{ messageId: "plain", paragraph: 3, start: 0, end: 3, fix: { paragraph: 3, start: 0, end: 3, replacement: "（二）" } }]));
    expect(f.fix).toEqual({ paragraph: 3, start: 0, end: 3, expected: "（三）", replacement: "（二）" });
    expect(() => run(echo([{ messageId: "nope", paragraph: 0, start: 0, end: 1 }]))).toThrow(/nope/);
    expect(() => run(echo([{ messageId: "plain", paragraph: 0, start: 0, end: 99 }]))).toThrow(/位置/);
  });

  it("stops a rule at MAX_FINDINGS_PER_RULE findings (a file of repeated headings is no draft)", () => {
    const paragraphs = Array.from({ length: 1000 }, (_, k) => ({ text: `第${k}段` }));
    const { findings: _, ...analysis } = analyze(paragraphs);
    const reports = Array.from({ length: MAX_FINDINGS_PER_RULE + 100 }, (_, k) => ({ messageId: "plain", paragraph: k, start: 0, end: 1 }));
    expect(runRules(paragraphs, analysis, {}, [echo(reports)])).toHaveLength(MAX_FINDINGS_PER_RULE);
  });

  it("tells rules the part and the heading of each paragraph", () => {
    const seen: unknown[] = [];
    const probe: Rule = { ...echo([]), check: ({ partOf, headingAt, paragraphs }) => paragraphs.forEach((_, i) => seen.push([i, partOf(i), headingAt(i)?.label ?? null])) };
    run(probe);
    expect(seen).toEqual([
      [0, "title", null],
      [1, "problems", "一、"],
      [2, "problems", "（一）"],
      [3, "problems", "（三）"],
      [4, "measures", "二、"],
      [5, "measures", "（一）"],
    ]);
  });

  it("leaves an unknown template name visible", () => {
    expect(formatMessage("缺少{{who}}，有{{what}}", { what: "甲" })).toBe("缺少{{who}}，有甲");
  });
});

describe("applyFixes", () => {
  const fix = (paragraph: number, start: number, end: number, expected: string, replacement: string): Fix => ({ paragraph, start, end, expected, replacement });

  it("applies end-first so that earlier offsets stay true", () => {
    const { texts, applied } = applyFixes(["甲乙丙丁"], [fix(0, 0, 1, "甲", "一一"), fix(0, 2, 3, "丙", "三三")]);
    expect(texts).toEqual(["一一乙三三丁"]);
    expect(applied).toHaveLength(2);
  });

  it("skips a fix that overlaps one applied, and refuses one whose text changed", () => {
    const { texts, refused } = applyFixes(["甲乙丙丁", "戊己"], [fix(0, 1, 3, "乙丙", "X"), fix(0, 2, 4, "丙丁", "Y"), fix(1, 0, 1, "庚", "Z")]);
    expect(texts).toEqual(["甲乙Y", "戊己"]);
    expect(refused.map((f) => f.replacement).sort()).toEqual(["X", "Z"]);
  });

  it("treats two insertions at one point as overlapping", () => {
    const { texts, refused } = applyFixes(["甲乙"], [fix(0, 1, 1, "", "，"), fix(0, 1, 1, "", "、")]);
    expect(texts[0]).toHaveLength(3);
    expect(refused).toHaveLength(1);
  });
});

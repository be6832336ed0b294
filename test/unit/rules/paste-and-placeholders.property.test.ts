// Property test of the placeholders, damaged-names and junk rules: on any paragraphs they never
// throw, every finding points inside its text, and each rule's fixes apply without overlapping.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../../../src/core/analyze";
import { applyFixes, runRules } from "../../../src/core/rules/runner";
import { placeholders } from "../../../src/core/rules/placeholders";
import { damagedNames } from "../../../src/core/rules/damaged-names";
import { junk } from "../../../src/core/rules/junk";

const RULES = [placeholders, damagedNames, junk];

/** Pieces that reach the rules' deeper paths: masks, names, units, slots, banners, spaces. */
const PIECES = [
  "xx", "XXX", "x", "X", "××", "×", "**", "*", "＊＊", "□□", "○○", "202X", "20XX", "____", "__", "（　）", "【", "】", "【……】", "【单位】", "【个人/班子】",
  "xjp", "XJP", "x'x", "习", "近平", "习*平", "毛", "邓", "--", "思想", "理论", "总书记", "主席", "同志为核心的党中央", "新时代中国特色社会主义思想", "关于", "的重要论述",
  "投入", "亿元", "万元", "开展", "新建", "新增", "个", "所", "次", "场", "张", "项", "人", "幼儿园", "学位", "培训", "百分点", "%", "提高", "以上",
  "##paidbegin##", "##", "- 2 -", "第 3 页 共 8 页", "（中华励志网）", "（来源：某某网）", "复制全文", "【复制全文】", "阅读量：12", "来源：", "网",
  " ", "\u3000", "\u00a0", "2025", " 年", "学 习", "一是 ", "。", "，", "、", "；", "\n", "一、", "（一）", "对照检查材料", "我", "班子", "\uD842\uDFB7",
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((xs) => xs.join(""));

describe("placeholders, damaged names and junk on any paragraphs", () => {
  it("never throw; findings lie in the text; fixes apply", () => {
    fc.assert(
      fc.property(text, (t) => {
        const paragraphs = t.split("\n").map((x) => ({ text: x }));
        const { findings: _all, ...analysis } = analyze(paragraphs);
        const found = runRules(paragraphs, analysis, {}, RULES);
        for (const f of found) expect(paragraphs[f.paragraph].text.slice(f.start, f.end)).toBe(f.text);
        // A rule's own fixes never overlap one another (two rules' may: the host then skips one).
        for (const rule of RULES) {
          const fixes = found.flatMap((f) => (f.fix && f.rule === rule.meta.id ? [f.fix] : []));
          expect(applyFixes(paragraphs.map((p) => p.text), fixes).refused).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 20261216 },
    );
  });
});

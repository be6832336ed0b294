import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paragraphsFromText } from "../../../src/core/analyze";
import { compareDrafts, normalizeText } from "../../../src/core/similarity";

const FIXTURES = join(__dirname, "../../fixtures");
const files = ["drafts", "similarity"].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f)),
);

describe("查重: a draft copied whole", () => {
  // Headings and short lines fall under minChars alone, and used to be left out of the score
  // (a byte-identical copy scored 78–95 %).
  it.each(files)("scores 1 against an identical copy of %s, listing no passage of stock text alone", (file) => {
    const paragraphs = paragraphsFromText(readFileSync(join(FIXTURES, file), "utf8"));
    const copy = paragraphs.map((p) => ({ ...p }));
    const { pairs, drafts } = compareDrafts([paragraphs, copy]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].score).toBeGreaterThanOrEqual(0.99);
    expect(pairs[0].shared).toBe(drafts[0].own);
    for (const p of pairs[0].passages) {
      expect(p.own).toBeGreaterThan(0);
      expect(p.a).toEqual(p.b);
      expect(paragraphs[p.a.paragraph].text.slice(p.a.start, p.a.end)).toBe(p.text);
    }
  });

  it("counts the headings between copied paragraphs, and lists only the paragraphs", () => {
    const first = "班子成员下乡调研多是看点上的工作，对偏远村组群众的饮水困难了解不深不透";
    const second = "对基层反映的报表过多问题没有及时拿出精简办法，基层干部的意见一直比较大";
    const a = [{ text: "张三的发言" }, { text: first + "。" }, { text: "（二）作风方面" }, { text: second + "。" }];
    const b = [{ text: "李四的发言" }, { text: first + "。" }, { text: "2. 作风方面" }, { text: second + "。" }];
    const { pairs, drafts } = compareDrafts([a, b]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].passages.map((p) => p.text)).toEqual([first, second]);
    // 作风方面 is copied with the rest; the names (5 own characters) are not.
    const listed = pairs[0].passages.reduce((n, p) => n + p.own, 0);
    expect(pairs[0].shared).toBe(listed + "作风方面".length);
    expect(pairs[0].shared).toBe(drafts[0].own - "张三的发言".length);
  });

  it("does not stretch a passage to a word that merely opens both next paragraphs", () => {
    const shared = "去年冬天白沙村三十多户人家靠拉水车送水度日，班子却是从信访件里才知道的。";
    const a = [{ text: shared }, { text: "我对分管的灌区改造项目盯得不紧。" }];
    const b = [{ text: shared }, { text: "我调研时习惯坐在会议室里听汇报。" }];
    const { pairs } = compareDrafts([a, b]);
    expect(pairs[0].passages.map((p) => p.text)).toEqual([shared.slice(0, -1)]);
    expect(pairs[0].shared).toBe(normalizeText(shared).length);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { headingKey } from "../../../src/core/structure/ids";

const draft = (groups: string[]) =>
  ["关于本人的对照检查材料", "一、存在的主要问题", ...groups.flatMap((g, k) => [`（${"一二三四五六"[k]}）${g}`, "我在这方面还有差距。"]), "二、整改措施", "每月学习一次。"].map((text) => ({ text }));

describe("item ids", () => {
  it("come from the heading's words and survive groups added, removed or renumbered elsewhere", () => {
    const before = analyze(draft(["理论学习方面", "工作作风方面", "廉洁自律方面"])).items.filter((i) => i.part === "problems");
    const after = analyze(draft(["政治素质方面", "理论学习方面", "廉洁自律方面"])).items.filter((i) => i.part === "problems");
    expect(before.map((i) => i.id)).toEqual(["P:理论学习", "P:工作作风", "P:廉洁自律"]);
    expect(after.map((i) => i.id)).toEqual(["P:政治素质", "P:理论学习", "P:廉洁自律"]);
  });

  it("tell apart groups with the same words by their order", () => {
    const items = analyze(draft(["学习方面", "学习方面"])).items.filter((i) => i.part === "problems");
    expect(items.map((i) => i.id)).toEqual(["P:学习", "P:学习#2"]);
  });

  it("ignore spaces, punctuation, full-width forms and a closing 方面", () => {
    expect(headingKey(" 在带头强化政治忠诚、提高政治能力方面 ")).toBe("在带头强化政治忠诚提高政治能力");
    expect(headingKey("**理论学习（ＡＢ）方面**")).toBe("理论学习AB");
  });
});

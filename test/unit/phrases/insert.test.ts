import { describe, expect, it } from "vitest";

import { isInsertion, orderEdits, type TextEdit } from "../../../src/core/edits";
import type { SourceParagraph } from "../../../src/core/paragraph";
import { firstSlot, planInsertion, type InsertionPlan } from "../../../src/core/phrases/insert";

const PHRASE = "学习的深度不够，比如【具体事例】。";
const P = (...texts: string[]): SourceParagraph[] => texts.map((text) => ({ text }));

/** The document after the plan's edits (and its renumbering, when `renumber`), as a host makes them. */
function apply(paragraphs: SourceParagraph[], plan: InsertionPlan, renumber = true): string[] {
  const texts = paragraphs.map((p) => p.text);
  const textEdits = [...plan.edits.filter((e): e is TextEdit => !isInsertion(e)), ...(renumber ? plan.renumber : [])];
  for (const e of orderEdits(textEdits)) {
    const t = texts[e.paragraph];
    expect(t.slice(e.start, e.end)).toBe(e.expected);
    texts[e.paragraph] = t.slice(0, e.start) + e.replacement + t.slice(e.end);
  }
  const insertions = plan.edits.filter(isInsertion).sort((a, b) => ("paragraph" in b.anchor ? b.anchor.paragraph : 0) - ("paragraph" in a.anchor ? a.anchor.paragraph : 0));
  for (const ins of insertions) {
    if (!("paragraph" in ins.anchor)) throw new Error("end of body");
    const at = ins.anchor.location === "After" ? ins.anchor.paragraph + 1 : ins.anchor.paragraph;
    texts.splice(at, 0, ...ins.paragraphs.map((p) => p.text));
  }
  return texts;
}

/** The selected text once the plan is carried out: the slot, brackets included. */
function selected(paragraphs: SourceParagraph[], plan: InsertionPlan): string {
  const doc = apply(paragraphs, plan);
  expect(plan.select).not.toBeNull();
  return doc[plan.select!.paragraph].slice(plan.select!.start, plan.select!.end);
}

describe("planInsertion: the next item, numbered from its neighbours", () => {
  it("after 二是… (one item per paragraph) comes 三是…, in a paragraph of its own", () => {
    const doc = P("（一）理论学习方面", "一是学用结合不紧。", "二是学习方式单一。");
    const plan = planInsertion(doc, 2, PHRASE);
    expect(plan.where).toBe("after");
    expect(plan.label).toBe("三是");
    expect(apply(doc, plan)).toEqual(["（一）理论学习方面", "一是学用结合不紧。", "二是学习方式单一。", "三是" + PHRASE]);
    expect(selected(doc, plan)).toBe("【具体事例】");
    expect(plan.renumber).toEqual([]);
  });

  it("inserts between two items and offers to shift the ones after it", () => {
    const doc = P("一是学用结合不紧。", "二是学习方式单一。", "三是带动作用不够。");
    const plan = planInsertion(doc, 0, PHRASE);
    expect(plan.label).toBe("二是");
    expect(apply(doc, plan)).toEqual(["一是学用结合不紧。", "二是" + PHRASE, "三是学习方式单一。", "四是带动作用不够。"]);
    expect(apply(doc, plan, false)[2]).toBe("二是学习方式单一。");
  });

  it("after 一是……二是…… run on in one paragraph, appends 三是 at its end", () => {
    const doc = P("（一）理论学习方面。一是学用结合不紧。二是学习方式单一。", "（二）政治素质方面。");
    const plan = planInsertion(doc, 0, PHRASE);
    expect(plan.where).toBe("end");
    expect(plan.label).toBe("三是");
    expect(apply(doc, plan)[0]).toBe("（一）理论学习方面。一是学用结合不紧。二是学习方式单一。三是" + PHRASE);
    expect(selected(doc, plan)).toBe("【具体事例】");
  });

  it("closes the last item's sentence first when it has no full stop", () => {
    const doc = P("（一）理论学习方面。一是学用结合不紧。二是学习方式单一  ");
    const plan = planInsertion(doc, 0, PHRASE);
    expect(apply(doc, plan)[0]).toBe("（一）理论学习方面。一是学用结合不紧。二是学习方式单一。三是" + PHRASE + "  ");
    expect(selected(doc, plan)).toBe("【具体事例】");
  });

  it("after a lone 一是 that follows a heading in the same paragraph, appends 二是", () => {
    const doc = P("（一）理论学习方面。一是学用结合不紧。");
    const plan = planInsertion(doc, 0, "学习方式单一。");
    expect(apply(doc, plan)[0]).toBe("（一）理论学习方面。一是学用结合不紧。二是学习方式单一。");
  });

  it("continues 2. with 3., 2、 with 3、, （二） with （三）, 二、 with 三、, (2) with (3)", () => {
    const cases: [string, string][] = [
      ["2.学用结合不紧。", "3."],
      ["2、学用结合不紧。", "3、"],
      ["（二）学用结合不紧。", "（三）"],
      ["二、学用结合不紧。", "三、"],
      ["(2)学用结合不紧。", "(3)"],
      ["  **9．学用结合不紧。**", "10．"],
    ];
    for (const [text, label] of cases) {
      const plan = planInsertion(P(text), 0, PHRASE);
      expect(plan.label, text).toBe(label);
      expect(apply(P(text), plan)[1], text).toBe(label + PHRASE);
      expect(selected(P(text), plan), text).toBe("【具体事例】");
    }
  });

  it("continues 第二， with 第三，, 第二、 with 第三、, 其次， with 再次，", () => {
    expect(planInsertion(P("第一，学用结合不紧。第二，学习方式单一。"), 0, PHRASE).label).toBe("第三，");
    expect(planInsertion(P("第二、学习方式单一。"), 0, PHRASE).label).toBe("第三、");
    expect(planInsertion(P("首先，学用结合不紧。其次，学习方式单一。"), 0, PHRASE).label).toBe("再次，");
    // Nothing comes after 最后: the phrase goes in without a number.
    expect(planInsertion(P("首先，学用结合不紧。最后，学习方式单一。"), 0, PHRASE).label).toBeNull();
  });

  it("puts the next numbered item after the item's continuation paragraphs, and shifts the later numbers", () => {
    const doc = P("1.学用结合不紧。", "比如，学习与工作两张皮。", "2.学习方式单一。", "（二）政治素质方面");
    const plan = planInsertion(doc, 1, PHRASE);
    expect(plan.label).toBe("2.");
    expect(plan.paragraph).toBe(1);
    expect(apply(doc, plan)).toEqual(["1.学用结合不紧。", "比如，学习与工作两张皮。", "2." + PHRASE, "3.学习方式单一。", "（二）政治素质方面"]);
  });

  it("from a heading, adds the next heading after the group's body", () => {
    const doc = P("（一）理论学习方面", "一是学用结合不紧。", "1.细项。", "（二）政治素质方面", "一是站位不高。");
    const plan = planInsertion(doc, 0, "能力本领方面");
    expect(plan.label).toBe("（二）");
    expect(plan.paragraph).toBe(2);
    expect(apply(doc, plan)).toEqual(["（一）理论学习方面", "一是学用结合不紧。", "1.细项。", "（二）能力本领方面", "（三）政治素质方面", "一是站位不高。"]);
  });

  it("lets Word number a list paragraph: no number typed", () => {
    const doc: SourceParagraph[] = [{ text: "学用结合不紧。", listString: "1." }, { text: "学习方式单一。", listString: "2." }];
    const plan = planInsertion(doc, 1, PHRASE);
    expect(plan.listNumbered).toBe(true);
    expect(plan.label).toBeNull();
    expect(plan.text).toBe(PHRASE);
    expect(plan.edits).toMatchObject([{ paragraphs: [{ keepStyle: true }] }]);
    expect(selected(doc, plan)).toBe("【具体事例】");
  });

  it("after a heading the phrase is body text; after body text it keeps its neighbour's style", () => {
    const doc: SourceParagraph[] = [{ text: "（一）理论学习方面", outlineLevel: 2, style: "Heading 2" }, { text: "学用结合不紧。", style: "正文缩进" }];
    expect(planInsertion(doc, 0, PHRASE, "after").edits).toMatchObject([{ paragraphs: [{ keepStyle: false }] }]);
    expect(planInsertion(doc, 1, PHRASE, "after").edits).toMatchObject([{ paragraphs: [{ keepStyle: true }] }]);
  });

  it("fills an empty paragraph the writer made after 二是…", () => {
    const doc = P("一是学用结合不紧。", "二是学习方式单一。", "", "（二）政治素质方面");
    const plan = planInsertion(doc, 2, PHRASE);
    expect(plan.where).toBe("into");
    expect(apply(doc, plan)).toEqual(["一是学用结合不紧。", "二是学习方式单一。", "三是" + PHRASE, "（二）政治素质方面"]);
    expect(selected(doc, plan)).toBe("【具体事例】");
  });

  it("shifts a run-on chain that goes on in the next paragraphs", () => {
    const doc = P("一是学用结合不紧。二是学习方式单一。", "三是带动不够。四是笔记不全。", "（二）政治素质方面");
    const plan = planInsertion(doc, 0, "跟进不及时。");
    expect(apply(doc, plan)).toEqual(["一是学用结合不紧。二是学习方式单一。三是跟进不及时。", "四是带动不够。五是笔记不全。", "（二）政治素质方面"]);
  });

  it("adds a plain paragraph where nothing is numbered", () => {
    const doc = P("按照要求，认真开展对照检查。", "现将情况报告如下：");
    const plan = planInsertion(doc, 0, PHRASE);
    expect(plan.where).toBe("after");
    expect(plan.label).toBeNull();
    expect(apply(doc, plan)).toEqual(["按照要求，认真开展对照检查。", PHRASE, "现将情况报告如下："]);
  });

  it("does not take 统一是 or 唯一是 for items", () => {
    const plan = planInsertion(P("思想统一是前提，唯一是标准。"), 0, PHRASE);
    expect(plan.label).toBeNull();
  });

  it("stops looking back at a part heading", () => {
    const doc: SourceParagraph[] = [{ text: "一是学用结合不紧。" }, { text: "问题产生的原因", outlineLevel: 1 }, { text: "理想信念有所松懈。" }];
    expect(planInsertion(doc, 2, PHRASE).label).toBeNull();
  });
});

describe("planInsertion: other modes and slots", () => {
  it("at the cursor, leaves the insertion to the host and gives the slot in the phrase", () => {
    const plan = planInsertion(P("一是学用结合不紧。"), 0, PHRASE, "cursor");
    expect(plan.where).toBe("cursor");
    expect(plan.edits).toEqual([]);
    expect(plan.text).toBe(PHRASE);
    expect(PHRASE.slice(plan.slot!.start, plan.slot!.end)).toBe("【具体事例】");
  });

  it("as a new paragraph after the cursor's, without a number", () => {
    const doc = P("一是学用结合不紧。", "二是学习方式单一。");
    const plan = planInsertion(doc, 0, PHRASE, "after");
    expect(apply(doc, plan)).toEqual(["一是学用结合不紧。", PHRASE, "二是学习方式单一。"]);
    expect(selected(doc, plan)).toBe("【具体事例】");
  });

  it("selects nothing for a phrase without a slot, and the first of several", () => {
    expect(planInsertion(P("一是学用结合不紧。"), 0, "学习方式单一。").select).toBeNull();
    expect(firstSlot("【时间】前完成【数量】项。")).toEqual({ start: 0, end: 4 });
    expect(firstSlot("没有槽位。")).toBeNull();
    expect(firstSlot("半个【槽位")).toBeNull();
  });

  it("copes with an empty document and a cursor out of range", () => {
    expect(planInsertion([], 0, PHRASE).where).toBe("cursor");
    const plan = planInsertion(P("2.学用结合不紧。"), 9, PHRASE);
    expect(plan.label).toBe("3.");
  });
});

describe("planInsertion on whole drafts", () => {
  it("plans at every paragraph of our fixture drafts with edits that fit the text and a slot that lands on 【】", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join, resolve } = await import("node:path");
    const { paragraphsFromText } = await import("../../../src/core/analyze");
    const dir = resolve(__dirname, "../../fixtures/drafts");
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(0);
    let numbered = 0;
    for (const f of files) {
      const doc = paragraphsFromText(readFileSync(join(dir, f), "utf8"));
      for (let i = 0; i < doc.length; i++) {
        for (const mode of ["next-item", "after"] as const) {
          const plan = planInsertion(doc, i, PHRASE, mode);
          if (plan.label) numbered++;
          expect(selected(doc, plan), `${f} #${i} ${mode}`).toBe("【具体事例】");
        }
      }
    }
    expect(numbered).toBeGreaterThan(20);
  });
});

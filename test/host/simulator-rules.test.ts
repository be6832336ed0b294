// The simulated Word without its page: Word's load/sync rules in the proxy layer, the document
// model, and the real WordHost running on it (as it does in the browser).
import { afterEach, describe, expect, it } from "vitest";
import { SimulatorCore, type SimulatorOptions } from "../../src/simulator/core";
import { DocModel, type SimDocument } from "../../src/simulator/model";
import { WordHost } from "../../src/word/WordHost";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const DOC: SimDocument = {
  paragraphs: [
    { text: "对照检查材料", style: "Title", alignment: "Centered" },
    { text: "学习贯彻情况", style: "Heading 1", listString: "一、" },
    { text: "学习不深入，学习不够系统。" },
    { text: "表格里的字", inTable: true },
    { text: "整改措施", style: "标题 2", listString: "（一）" },
  ],
  settings: { saved: { a: 1 } },
};

function sim(doc: SimDocument = DOC, options?: SimulatorOptions) {
  const core = new SimulatorCore(structuredClone(doc), options);
  const g = globalThis as Any;
  g.Word = core.Word;
  g.Office = core.Office;
  return { core, Word: core.Word as Any, Office: core.Office as Any, host: new WordHost() };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
});

const texts = (core: SimulatorCore) => core.model.paragraphs.map((p) => p.text);

describe("load/sync rules", () => {
  it("reading a property that was not loaded throws PropertyNotLoaded, as Word does", async () => {
    const { Word } = sim();
    await Word.run(async (context: Any) => {
      const first = context.document.body.paragraphs.getFirst();
      let error: Any;
      try {
        void first.text;
      } catch (e) {
        error = e;
      }
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        `The property 'text' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      await context.sync();
    });
  });

  it("load without sync is not enough; after sync the loaded values are readable, others not", async () => {
    const { Word } = sim();
    await Word.run(async (context: Any) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/'items' is not available/);
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(/'items' is not available/);
      const pending = context.sync();
      expect(() => paragraphs.items).toThrow(/'items' is not available/); // not awaited yet
      await pending;
      expect(paragraphs.items.map((p: Any) => p.text)).toEqual(texts(new SimulatorCore(DOC)));
      expect(() => paragraphs.items[0].style).toThrow(/'style' is not available/);
    });
  });

  it("loaded values are snapshots until loaded again", async () => {
    const { Word } = sim();
    await Word.run(async (context: Any) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const first = paragraphs.items[0];
      first.insertText("新", "Start");
      await context.sync();
      expect(first.text).toBe("对照检查材料");
      first.load("text");
      await context.sync();
      expect(first.text).toBe("新对照检查材料");
    });
  });

  it("writes are queued and applied in order at sync", async () => {
    const { core, Word } = sim();
    await Word.run(async (context: Any) => {
      const p = context.document.body.insertParagraph("末段", "End");
      p.font.bold = true;
      p.alignment = "Centered";
      expect(texts(core)).not.toContain("末段");
      await context.sync();
      const last = core.model.paragraphs[core.model.paragraphs.length - 1];
      expect(last).toMatchObject({ text: "末段", bold: true, alignment: "Centered" });
    });
  });

  it("an error stops the batch where it happens; earlier writes stay", async () => {
    const { core, Word } = sim();
    await expect(
      Word.run(async (context: Any) => {
        context.document.body.insertParagraph("一", "End");
        context.document.body.paragraphs.getFirst().alignment = "Sideways";
        context.document.body.insertParagraph("二", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(texts(core).slice(-2)).toEqual(["整改措施", "一"]);
  });

  it("Word.run syncs what is still queued, and the context is dead afterwards", async () => {
    const { core, Word } = sim();
    let kept: Any;
    await Word.run(async (context: Any) => {
      kept = context;
      context.document.body.insertParagraph("忘了同步", "End");
    });
    expect(texts(core)).toContain("忘了同步");
    expect(core.stats.implicitSyncs).toBe(1);
    await expect(kept.sync()).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });

  it("*OrNullObject: isNullObject after load and sync", async () => {
    const { Word } = sim();
    await Word.run(async (context: Any) => {
      const items = context.document.body.paragraphs.load("items/isListItem");
      await context.sync();
      const plain = items.items[0].listItemOrNullObject;
      const listed = items.items[1].listItemOrNullObject;
      expect(() => plain.isNullObject).toThrow(/'isNullObject' is not available/);
      plain.load("listString");
      listed.load("listString");
      await context.sync();
      expect(plain.isNullObject).toBe(true);
      expect(listed.isNullObject).toBe(false);
      expect(listed.listString).toBe("一、");
    });
  });

  it("APIs above the supported requirement set fail at sync with ApiNotFound", async () => {
    const { Word, Office } = sim(DOC, { requirementSets: { WordApi: "1.2" } });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.2")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(false);
    await expect(
      Word.run(async (context: Any) => {
        context.document.body.paragraphs.load("items/isListItem");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      Word.run(async (context: Any) => {
        context.document.body.getRange("Start");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("loading an unknown property is refused", async () => {
    const { Word } = sim();
    await expect(
      Word.run(async (context: Any) => {
        context.document.body.paragraphs.load("items/colour");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "PropertyNotFound" });
  });
});

describe("document model", () => {
  it("replacing with a line break splits the paragraph; tracked ranges follow", () => {
    const model = new DocModel({ paragraphs: [{ text: "甲乙丙", listString: "1." }, { text: "丁" }], settings: {} });
    const [p] = model.paragraphs;
    const owner = {};
    const tail = model.track({ start: { para: p, offset: 2 }, end: { para: p, offset: 3 } }, owner); // 丙
    model.replace({ start: { para: p, offset: 1 }, end: { para: p, offset: 1 } }, "X\nY");
    expect(model.paragraphs.map((q) => q.text)).toEqual(["甲X", "Y乙丙", "丁"]);
    expect(model.paragraphs[1].listString).toBeUndefined(); // a new paragraph does not continue the list
    expect(model.textOf(tail)).toBe("丙");
  });

  it("paragraphs inserted after a list item are not in the list", () => {
    const model = new DocModel({ paragraphs: [{ text: "一、", listString: "一、", style: "Heading 1" }], settings: {} });
    const created = model.insertParagraph(model.paragraphs[0], "After", "新段");
    expect(created.listString).toBeUndefined();
    expect(created.style).toBe("Heading 1"); // paragraph formatting is copied, as in Word
  });

  it("save() and open(): settings come from the saved document, not from memory", async () => {
    const { core, Office } = sim();
    const settings = Office.context.document.settings;
    expect(settings.get("saved")).toEqual({ a: 1 });
    settings.set("unsaved", 1);
    expect(core.save().settings).toEqual({ saved: { a: 1 } });
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    const file = core.save();
    expect(file.settings).toEqual({ saved: { a: 1 }, unsaved: 1 });
    settings.set("later", 2); // never saved
    core.open(file);
    expect(settings.get("unsaved")).toBe(1);
    expect(settings.get("later")).toBeNull();
    expect(file.paragraphs[1]).toEqual({ text: "学习贯彻情况", style: "Heading 1", listString: "一、" });
  });
});

describe("WordHost on the simulator", () => {
  it("reads paragraphs as Word reports them", async () => {
    const { core, host } = sim();
    expect(await host.readParagraphs()).toEqual([
      { text: "对照检查材料", style: "Title" },
      { text: "学习贯彻情况", style: "Heading 1", outlineLevel: 1, listString: "一、" },
      { text: "学习不深入，学习不够系统。", style: "Normal" },
      { text: "表格里的字", style: "Normal", inTable: true },
      { text: "整改措施", style: "标题 2", outlineLevel: 2, listString: "（一）" },
    ]);
    expect(core.stats.syncs).toBe(2);
  });

  it("reads 2,000 paragraphs in at most 2 syncs", async () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => ({ text: `第${i}段`, listString: i % 2 ? `${i}.` : undefined }));
    const { core, host } = sim({ paragraphs, settings: {} });
    const read = await host.readParagraphs();
    expect(read).toHaveLength(2000);
    expect(read[1999].listString).toBe("1999.");
    expect(core.stats.syncs).toBeLessThanOrEqual(2);
  });

  it("works on WordApi 1.1 without touching 1.3 APIs", async () => {
    const { core, host } = sim(DOC, { requirementSets: { WordApi: "1.1" } });
    const caps = await host.capabilities();
    expect(caps.listNumbers).toBe(false);
    const read = await host.readParagraphs();
    expect(read[1]).toEqual({ text: "学习贯彻情况", style: "Heading 1", outlineLevel: 1 });
    await host.applyEdits([{ anchor: { paragraph: 1, location: "After" }, paragraphs: [{ text: "新" }] }]);
    expect(texts(core)[2]).toBe("新");
    expect(await host.getCursor()).toBeNull();
  });

  it("selects a span and finds the cursor", async () => {
    const { core, host } = sim();
    const text = "学习不深入，学习不够系统。";
    await host.select({ paragraph: 2, start: 6, end: 8, text: "学习" });
    const sel = core.model.selection!;
    expect(core.model.paragraphs.indexOf(sel.start.para)).toBe(2);
    expect([sel.start.offset, sel.end.offset]).toEqual([6, 8]);
    expect(text.slice(6, 8)).toBe("学习");
    expect(await host.getCursor()).toEqual({ paragraph: 2 });
    core.setSelection(4, 1);
    expect(await host.getCursor()).toEqual({ paragraph: 4 });
  });

  it("inserts at the cursor without replacing the selection", async () => {
    const { core, host } = sim();
    core.setSelection(2, 0, 2);
    await host.insertAtCursor("认真");
    expect(texts(core)[2]).toBe("学习认真不深入，学习不够系统。");
    const sel = core.model.selection!;
    expect([sel.start.offset, sel.end.offset]).toEqual([4, 4]);
  });

  it("inserts paragraphs in order, outside the anchor's list, in Normal style, formatted", async () => {
    const { core, host } = sim();
    await host.applyEdits([{ anchor: { paragraph: 1, location: "After" }, paragraphs: [
      { text: "甲", format: { font: "黑体", size: 16, bold: true, outlineLevel: 2 } },
      { text: "乙", format: { firstLineIndent: 32, alignment: "Justified" } },
    ] }]);
    const [, anchor, a, b, next] = core.model.paragraphs;
    expect(anchor.listString).toBe("一、");
    expect(next.text).toBe("学习不深入，学习不够系统。");
    expect(a).toMatchObject({ text: "甲", style: "Normal", font: "黑体", size: 16, bold: true, outlineLevel: 2 });
    expect(b).toMatchObject({ text: "乙", style: "Normal", firstLineIndent: 32, alignment: "Justified" });
    expect(a.listString ?? b.listString).toBeUndefined();
    const read = await host.readParagraphs();
    expect(read[2]).toEqual({ text: "甲", style: "Normal", outlineLevel: 2 });
  });

  it("adds comments that follow the text they are on, and none on WordApi 1.3", async () => {
    const { core, host } = sim();
    const result = await host.addComments([{ paragraph: 2, start: 6, end: 8, expected: "学习", text: "请具体一些" }]);
    expect(result).toEqual({ added: 1, unsupported: false, refused: [] });
    await host.applyEdits([{ anchor: { paragraph: 0, location: "Before" }, paragraphs: [{ text: "新的一段" }] }]);
    expect(core.model.commentsOn(core.model.paragraphs[3])).toEqual(["请具体一些"]);
    const old = sim(DOC, { requirementSets: { WordApi: "1.3" } });
    expect((await old.host.addComments([{ paragraph: 2, start: 6, end: 8, expected: "学习", text: "x" }])).unsupported).toBe(true);
  });

  it("joins a broken line to the next, keeping one paragraph", async () => {
    const { core, host } = sim({ paragraphs: [{ text: "没有逐条研" }, { text: "读，比如" }, { text: "后文。" }], settings: {} });
    const { applied } = await host.applyEdits([{ paragraph: 0, start: 5, end: 5, expected: "", replacement: "", joinNext: { expected: "" } }]);
    expect(applied).toHaveLength(1);
    expect(texts(core)).toEqual(["没有逐条研读，比如", "后文。"]);
  });

  it("replaces only an unchanged span", async () => {
    const { core, host } = sim();
    expect(await host.applyEdits([{ paragraph: 2, start: 6, end: 8, expected: "学好", replacement: "钻研" }]).then((r) => r.applied.length === 1)).toBe(false);
    expect(await host.applyEdits([{ paragraph: 2, start: 6, end: 8, expected: "学习", replacement: "钻研" }]).then((r) => r.applied.length === 1)).toBe(true);
    expect(texts(core)[2]).toBe("学习不深入，钻研不够系统。");
  });

  it("selects and replaces spans longer than Word's 255-character search limit", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `第${i}条意见，`).join(""); // > 255 characters
    const { core, host } = sim({ paragraphs: [{ text: long }], settings: {} });
    const start = 3;
    const end = long.length - 2;
    await host.select({ paragraph: 0, start, end, text: long.slice(start, end) });
    const sel = core.model.selection!;
    expect([sel.start.offset, sel.end.offset]).toEqual([start, end]);
    expect(await host.applyEdits([{ paragraph: 0, start: start, end: end, expected: long.slice(start, end), replacement: "……" }]).then((r) => r.applied.length === 1)).toBe(true);
    expect(texts(core)).toEqual([long.slice(0, start) + "……" + long.slice(end)]);
  });

  it("refuses a span Word cannot search for ('^') rather than rewrite the whole paragraph", async () => {
    const { core, host } = sim({ paragraphs: [{ text: "面积10^2平方米" }], settings: {} });
    expect(await host.applyEdits([{ paragraph: 0, start: 2, end: 6, expected: "10^2", replacement: "100" }]).then((r) => r.applied.length === 1)).toBe(false);
    expect(texts(core)).toEqual(["面积10^2平方米"]);
  });

  it("keeps settings in the document", async () => {
    const { core, host } = sim();
    await host.setSetting("checked", { at: "2024-01-01", count: 3 });
    core.open(core.save());
    expect(await host.getSetting("checked")).toEqual({ at: "2024-01-01", count: 3 });
    expect(await host.getSetting("saved")).toEqual({ a: 1 });
  });

  it("tells listeners about changes, debounced", async () => {
    const { core, host } = sim();
    let calls = 0;
    const off = host.onChange(() => calls++);
    await new Promise((r) => setTimeout(r, 5));
    core.changed();
    core.changed();
    expect(calls).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(1);
    off();
    await new Promise((r) => setTimeout(r, 5));
    core.changed();
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(1);
  });

  it("never relies on Word.run's implicit sync", async () => {
    const { core, host } = sim();
    await host.readParagraphs();
    await host.select({ paragraph: 2, start: 0, end: 2, text: "学习" });
    await host.insertAtCursor("x");
    await host.applyEdits([{ anchor: { location: "End" }, paragraphs: [{ text: "y" }] }]);
    await host.applyEdits([{ paragraph: 0, start: 0, end: 2, expected: "对照", replacement: "对照" }]).then((r) => r.applied.length === 1);
    await host.getCursor();
    expect(core.stats.implicitSyncs).toBe(0);
  });
});

// WordHost against office-addin-mock: what it reads, how many round trips it needs, what it
// writes where, and how it fails.
import { afterEach, describe, expect, it } from "vitest";
import { WordHost } from "../../src/word/WordHost";
import { MockWord, type MockParagraph } from "./helpers/mockWord";
import type { NewParagraph, ParagraphAnchor, TextEdit } from "../../src/core/edits";

const CJK = /[\u4e00-\u9fff]/;

/** One text edit through the batch call: true when it was made. */
async function replace(host: WordHost, target: Omit<TextEdit, "replacement">, replacement: string): Promise<boolean> {
  const { applied } = await host.applyEdits([{ ...target, replacement }]);
  return applied.length === 1;
}

async function insert(host: WordHost, anchor: ParagraphAnchor, paragraphs: NewParagraph[]): Promise<void> {
  const { refused } = await host.applyEdits([{ anchor, paragraphs }]);
  expect(refused).toEqual([]);
}

function setup(paragraphs: MockParagraph[], wordApi = "1.4") {
  const word = new MockWord(paragraphs, { wordApi });
  word.install();
  return { word, host: new WordHost() };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
});

const SAMPLE: MockParagraph[] = [
  { text: "对照检查材料", style: "Title", outlineLevel: 10 },
  { text: "学习贯彻情况\r", style: "标题 1", outlineLevel: 1, listString: "一、" },
  { text: "正文第一段。", style: "正文" },
  { text: "表格里的字", inTable: true },
  { text: "整改措施", style: "标题 2", outlineLevel: 2, listString: "（一）" },
  { text: "", style: "正文" },
];

describe("capabilities", () => {
  it("reports list numbers and comments on WordApi 1.4, asking Word once", async () => {
    const { word, host } = setup(SAMPLE);
    const caps = await host.capabilities();
    expect(caps).toEqual({ name: "Word", listNumbers: true, comments: true, notices: [] });
    await host.capabilities();
    await host.readParagraphs();
    expect(word.setsAsked).toEqual(["WordApi 1.3", "WordApi 1.4"]);
  });

  it("degrades without WordApi 1.3 and says so in Chinese", async () => {
    const { host } = setup(SAMPLE, "1.2");
    const caps = await host.capabilities();
    expect(caps.listNumbers).toBe(false);
    expect(caps.comments).toBe(false);
    expect(caps.notices.some((n) => n.includes("自动编号") && n.includes("WordApi 1.3"))).toBe(true);
    expect(caps.notices.every((n) => CJK.test(n))).toBe(true);
  });

  it("on WordApi 1.3 (Word 2019): list numbers, no comments, and no notice for a feature no panel offers yet", async () => {
    const { host } = setup(SAMPLE, "1.3");
    const caps = await host.capabilities();
    expect(caps.listNumbers).toBe(true);
    expect(caps.comments).toBe(false);
    expect(caps.notices).toEqual([]);
  });
});

describe("readParagraphs", () => {
  it("maps text, style, outline level, tables and list numbers", async () => {
    const { host } = setup(SAMPLE);
    expect(await host.readParagraphs()).toEqual([
      { text: "对照检查材料", style: "Title" },
      { text: "学习贯彻情况", style: "标题 1", outlineLevel: 1, listString: "一、" },
      { text: "正文第一段。", style: "正文" },
      { text: "表格里的字", style: "Normal", inTable: true },
      { text: "整改措施", style: "标题 2", outlineLevel: 2, listString: "（一）" },
      { text: "", style: "正文" },
    ]);
  });

  it("without WordApi 1.3 reads no list numbers or tables (and loads nothing from 1.3)", async () => {
    // The mock's paragraphs have no 1.3 properties then: loading one would throw.
    const { host } = setup(SAMPLE, "1.1");
    const paragraphs = await host.readParagraphs();
    expect(paragraphs.map((p) => p.text)).toEqual(SAMPLE.map((p) => p.text.replace(/\r$/, "")));
    expect(paragraphs.some((p) => "listString" in p || "inTable" in p)).toBe(false);
    expect(paragraphs[1].outlineLevel).toBe(1);
  });

  it("reads a 2,000-paragraph document with at most 2 context.sync() calls", async () => {
    const big: MockParagraph[] = Array.from({ length: 2000 }, (_, i) => ({
      text: `第${i + 1}段。`,
      listString: i % 3 === 0 ? `${i + 1}.` : undefined,
      inTable: i % 50 === 49,
    }));
    const { word, host } = setup(big);
    const paragraphs = await host.readParagraphs();
    expect(word.syncs).toBeLessThanOrEqual(2);
    expect(word.runs).toBe(1);
    expect(paragraphs).toHaveLength(2000);
    expect(paragraphs[0]).toMatchObject({ text: "第1段。", listString: "1." });
    expect(paragraphs[1].listString).toBeUndefined();
    expect(paragraphs[1998]).toMatchObject({ text: "第1999段。", listString: "1999." });
    expect(paragraphs[49].inTable).toBe(true);
    expect(paragraphs.filter((p) => p.listString).length).toBe(667);
  });

  it("needs a single sync when there are no list items", async () => {
    const { word, host } = setup([{ text: "一" }, { text: "二" }]);
    await host.readParagraphs();
    expect(word.syncs).toBe(1);
  });
});

describe("select", () => {
  const text = "学习不深入，学习不够系统，学习效果不好。";

  it("selects the occurrence of the span that starts at `start`", async () => {
    const { word, host } = setup([{ text: "标题" }, { text }]);
    const start = text.indexOf("学习", 1); // the second 学习
    await host.select({ paragraph: 1, start, end: start + 2, text: "学习" });
    expect(word.selected).toEqual({ paragraph: 1, start, end: start + 2, mode: undefined });
    expect(word.searches).toEqual([{ text: "学习", options: { matchCase: true } }]);
  });

  it("selects the whole paragraph without a span", async () => {
    const { word, host } = setup([{ text: "标题" }, { text }]);
    await host.select({ paragraph: 1 });
    expect(word.selected).toEqual({ paragraph: 1, start: 0, end: text.length, mode: undefined });
    expect(word.searches).toHaveLength(0);
  });

  it("falls back to the paragraph for text Word's search would read as a code", async () => {
    const { word, host } = setup([{ text: "上标^2的写法" }]);
    await host.select({ paragraph: 0, start: 2, end: 4, text: "^2" });
    expect(word.searches).toHaveLength(0);
    expect(word.selected).toMatchObject({ paragraph: 0, start: 0, end: 7 });
  });

  it("finds a span again after the paragraph was edited before it", async () => {
    const { word, host } = setup([{ text: "新增：" + text }]);
    // Read before "新增：" was typed.
    const was = text.indexOf("效果");
    await host.select({ paragraph: 0, start: was, end: was + 2, text: "效果" });
    expect(word.selected).toMatchObject({ start: was + 3, end: was + 5 });
  });

  it("rejects in Chinese when the paragraph no longer exists", async () => {
    const { host } = setup([{ text }]);
    await expect(host.select({ paragraph: 5 })).rejects.toThrow(/找不到第 6 段/);
  });
});

describe("replaceText", () => {
  const text = "学习不深入，学习不够系统。";

  it("replaces exactly the span, at the right occurrence", async () => {
    const { word, host } = setup([{ text }]);
    const start = text.indexOf("学习", 1);
    const ok = await replace(host, { paragraph: 0, start: start, end: start + 2, expected: "学习" }, "钻研");
    expect(ok).toBe(true);
    expect(word.texts()).toEqual(["学习不深入，钻研不够系统。"]);
  });

  it("refuses (and changes nothing) when the text has changed", async () => {
    const { word, host } = setup([{ text }]);
    const ok = await replace(host, { paragraph: 0, start: 0, end: 2, expected: "学好" }, "钻研");
    expect(ok).toBe(false);
    expect(word.texts()).toEqual([text]);
    expect(word.searches).toHaveLength(0);
  });

  it("refuses a span past the end of the paragraph", async () => {
    const { word, host } = setup([{ text: "短" }]);
    expect(await replace(host, { paragraph: 0, start: 0, end: 5, expected: "短" }, "长")).toBe(false);
    expect(word.texts()).toEqual(["短"]);
  });

  it("deletes with an empty replacement and inserts at an empty span", async () => {
    const { word, host } = setup([{ text }]);
    expect(await replace(host, { paragraph: 0, start: 5, end: 6, expected: "，" }, "")).toBe(true);
    expect(word.texts()).toEqual(["学习不深入学习不够系统。"]);
    expect(await replace(host, { paragraph: 0, start: 5, end: 5, expected: "" }, "；")).toBe(true);
    expect(word.texts()).toEqual(["学习不深入；学习不够系统。"]);
  });
});

describe("applyEdits", () => {
  const doc = (): MockParagraph[] => [
    { text: "一、存在的问题" },
    { text: "（一）学习方面" },
    { text: "（二）作风方面" },
    { text: "（二）纪律方面" },
    { text: "（三）担当方面" },
  ];

  it("makes any number of edits in one Word.run and at most three syncs", async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => ({ text: `第${i}条，学习不深入。` }));
    const { word, host } = setup(paragraphs);
    const edits = paragraphs.map((p, i) => ({ paragraph: i, start: p.text.indexOf("，"), end: p.text.indexOf("，") + 1, expected: "，", replacement: "；" }));
    const runs = word.runs;
    const { applied, refused } = await host.applyEdits(edits);
    expect(applied).toHaveLength(300);
    expect(refused).toEqual([]);
    expect(word.runs - runs).toBe(1);
    expect(word.syncs).toBeLessThanOrEqual(3);
    expect(word.texts().every((t) => t.includes("；") && !t.includes("，"))).toBe(true);
  });

  it("applies several edits in one paragraph end-first, each at its own place", async () => {
    const { word, host } = setup([{ text: "学习学习不深入，学习不够系统" }]);
    const { applied } = await host.applyEdits([
      { paragraph: 0, start: 0, end: 2, expected: "学习", replacement: "" },
      { paragraph: 0, start: 8, end: 10, expected: "学习", replacement: "钻研" },
      { paragraph: 0, start: 14, end: 14, expected: "", replacement: "。" },
      { paragraph: 0, start: 7, end: 7, expected: "", replacement: "" },
    ]);
    expect(applied).toHaveLength(4);
    expect(word.texts()).toEqual(["学习不深入，钻研不够系统。"]);
  });

  it("refuses an edit whose text changed and one that overlaps another, and makes the rest", async () => {
    const { word, host } = setup(doc());
    const stale = { paragraph: 1, start: 0, end: 3, expected: "（九）", replacement: "（一）" };
    const first = { paragraph: 3, start: 0, end: 3, expected: "（二）", replacement: "（三）" };
    const overlapping = { paragraph: 3, start: 1, end: 2, expected: "二", replacement: "四" };
    const { applied, refused } = await host.applyEdits([stale, first, overlapping]);
    expect(applied).toHaveLength(1);
    expect(refused).toEqual(expect.arrayContaining([stale]));
    expect(refused).toHaveLength(2);
    expect(word.texts()[1]).toBe("（一）学习方面");
    expect(word.texts()[3]).toMatch(/^（[三四]）纪律方面$/);
  });

  it("takes every index from the same reading: a heading inserted and the numbers after it renumbered in one batch", async () => {
    const { word, host } = setup(doc());
    await host.applyEdits([
      { anchor: { paragraph: 2, location: "After" }, paragraphs: [{ text: "（三）新方面" }] },
      { paragraph: 3, start: 0, end: 3, expected: "（二）", replacement: "（四）" },
      { paragraph: 4, start: 0, end: 3, expected: "（三）", replacement: "（五）" },
    ]);
    expect(word.texts()).toEqual(["一、存在的问题", "（一）学习方面", "（二）作风方面", "（三）新方面", "（四）纪律方面", "（五）担当方面"]);
  });

  it("joins a line broken inside a sentence to the next one, and refuses when the next line changed", async () => {
    const lines = () => [{ text: "没有逐条研读  " }, { text: "  ，比如新规出台后" }, { text: "才细看。" }];
    const { word, host } = setup(lines());
    const join = { paragraph: 0, start: 6, end: 8, expected: "  ", replacement: "", joinNext: { expected: "  " } };
    expect((await host.applyEdits([join])).applied).toHaveLength(1);
    expect(word.texts()).toEqual(["没有逐条研读，比如新规出台后", "才细看。"]);

    const again = setup(lines());
    const stale = { ...join, joinNext: { expected: "，，" } };
    expect((await again.host.applyEdits([stale])).refused).toEqual([stale]);
    expect(again.word.texts()).toEqual(lines().map((p) => p.text));

    const old = setup(lines(), "1.1");
    expect((await old.host.applyEdits([join])).refused).toHaveLength(1);
  });

  it("refuses rather than rewrite a paragraph whose span Word cannot search for", async () => {
    const { word, host } = setup([{ text: "增长10^2倍" }]);
    const { refused } = await host.applyEdits([{ paragraph: 0, start: 2, end: 6, expected: "10^2", replacement: "100" }]);
    expect(refused).toHaveLength(1);
    expect(word.texts()).toEqual(["增长10^2倍"]);
  });
});

describe("addComments", () => {
  it("adds every comment in one Word.run, on the span, or on the paragraph for a place between characters", async () => {
    const { word, host } = setup([{ text: "学习不深入，学习不够系统。" }, { text: "二、整改措施" }]);
    const runs = word.runs;
    const result = await host.addComments([
      { paragraph: 0, start: 6, end: 8, expected: "学习", text: "批注一" },
      { paragraph: 1, start: 0, end: 0, expected: "", text: "批注二" },
      { paragraph: 0, start: 0, end: 2, expected: "钻研", text: "已改动" },
    ]);
    expect(result).toEqual({ added: 2, unsupported: false, refused: [expect.objectContaining({ text: "已改动" })] });
    expect(word.comments).toEqual([
      { paragraph: 0, text: "学习", comment: "批注一" },
      { paragraph: 1, text: "二、整改措施", comment: "批注二" },
    ]);
    expect(word.runs - runs).toBe(1);
    expect(word.syncs).toBeLessThanOrEqual(3);
  });

  it("says comments are unsupported on Word without WordApi 1.4, touching nothing", async () => {
    const { word, host } = setup([{ text: "甲" }], "1.3");
    expect(await host.addComments([{ paragraph: 0, start: 0, end: 1, expected: "甲", text: "x" }])).toEqual({ added: 0, unsupported: true, refused: [] });
    expect(word.runs).toBe(0);
  });
});

describe("onChange", () => {
  it("tells the pane in Chinese when Word cannot follow the document", async () => {
    const { word, host } = setup(SAMPLE);
    word.failSubscribe = true;
    const heard: string[] = [];
    host.onChange(() => undefined, (m) => heard.push(m));
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(CJK);
  });
});

describe("insertAtCursor", () => {
  it("inserts after the selection without replacing it, and moves the cursor after the text", async () => {
    const { word, host } = setup([{ text: "甲乙丙丁" }]);
    word.selection = { paragraph: 0, start: 1, end: 3 }; // 乙丙 selected
    await host.insertAtCursor("（补充）");
    expect(word.texts()).toEqual(["甲乙丙（补充）丁"]);
    expect(word.selected).toEqual({ paragraph: 0, start: 7, end: 7, mode: "End" });
  });
});

describe("getSelectedText", () => {
  it("reads the selected words in one round trip", async () => {
    const { word, host } = setup([{ text: "甲乙丙丁" }]);
    word.selection = { paragraph: 0, start: 1, end: 3 };
    expect(await host.getSelectedText()).toBe("乙丙");
    expect(word.syncs).toBe(1);
  });
});

describe("getCursor", () => {
  it("counts the paragraphs up to the one the selection starts in", async () => {
    const { word, host } = setup(SAMPLE);
    word.selection = { paragraph: 4, start: 1, end: 1 };
    expect(await host.getCursor()).toEqual({ paragraph: 4 });
    expect(word.syncs).toBeLessThanOrEqual(2);
  });

  it("finds the cursor's cell when Word widens the range to the table row", async () => {
    const cells = ["甲", "乙", "丙"].map((text) => ({ text, inTable: true }));
    const { word, host } = setup([{ text: "前言" }, ...cells, { text: "后记" }]);
    word.rowTail = 2;
    word.selection = { paragraph: 1, start: 0, end: 0 };
    expect(await host.getCursor()).toEqual({ paragraph: 1 });
  });

  it("is null without WordApi 1.3 and on failure", async () => {
    expect(await setup(SAMPLE, "1.2").host.getCursor()).toBeNull();
    const { word, host } = setup(SAMPLE);
    word.runError = { code: "GeneralException", message: "boom" };
    expect(await host.getCursor()).toBeNull();
  });
});

describe("insertParagraphs", () => {
  const anchorDoc = (): MockParagraph[] => [
    { text: "一、学习方面", listString: "一、", style: "List Paragraph" },
    { text: "正文" },
  ];

  it("keeps the given order after the anchor, outside the anchor's list, formatted", async () => {
    const { word, host } = setup(anchorDoc());
    await insert(host, { paragraph: 0, location: "After" }, [
      { text: "甲", format: { font: "黑体", size: 16, bold: true, alignment: "Centered", outlineLevel: 2 } },
      { text: "乙", format: { font: "仿宋_GB2312", firstLineIndent: 32, alignment: "Justified" } },
      { text: "丙" },
    ]);
    expect(word.texts()).toEqual(["一、学习方面", "甲", "乙", "丙", "正文"]);
    const [, a, b, c] = word.doc;
    for (const e of [a, b, c]) {
      expect(e.listString).toBeUndefined();
      expect(e.detached).toBe(true);
      expect(e.mock.styleBuiltIn).toBe("Normal");
    }
    expect(word.doc[0].listString).toBe("一、"); // the anchor keeps its number
    expect(a.mock.font.name).toBe("黑体");
    expect(a.mock.font.size).toBe(16);
    expect(a.mock.font.bold).toBe(true);
    expect(a.mock.alignment).toBe("Centered");
    expect(a.mock.outlineLevel).toBe(2);
    expect(b.mock.firstLineIndent).toBe(32);
    expect(b.mock.alignment).toBe("Justified");
    expect(word.syncs).toBeLessThanOrEqual(2);
  });

  it("keeps the anchor's style and list when asked (a phrase continuing an item)", async () => {
    const { word, host } = setup(anchorDoc());
    await insert(host, { paragraph: 0, location: "After" }, [{ text: "甲", keepStyle: true }]);
    expect(word.texts()).toEqual(["一、学习方面", "甲", "正文"]);
    expect(word.doc[1].detached).toBeFalsy();
    expect(word.doc[1].mock.styleBuiltIn).not.toBe("Normal");
  });

  it("keeps the order before the anchor and at the end", async () => {
    const { word, host } = setup(anchorDoc());
    await insert(host, { paragraph: 1, location: "Before" }, [{ text: "甲" }, { text: "乙" }]);
    await insert(host, { location: "End" }, [{ text: "丙" }, { text: "丁" }]);
    expect(word.texts()).toEqual(["一、学习方面", "甲", "乙", "正文", "丙", "丁"]);
  });

  it("uses no WordApi 1.3 call on older Word", async () => {
    const { word, host } = setup(anchorDoc(), "1.1");
    await insert(host, { paragraph: 0, location: "After" }, [{ text: "甲", format: { bold: true } }]);
    expect(word.texts()).toEqual(["一、学习方面", "甲", "正文"]);
    expect(word.doc[1].mock.styleBuiltIn).toBeUndefined();
    expect(word.doc[1].mock.font.bold).toBe(true);
  });
});

describe("settings", () => {
  it("round-trips JSON values and saves them in the document", async () => {
    const { word, host } = setup(SAMPLE);
    const value = { template: "民主生活会", ignored: ["a", "b"], level: 2 };
    await host.setSetting("options", value);
    expect(await host.getSetting("options")).toEqual(value);
    expect(word.saved).toEqual({ options: value });
    expect(await host.getSetting("missing")).toBeUndefined();
    await host.setSetting("options", undefined);
    expect(await host.getSetting("options")).toBeUndefined();
    expect(word.saved).toEqual({});
  });

  it("rejects in Chinese when Word cannot save, keeping the cause", async () => {
    const { word, host } = setup(SAMPLE);
    word.failSave = true;
    const error = await host.setSetting("k", 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^保存设置“k”到文档失败/);
    expect((error as Error).cause).toMatchObject({ code: 5001 });
  });
});

describe("errors", () => {
  it("every operation rejects with a Chinese message and the office-js error as cause", async () => {
    const { word, host } = setup(SAMPLE);
    const cause = { name: "RichApi.Error", code: "GeneralException", message: "An internal error has occurred." };
    word.runError = cause;
    const attempts: [string, Promise<unknown>][] = [
      ["读取文档段落", host.readParagraphs()],
      ["选中文字", host.select({ paragraph: 0 })],
      ["在光标处插入文字", host.insertAtCursor("x")],
      ["修改文档", insert(host, { location: "End" }, [{ text: "x" }])],
      ["修改文档", replace(host, { paragraph: 0, start: 0, end: 1, expected: "对" }, "x")],
    ];
    for (const [what, promise] of attempts) {
      const error = (await promise.then(
        () => null,
        (e: unknown) => e,
      )) as Error | null;
      expect(error, what).toBeInstanceOf(Error);
      expect(error!.message.startsWith(`${what}失败`), error!.message).toBe(true);
      expect(error!.message).toContain("GeneralException");
      expect(error!.cause).toBe(cause);
    }
  });

  it("a 1.3 load on a 1.1 Word would reject: the mock really refuses it", async () => {
    // Guards the degradation tests above: the mock must fail when a 1.3 property is loaded.
    const word = new MockWord(SAMPLE, { wordApi: "1.1" });
    await expect(
      word.Word.run(async (context) => {
        context.document.body.paragraphs.load("items/isListItem");
        await context.sync();
      }),
    ).rejects.toThrow(/isListItem/);
  });

  it("the mock refuses to read values that were not loaded and synced", async () => {
    const word = new MockWord(SAMPLE);
    await word.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/not loaded/);
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(/not loaded/);
      await context.sync();
      expect(paragraphs.items[0].text).toBe("对照检查材料");
      expect(paragraphs.items[0].style).toMatch(/^Error/); // not loaded
    });
  });
});

describe("onChange", () => {
  it("subscribes to selection changes and unsubscribes", async () => {
    const { word, host } = setup(SAMPLE);
    let calls = 0;
    const off = host.onChange(() => calls++);
    await new Promise((r) => setTimeout(r, 5));
    word.fireSelectionChanged();
    expect(calls).toBe(1);
    off();
    word.fireSelectionChanged();
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(word.handlers.size).toBe(0);
  });

  it("unsubscribing before Word confirmed still removes the handler", async () => {
    const { word, host } = setup(SAMPLE);
    let calls = 0;
    const off = host.onChange(() => calls++);
    off();
    word.fireSelectionChanged();
    await new Promise((r) => setTimeout(r, 10));
    expect(word.handlers.size).toBe(0);
    expect(calls).toBe(0);
  });
});

import { describe, expect, it } from "vitest";

import { phraseIndexWith } from "../../../src/core/phrases/library";
import { pinyinOf } from "../../../src/core/phrases/pinyinOf";
import {
  checkUserPhraseText,
  editUserPhrase,
  exportUserPhrases,
  mergeUserPhrases,
  newUserPhraseId,
  parseStoredUserPhrases,
  parseUserPhraseFile,
  searchableUserPhrase,
  USER_PHRASE_LIMITS,
  USER_PHRASES_FORMAT,
  type UserPhrase,
} from "../../../src/core/phrases/userPhrases";

const MINE: UserPhrase[] = [
  { id: "u-1", text: "每月至少参加一次支部集中学习。", parts: ["measures"], topics: ["lilun-xuexi"], voice: "personal" },
  { id: "u-2", text: "班子成员联系点调研【次数】次。", parts: [], topics: [], voice: "team" },
];

const file = (phrases: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: USER_PHRASES_FORMAT, version: 1, phrases, ...extra });

function refused(json: string): string {
  const r = parseUserPhraseFile(json);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("accepted");
  expect(r.message).toMatch(/未导入任何短语。$/);
  return r.message;
}

describe("user phrases: export and import", () => {
  it("reads back what it exports, without the pinyin", () => {
    const withPinyin = MINE.map((p) => ({ ...p, pinyin: pinyinOf(p.text) }));
    const json = exportUserPhrases(withPinyin);
    expect(json).not.toContain("pinyin");
    const r = parseUserPhraseFile(json);
    expect(r).toEqual({ ok: true, phrases: MINE, warnings: [] });
  });

  it("reads a hand-made list of texts or objects, giving ids where there are none, and a BOM", () => {
    const r = parseUserPhraseFile("\uFEFF" + JSON.stringify(["第一句。", { text: " 第二句。 ", topics: ["zuofeng"] }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.phrases.map((p) => [p.id, p.text, p.voice, p.topics])).toEqual([
      ["u-import-1", "第一句。", "any", []],
      ["u-import-2", "第二句。", "any", ["zuofeng"]],
    ]);
  });

  it("skips a repeated text with a warning, and ignores fields it does not know", () => {
    const r = parseUserPhraseFile(file([{ text: "同一句。", colour: "red" }, { text: "同一句。" }]));
    expect(r.ok && r.phrases.length).toBe(1);
    expect(r.ok && r.warnings).toEqual(["第 2 条短语与前面的内容相同，已跳过。"]);
  });

  it("refuses a malformed file with a clear message in Chinese", () => {
    expect(refused("{不是 JSON")).toContain("不是有效的 JSON");
    expect(refused("")).toContain("不是有效的 JSON");
    expect(refused(JSON.stringify({ phrases: [] }))).toContain("不是对照检查助手导出的短语文件");
    expect(refused(JSON.stringify({ format: "other", version: 1, phrases: [] }))).toContain("不是对照检查助手导出的短语文件");
    expect(refused(file([], { version: 2 }))).toContain("较新的版本（2）");
    expect(refused(file([], { version: "1" }))).toContain("版本号");
    expect(refused(JSON.stringify({ format: USER_PHRASES_FORMAT, version: 1 }))).toContain("没有短语列表");
    expect(refused(file([]))).toContain("没有短语");
    expect(refused("42")).toContain("格式不对");
    expect(refused("null")).toContain("格式不对");
  });

  it("refuses the whole file for one bad phrase, naming it", () => {
    const good = { text: "好的一句。" };
    const cases: [unknown, string][] = [
      [{ text: "" }, "短语内容为空"],
      [{ text: "   " }, "短语内容为空"],
      [{ text: 42 }, "应为文字"],
      [{}, "应为文字"],
      [{ text: "字".repeat(USER_PHRASE_LIMITS.text + 1) }, "短语过长"],
      [{ text: "两行\n文字。" }, "换行"],
      [{ text: "好。", topics: ["no-such-topic"] }, "未知的值“no-such-topic”"],
      [{ text: "好。", topics: "lilun-xuexi" }, "应为列表"],
      [{ text: "好。", parts: ["body"] }, "未知的值“body”"],
      [{ text: "好。", voice: "both" }, "口吻"],
      [{ text: "好。", id: "有空格 的编号" }, "编号"],
      [{ text: "好。", topics: Array(USER_PHRASE_LIMITS.tags + 1).fill("zuofeng") }, "过多"],
      [7, "应为短语对象"],
    ];
    for (const [bad, why] of cases) {
      const message = refused(file([good, good, bad].map((x, i) => (i === 1 ? { text: "另一句。" } : x))));
      expect(message, JSON.stringify(bad).slice(0, 40)).toContain("第 3 条短语有误");
      expect(message, JSON.stringify(bad).slice(0, 40)).toContain(why);
    }
    expect(refused(file([{ id: "a", text: "一。" }, { id: "a", text: "二。" }]))).toContain("第 2 条短语的编号“a”与前面的重复");
  });

  it("refuses an oversized file or too many phrases before reading them", () => {
    expect(refused(" ".repeat(USER_PHRASE_LIMITS.file + 1))).toContain("文件过大");
    const many = Array.from({ length: USER_PHRASE_LIMITS.count + 1 }, (_, i) => `第${i}句。`);
    expect(refused(JSON.stringify(many))).toContain(`短语过多（${USER_PHRASE_LIMITS.count + 1} 条）`);
    // A full export of the most the writer may keep still reads back.
    const full = Array.from({ length: USER_PHRASE_LIMITS.count }, (_, i): UserPhrase => ({
      id: `u-${i}`,
      text: `${i}`.padEnd(USER_PHRASE_LIMITS.text, "字"),
      parts: ["problems"],
      topics: ["lilun-xuexi"],
      voice: "team",
    }));
    const r = parseUserPhraseFile(exportUserPhrases(full));
    expect(r.ok && r.phrases.length).toBe(USER_PHRASE_LIMITS.count);
  });

  it("does not let a file reach Object.prototype", () => {
    parseUserPhraseFile('{"format":"duizhao-phrases","version":1,"phrases":[{"text":"好。","__proto__":{"polluted":1}}],"__proto__":{"polluted":1}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("user phrases: merging an import", () => {
  it("adds new texts, skips those the writer has, renames a taken id", () => {
    const incoming: UserPhrase[] = [
      { ...MINE[0], id: "x" },
      { id: "u-1", text: "新的一句。", parts: [], topics: [], voice: "any" },
    ];
    const r = mergeUserPhrases(MINE, incoming);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.added).toBe(1);
    expect(r.skipped).toBe(1);
    expect(r.phrases.map((p) => p.id)).toEqual(["u-1", "u-2", "u-1-2"]);
  });

  it("refuses, changing nothing, when the list would pass the limit", () => {
    const existing = Object.freeze(
      Array.from({ length: USER_PHRASE_LIMITS.count - 1 }, (_, i): UserPhrase => Object.freeze({ id: `u-${i}`, text: `第${i}句。`, parts: [], topics: [], voice: "any" })),
    );
    const before = JSON.stringify(existing);
    const r = mergeUserPhrases(existing, [
      { id: "n1", text: "新一。", parts: [], topics: [], voice: "any" },
      { id: "n2", text: "新二。", parts: [], topics: [], voice: "any" },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(`超过 ${USER_PHRASE_LIMITS.count} 条的上限`);
    expect(r.message).toMatch(/未导入任何短语。$/);
    expect(JSON.stringify(existing)).toBe(before);
  });
});

describe("user phrases: storage and use", () => {
  it("keeps the good entries of what storage holds and says when it dropped some", () => {
    const stored = [
      { ...MINE[0], pinyin: pinyinOf(MINE[0].text) },
      { text: "没有编号。" },
      { id: "u-3", text: "" },
      MINE[1],
      { ...MINE[1] },
      { id: "u-4", text: "拼音对不上。", parts: [], topics: [], voice: "any", pinyin: { full: "pin" } },
    ];
    const r = parseStoredUserPhrases(stored);
    expect(r.dropped).toBe(true);
    expect(r.value.map((p) => p.id)).toEqual(["u-1", "u-2", "u-4"]);
    expect(r.value[0].pinyin).toEqual(pinyinOf(MINE[0].text));
    // Pinyin that no longer fits the text is dropped (the pane computes it again), not the phrase.
    expect(r.value[2].pinyin).toBeUndefined();
    expect(parseStoredUserPhrases(undefined)).toEqual({ value: [], dropped: false });
    expect(parseStoredUserPhrases("garbage")).toEqual({ value: [], dropped: true });
    expect(parseStoredUserPhrases({ phrases: MINE })).toEqual({ value: MINE, dropped: false });
  });

  it("checks a text typed in the pane's form", () => {
    expect(checkUserPhraseText("每月学习一次。")).toBeNull();
    expect(checkUserPhraseText("")).toBe("短语内容为空");
    expect(checkUserPhraseText("字".repeat(501))).toContain("上限为 500 字");
  });

  it("makes new ids that are not taken", () => {
    const id = newUserPhraseId([], 1_700_000_000_000);
    expect(id).toMatch(/^u-[0-9a-z]+$/);
    expect(newUserPhraseId([id], 1_700_000_000_000)).not.toBe(id);
  });

  it("is found by the search, by pinyin once it has it, with aspects from its topics", () => {
    const p = searchableUserPhrase({ ...MINE[0], pinyin: pinyinOf(MINE[0].text) });
    expect(p.aspects).toContain("lilun-xuexi");
    const { hits } = phraseIndexWith([p]).search("myzscj", { limit: 3 });
    expect(hits[0].phrase.id).toBe("u-1");
    const bare = searchableUserPhrase(MINE[1]);
    expect(phraseIndexWith([bare]).search("联系点调研").hits[0].phrase.id).toBe("u-2");
  });
});

describe("editing one of the writer's phrases", () => {
  it("changes its words and tags in place, keeping its id; its pinyin goes when its words change", () => {
    const withPinyin = MINE.map((p) => ({ ...p, pinyin: pinyinOf(p.text) }));
    const r = editUserPhrase(withPinyin, "u-2", { text: " 班子成员每季度到联系点调研【次数】次。 ", parts: ["measures", "measures"], topics: ["diaocha-yanjiu"], voice: "team" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.phrases.map((p) => p.id)).toEqual(["u-1", "u-2"]);
    expect(r.phrases[1]).toEqual({ id: "u-2", text: "班子成员每季度到联系点调研【次数】次。", parts: ["measures"], topics: ["diaocha-yanjiu"], voice: "team" });
    expect(r.phrases[0].pinyin).toBeDefined();
    const retagged = editUserPhrase(withPinyin, "u-1", { ...MINE[0], topics: [] });
    expect(retagged.ok && retagged.phrases[0].pinyin).toEqual(withPinyin[0].pinyin);
  });

  it("refuses empty words, words another phrase has, and a phrase that is gone", () => {
    expect(editUserPhrase(MINE, "u-1", { ...MINE[0], text: "  " })).toEqual({ ok: false, message: "短语内容为空" });
    expect(editUserPhrase(MINE, "u-1", { ...MINE[0], text: MINE[1].text })).toEqual({ ok: false, message: "已有相同的短语。" });
    expect(editUserPhrase(MINE, "u-9", MINE[0])).toMatchObject({ ok: false });
  });
});

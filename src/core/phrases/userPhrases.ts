import { PART_ROLES, type PartRole } from "../structure/roles";
import { isTopicId, TOPICS_BY_ID, type TopicId } from "../../data/phrases/topics";
import { HAN, type PhrasePinyin, type PhraseVoice, type SearchablePhrase } from "./types";

/*
 * The writer's own phrases: what the pane keeps (the webview's storage) and what it imports and
 * exports as JSON. Nothing read is trusted as it comes:
 * - an import (a file someone sends) is all or nothing: a malformed or oversized file, or one bad
 *   phrase in it, is refused with a message in Chinese that says what and where, and changes
 *   nothing;
 * - what storage holds is read entry by entry: a bad entry is dropped (`dropped`), the rest kept,
 *   so a half-written save cannot blank the writer's list.
 */

export interface UserPhrase {
  /** Stable id, "u-" and letters or digits. */
  id: string;
  text: string;
  /** Parts it is meant for; empty: any part. */
  parts: PartRole[];
  topics: TopicId[];
  voice: PhraseVoice;
  /** Pinyin, computed by pinyinOf.ts when the phrase is saved; kept in storage, not exported. */
  pinyin?: PhrasePinyin;
}

/** Bounds far beyond real use, small enough to keep the pane and its storage quick. */
export const USER_PHRASE_LIMITS = {
  /** Phrases a writer may keep (and import at once). */
  count: 2000,
  /** Characters in one phrase. */
  text: 500,
  /** Characters in an imported file: a full export of `count` phrases of `text` characters fits. */
  file: 2_000_000,
  /** Parts or topics on one phrase. */
  tags: 16,
  id: 64,
} as const;

export const USER_PHRASES_FORMAT = "duizhao-phrases";
export const USER_PHRASES_VERSION = 1;

const VOICES: readonly PhraseVoice[] = ["personal", "team", "any"];
const ID = /^[A-Za-z0-9_.-]{1,64}$/;
/** Control characters (tab, line breaks included: a phrase is one paragraph's words). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

// ------------------------------------------------------------------ one phrase

/** Why a phrase's text cannot be kept (in Chinese, for the pane's form), or null when it can. */
export function checkUserPhraseText(text: unknown): string | null {
  if (typeof text !== "string") return "短语内容应为文字";
  const t = text.trim();
  if (t === "") return "短语内容为空";
  if (t.length > USER_PHRASE_LIMITS.text) return `短语过长（${t.length} 字），上限为 ${USER_PHRASE_LIMITS.text} 字`;
  if (CONTROL.test(t)) return "短语中有换行或不可见的控制字符，请写成一段";
  return null;
}

type Checked<T> = { value: T } | { error: string };

/** One phrase of a file or of storage: the phrase, or what is wrong with it (Chinese). */
function checkPhrase(x: unknown, makeId: () => string): Checked<UserPhrase> {
  if (typeof x === "string") x = { text: x };
  if (!isObject(x)) return { error: "应为短语对象或一段文字" };
  const textError = checkUserPhraseText(x.text);
  if (textError) return { error: textError };
  let id: string;
  if (x.id === undefined) id = makeId();
  else if (typeof x.id === "string" && ID.test(x.id)) id = x.id;
  else return { error: `编号（id）应为不超过 ${USER_PHRASE_LIMITS.id} 个字母、数字或 _ . - 的组合` };

  const parts = tagList(x.parts, "部分（parts）", (p): p is PartRole => (PART_ROLES as readonly string[]).includes(p as string));
  if ("error" in parts) return parts;
  const topics = tagList(x.topics, "主题（topics）", isTopicId);
  if ("error" in topics) return topics;
  let voice: PhraseVoice = "any";
  if (x.voice !== undefined) {
    if (!VOICES.includes(x.voice as PhraseVoice)) return { error: `口吻（voice）应为 personal（个人）、team（班子）或 any（通用），而不是“${String(x.voice).slice(0, 20)}”` };
    voice = x.voice as PhraseVoice;
  }
  return { value: { id, text: (x.text as string).trim(), parts: parts.value, topics: topics.value, voice } };
}

function tagList<T extends string>(x: unknown, name: string, known: (v: unknown) => v is T): Checked<T[]> {
  if (x === undefined) return { value: [] };
  if (!Array.isArray(x)) return { error: `${name}应为列表` };
  if (x.length > USER_PHRASE_LIMITS.tags) return { error: `${name}过多（${x.length} 个），上限为 ${USER_PHRASE_LIMITS.tags} 个` };
  const unknown = x.find((v) => !known(v));
  if (unknown !== undefined) return { error: `${name}中有未知的值“${String(unknown).slice(0, 30)}”` };
  return { value: [...new Set(x as T[])] };
}

/** Pinyin kept in storage, if it still fits the text (one syllable per Chinese character). */
function checkPinyin(x: unknown, text: string): PhrasePinyin | undefined {
  if (!isObject(x) || typeof x.full !== "string") return undefined;
  const han = Array.from(text).filter((ch) => HAN.test(ch)).length;
  const syllables = x.full === "" ? [] : x.full.split(" ");
  if (syllables.length !== han) return undefined;
  if (!syllables.every((s) => /^[a-z]{1,6}$/.test(s) || HAN.test(s))) return undefined;
  return { full: x.full };
}

// ------------------------------------------------------------------ import

export type ImportResult =
  | { ok: true; phrases: UserPhrase[]; warnings: string[] }
  | { ok: false; message: string };

const NOTHING = "未导入任何短语。";

/**
 * Read an exported file (or a hand-made one: a list of phrase objects or of plain texts). All or
 * nothing: any fault refuses the whole file with a message saying what and where.
 */
export function parseUserPhraseFile(json: string): ImportResult {
  if (typeof json !== "string") return { ok: false, message: `无法读取文件内容。${NOTHING}` };
  if (json.length > USER_PHRASE_LIMITS.file) {
    return { ok: false, message: `文件过大（${json.length} 个字符），上限为 ${USER_PHRASE_LIMITS.file} 个字符。${NOTHING}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: `文件不是有效的 JSON，可能已损坏或不是短语文件。${NOTHING}` };
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (isObject(data)) {
    if (data.format !== USER_PHRASES_FORMAT) {
      return { ok: false, message: `文件格式不对：不是对照检查助手导出的短语文件（应有 "format": "${USER_PHRASES_FORMAT}"）。${NOTHING}` };
    }
    if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) {
      return { ok: false, message: `文件的版本号（version）无效。${NOTHING}` };
    }
    if (data.version > USER_PHRASES_VERSION) {
      return { ok: false, message: `文件来自较新的版本（${data.version}），本程序只能读取版本 ${USER_PHRASES_VERSION}，请先升级。${NOTHING}` };
    }
    list = data.phrases;
    if (!Array.isArray(list)) return { ok: false, message: `文件中没有短语列表（phrases）。${NOTHING}` };
  } else {
    return { ok: false, message: `文件格式不对：应为短语列表或对照检查助手导出的短语文件。${NOTHING}` };
  }
  const items = list as unknown[];
  if (items.length === 0) return { ok: false, message: `文件中没有短语。${NOTHING}` };
  if (items.length > USER_PHRASE_LIMITS.count) {
    return { ok: false, message: `短语过多（${items.length} 条），一次最多导入 ${USER_PHRASE_LIMITS.count} 条。${NOTHING}` };
  }
  const phrases: UserPhrase[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  let n = 0;
  const makeId = () => {
    let id = `u-import-${++n}`;
    while (ids.has(id)) id = `u-import-${++n}`;
    return id;
  };
  for (let i = 0; i < items.length; i++) {
    const checked = checkPhrase(items[i], makeId);
    if ("error" in checked) return { ok: false, message: `第 ${i + 1} 条短语有误：${checked.error}。${NOTHING}` };
    const p = checked.value;
    if (ids.has(p.id)) return { ok: false, message: `第 ${i + 1} 条短语的编号“${p.id}”与前面的重复。${NOTHING}` };
    ids.add(p.id);
    if (texts.has(p.text)) {
      warnings.push(`第 ${i + 1} 条短语与前面的内容相同，已跳过。`);
      continue;
    }
    texts.add(p.text);
    phrases.push(p);
  }
  return { ok: true, phrases, warnings };
}

export type MergeResult =
  | { ok: true; phrases: UserPhrase[]; added: number; skipped: number }
  | { ok: false; message: string };

/**
 * The writer's list with the imported phrases added: a phrase whose text the writer already has
 * is skipped; an id already taken by another text is renamed. Refused (nothing changes) when the
 * list would pass the limit.
 */
export function mergeUserPhrases(existing: readonly UserPhrase[], incoming: readonly UserPhrase[]): MergeResult {
  const texts = new Set(existing.map((p) => p.text));
  const ids = new Set(existing.map((p) => p.id));
  const added: UserPhrase[] = [];
  let skipped = 0;
  for (const p of incoming) {
    if (texts.has(p.text)) {
      skipped++;
      continue;
    }
    let id = p.id;
    for (let k = 2; ids.has(id); k++) id = `${p.id.slice(0, USER_PHRASE_LIMITS.id - 6)}-${k}`;
    ids.add(id);
    texts.add(p.text);
    added.push({ ...p, id });
  }
  if (existing.length + added.length > USER_PHRASE_LIMITS.count) {
    return {
      ok: false,
      message: `导入后将超过 ${USER_PHRASE_LIMITS.count} 条的上限（现有 ${existing.length} 条，将新增 ${added.length} 条），请先删除一些短语。${NOTHING}`,
    };
  }
  return { ok: true, phrases: [...existing, ...added], added: added.length, skipped };
}

/** What the writer sets on one of their phrases. */
export type UserPhraseFields = Pick<UserPhrase, "text" | "parts" | "topics" | "voice">;

/**
 * The list with phrase `id` changed (its pinyin dropped when its text changes: the caller
 * computes it again), or why not: a text that cannot be kept, or one another phrase already has.
 */
export function editUserPhrase(list: readonly UserPhrase[], id: string, fields: UserPhraseFields): { ok: true; phrases: UserPhrase[] } | { ok: false; message: string } {
  const text = fields.text.trim();
  const problem = checkUserPhraseText(text);
  if (problem) return { ok: false, message: problem };
  const at = list.findIndex((p) => p.id === id);
  if (at < 0) return { ok: false, message: "这条短语已被删除。" };
  if (list.some((p) => p.id !== id && p.text === text)) return { ok: false, message: "已有相同的短语。" };
  const before = list[at];
  const parts = [...new Set(fields.parts)].slice(0, USER_PHRASE_LIMITS.tags);
  const topics = [...new Set(fields.topics)].slice(0, USER_PHRASE_LIMITS.tags);
  const edited: UserPhrase = { id, text, parts, topics, voice: fields.voice };
  if (before.pinyin && before.text === text) edited.pinyin = before.pinyin;
  return { ok: true, phrases: list.map((p, i) => (i === at ? edited : p)) };
}

// ------------------------------------------------------------------ export

/** The file the pane offers for download: the phrases without their pinyin (the reader computes it). */
export function exportUserPhrases(phrases: readonly UserPhrase[]): string {
  const out = phrases.map((p) => {
    const { id, text, parts, topics, voice } = p;
    return { id, text, parts, topics, voice };
  });
  return JSON.stringify({ format: USER_PHRASES_FORMAT, version: USER_PHRASES_VERSION, phrases: out }, null, 2) + "\n";
}

// ------------------------------------------------------------------ storage

/** What storage held, read entry by entry: bad entries dropped, `dropped` set so the pane can say so. */
export function parseStoredUserPhrases(x: unknown): { value: UserPhrase[]; dropped: boolean } {
  if (x === undefined || x === null) return { value: [], dropped: false };
  const list = isObject(x) && Array.isArray(x.phrases) ? x.phrases : x;
  if (!Array.isArray(list)) return { value: [], dropped: true };
  let dropped = list.length > USER_PHRASE_LIMITS.count;
  const value: UserPhrase[] = [];
  const ids = new Set<string>();
  for (const item of list.slice(0, USER_PHRASE_LIMITS.count)) {
    // Stored phrases have ids; one without is not ours.
    const checked = isObject(item) && typeof item.id === "string" ? checkPhrase(item, () => "") : { error: "" };
    if ("error" in checked || ids.has(checked.value.id)) {
      dropped = true;
      continue;
    }
    const p = checked.value;
    const pinyin = isObject(item) ? checkPinyin(item.pinyin, p.text) : undefined;
    if (pinyin) p.pinyin = pinyin;
    ids.add(p.id);
    value.push(p);
  }
  return { value, dropped };
}

/** A new id for a phrase the writer adds, unique among `taken`; `seed` (the time, say) varies it. */
export function newUserPhraseId(taken: Iterable<string>, seed: number): string {
  const used = new Set(taken);
  let n = Math.abs(Math.floor(seed)) % 2 ** 48;
  let id = `u-${n.toString(36)}`;
  while (used.has(id)) id = `u-${(++n).toString(36)}`;
  return id;
}

/** A phrase of the writer's as the search sees it: aspects from its topics, like the library's. */
export function searchableUserPhrase(p: UserPhrase): SearchablePhrase {
  const aspects = [...new Set(p.topics.flatMap((t) => TOPICS_BY_ID.get(t)?.aspects ?? []))];
  return {
    id: p.id,
    text: p.text,
    parts: p.parts,
    kind: "sentence",
    topics: p.topics,
    aspects,
    voice: p.voice,
    entry: p.id,
    ...(p.pinyin ? { pinyin: p.pinyin } : {}),
  };
}

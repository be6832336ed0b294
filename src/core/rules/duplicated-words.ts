import type { Paragraphs } from "../types";
import type { Report, Rule } from "./types";
import { ALLOWED_REDUPLICATIONS, NEVER_DOUBLED, ONE_BY_ONE_CLASSIFIERS, WORDS_AFTER_SAME_CHARACTER } from "../../data/reduplications";

/** The longest word copy looked for (用公款用公款: 3, 形式主义形式主义: 4, 民主生活会民主生活会: 5). */
const MAX_COPY = 6;
/**
 * Text segmented around a candidate: enough for the segmenter to read the words around it,
 * and no more (segmenting costs about half a microsecond a character). A window stops earlier
 * at a mark or a space, where the segmenter would start a new run of words anyway.
 */
const BEFORE = 12;
const AFTER = 12;

const TIMES: Record<number, string> = { 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九" };

const NUMERALS = /^[零〇一二三四五六七八九十百千万亿两]+$/;
const NEVER_DOUBLED_CODES = new Set([...NEVER_DOUBLED].map((c) => c.charCodeAt(0)));

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);

/** Per doubled text ("讨论讨论", "了了"), the allowed phrases holding it and where in them it starts. */
const ALLOWED = (() => {
  const map = new Map<string, { phrase: string; offset: number }[]>();
  for (const phrase of ALLOWED_REDUPLICATIONS) {
    for (let len = 1; len <= MAX_COPY; len++) {
      for (let j = 0; j + 2 * len <= phrase.length; j++) {
        if (phrase.slice(j, j + len) !== phrase.slice(j + len, j + 2 * len)) continue;
        const key = phrase.slice(j, j + 2 * len);
        const list = map.get(key) ?? [];
        list.push({ phrase, offset: j });
        map.set(key, list);
      }
    }
  }
  return map;
})();

const WORDS_AFTER = (() => {
  const map = new Map<string, string[]>();
  for (const w of WORDS_AFTER_SAME_CHARACTER) map.set(w[0], [...(map.get(w[0]) ?? []), w]);
  return map;
})();

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  // Word segmentation is in every browser Word runs in and in Node; without it the rule stays
  // silent rather than guess at words.
  if (segmenter === undefined) segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  return segmenter;
}

/** Word boundaries of text[start, end), from the segmenter; index k is position start + k. */
interface Window {
  start: number;
  end: number;
  boundary: Uint8Array;
}

/** Segment the text around [from, to): out to BEFORE and AFTER characters, or the nearest mark. */
function segmentAround(seg: Intl.Segmenter, text: string, from: number, to: number): Window {
  let start = from;
  while (start > 0 && from - start < BEFORE && isHan(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && end - to < AFTER && isHan(text.charCodeAt(end))) end++;
  const boundary = new Uint8Array(end - start + 1);
  for (const s of seg.segment(text.slice(start, end))) boundary[s.index] = 1;
  boundary[end - start] = 1;
  return { start, end, boundary };
}

/** Whether a doubled text at `at` is written on purpose (讨论讨论, 不了了之, 一级一级, 在在建). */
function allowed(text: string, at: number, copy: string): boolean {
  const doubled = copy + copy;
  for (const { phrase, offset } of ALLOWED.get(doubled) ?? []) {
    if (at - offset >= 0 && text.startsWith(phrase, at - offset)) return true;
  }
  // 一 and a classifier, one after another: 一级一级, 一步一步, 一个一个.
  if (copy.length === 2 && copy[0] === "一" && ONE_BY_ONE_CLASSIFIERS.includes(copy[1])) return true;
  // A grammatical character before a word that starts with it: 在 + 在建, 的 + 的确.
  return copy.length === 1 && startsAllowedWord(text, at + 1);
}

/** Whether a word that may follow its own first character (在建, 的确) starts at `at`. */
function startsAllowedWord(text: string, at: number): boolean {
  for (const w of WORDS_AFTER.get(text[at]) ?? []) if (text.startsWith(w, at)) return true;
  return false;
}

export const duplicatedWords: Rule = {
  meta: {
    id: "duplicated-words",
    category: "wording",
    severity: "error",
    name: "字词重复",
    description: "同一个词或虚词连写了两遍，如“巡视巡视”“用公款用公款”“还还需”“的的”；一段话紧接着原样重复一遍（粘贴了两次）也算。按分词判断，“工作作风”“学习习近平”“钉钉子”“顾虑重重”“红红脸”“常常”“层层”“明明白白”等正常叠用不报。",
    why: "重复字词是打字或修改时留下的，读出来别扭，一眼就能看出材料没有认真校对，送审时会被退回。",
    example: { bad: "在巡视巡视整改工作中，我还还存在等一等的思想。", good: "在巡视整改工作中，我还存在等一等的思想。" },
    messages: {
      word: "“{{word}}”连写了{{times}}遍（“{{text}}”），应删去重复的部分。",
      character: "“{{word}}”字重复了（“{{text}}”），应只保留一个。",
      paragraph: "这一段与上一段完全相同，是重复粘贴的，应删去一段。",
    },
    fixable: true,
  },
  check({ paragraphs, report }) {
    repeatedParagraphs(paragraphs, report);
    const seg = getSegmenter();
    if (!seg) return;
    paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      for (let i = 0; i < text.length - 1; i++) {
        const code = text.charCodeAt(i);
        if (!isHan(code)) continue; // numbers, letters and marks are other rules' business
        for (let len = 1; len <= MAX_COPY && i + 2 * len <= text.length; len++) {
          if (text.charCodeAt(i + len) !== code) continue;
          // A single character is a slip only when it carries grammar (还, 的, 在): 年年, 说说 are words.
          if (len === 1 && !NEVER_DOUBLED_CODES.has(code)) continue;
          // The rest of the copy, character by character (no string made for a near miss).
          let same = true;
          for (let k = 1; k < len && same; k++) same = text.charCodeAt(i + k) === text.charCodeAt(i + len + k) && isHan(text.charCodeAt(i + k));
          if (!same) continue;
          const copy = text.slice(i, i + len);
          // A number in Chinese numerals (二零二零年, 一二一二) repeats its digits.
          if (len > 1 && NUMERALS.test(copy)) continue;
          if (allowed(text, i, copy)) continue;
          const w = segmentAround(seg, text, i, i + 2 * len);
          const at = (pos: number) => w.boundary[pos - w.start] === 1;
          // Both copies are whole words: boundaries before, between and after them. Otherwise the
          // repeat straddles words (工作|作风, 学习|习近平, 钉|钉子, 顾虑|重重) and is no slip.
          const split = at(i) && at(i + len) && at(i + 2 * len);
          // A grammatical character standing alone before itself: the second copy may be read
          // into the next word (还|还是, 的|的目标) or both into one "word" (的的); the words
          // that rightly follow the same character (在 + 在建, 的 + 的确) were let through above.
          const single = len === 1 && at(i) && (at(i + 1) || at(i + 2));
          if (!split && !single) continue;
          let end = i + 2 * len;
          // A grammatical character three times (的的的, 我我我们): all but one go.
          if (len === 1) {
            while (end < text.length && text.charCodeAt(end) === code) end++;
            // …unless the last one starts a word of its own (在在在建: 在 + 在建).
            if (end - i >= 3 && startsAllowedWord(text, end - 1)) end--;
          }
          // More copies of a word (巡视巡视巡视), each a whole word: segmented around each one.
          else while (end + len <= text.length && text.startsWith(copy, end)) {
            const next = segmentAround(seg, text, end, end + len);
            if (next.boundary[end + len - next.start] !== 1) break;
            end += len;
          }
          const times = (end - i) / len;
          report({
            messageId: len === 1 ? "character" : "word",
            data: { word: copy, text: text.slice(i, end), times: TIMES[times] ?? String(times) },
            paragraph,
            start: i,
            end,
            fix: { paragraph, start: i, end, replacement: copy },
          });
          i = end - 1; // go on after the repeat
          break;
        }
      }
    });
  },
};

/** A paragraph shorter than this, or without a sentence mark, is a line (a heading, a name): it may repeat. */
const MIN_PARAGRAPH = 20;
const SENTENCE_MARK = /[。；！？]/;
const SPACES = /[\s\u3000]+/g;

/**
 * A paragraph of sentences pasted twice in a row. Only next to each other: two materials in
 * one document may rightly end with the same closing sentence.
 */
function repeatedParagraphs(paragraphs: Paragraphs, report: (r: Report) => void) {
  let previous = "";
  paragraphs.forEach((p, paragraph) => {
    if (p.inTable) return;
    const text = p.text.replace(SPACES, "");
    // Empty lines between the two copies do not separate them.
    if (!text) return;
    if (text === previous && text.length >= MIN_PARAGRAPH && SENTENCE_MARK.test(text)) {
      const start = p.text.search(/[^\s\u3000]/);
      report({ messageId: "paragraph", data: {}, paragraph, start, end: p.text.trimEnd().length });
    }
    previous = text;
  });
}

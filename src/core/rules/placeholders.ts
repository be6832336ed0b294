import type { Rule } from "./types";
import { damagedNamesOf } from "../text/damagedNames";
import { starRuns } from "../text/stars";
import { isBannerLine } from "../structure/front";
import { MASKED_WORD_AFTER, MASKED_WORD_NEAR, SLOT_FIELDS, SLOT_FILLER, SLOT_WORDING, X_COUNTED } from "../../data/placeholderWords";
import {
  COUNTED_NOUNS,
  COUNTING_BEFORE_GE,
  EVENT_UNITS,
  EVENT_VERBS,
  LIST_ITEM_END,
  MONEY_CLASS_AFTER,
  MONEY_UNITS,
  MONEY_VERBS,
  NOT_A_UNIT_BEFORE,
  POINT_VERBS,
  THING_UNITS,
  THING_VERBS,
  UNIT_ONLY_BEFORE_PUNCTUATION,
  UNITS_NEEDING_EVENT_VERB,
  CLAUSE_LOOKBACK,
  EVENT_CLAUSE_VERBS,
  EVENT_UNIT_WORDS,
} from "../../data/quantityUnits";

const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
const LETTER = "A-Za-zＡ-Ｚａ-ｚ";
const DIGIT = "0-9０-９";
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** 202X, 20XX, ２０２Ｘ: a year not yet filled in. */
const YEAR = new RegExp(`(?<![${DIGIT}${LETTER}])(?:20|２０)(?:[${DIGIT}][xXｘＸ×]|[xXｘＸ×]{2})(?![${LETTER}${DIGIT}])`, "g");
/** xx, XXX: letters standing for a name or a number (a word of other letters is a real word). */
const X_RUN = new RegExp(`(?<![${LETTER}${DIGIT}])[xXｘＸ]{2,}(?![${LETTER}])`, "g");
/** ××, □□, ○○, ＊＊: marks standing for hidden words. */
const SYMBOL_RUN = /[×✕╳]{2,}|[□■]{2,}|○{2,}|＊{2,}/g;
/** A single x or × before what it counts or names: x人, X个, ×县. */
const X_ALONE = new RegExp(`(?<![${LETTER}${DIGIT}.．])[xXｘＸ×✕](?![${LETTER}${DIGIT}xXｘＸ×✕])`, "g");
/** ____ or an empty （ ）: a blank left to fill. */
const BLANK = /[_＿]{2,}|（[\s\u3000]*）|\([\s\u3000]*\)/g;
const SLOT = /【([^【】]{0,40})】/g;
const FORMULATION = /^[一二两三四五六七八九十]+个[\u4e00-\u9fa5]{2,4}$/;
const HAS_X = /[xXｘＸ×✕]/;
const HAS_SYMBOL = /[×✕╳□■○＊]/;
const HAS_BLANK = /[_＿（(]/;
const ANY_BLANK = new RegExp(BLANK.source);
const ANY_MARK = /[xXｘＸ×✕╳□■○＊*【_＿（(]/;
/** A paragraph that reads as a sentence (a title, heading or 署名 line has no such marks). */
const SENTENCE = /[。，；：！？,;:!?]/;

/**
 * Where a number may be missing: units are found first, by their last character, and only then
 * is the verb or noun before them looked up; one pass over the text whatever the lists' length.
 */
const UNITS = [...new Set([...EVENT_UNITS, ...THING_UNITS, ...Object.keys(COUNTED_NOUNS), "个"])];
/** Tables by char code: the last character of a unit (元 of 亿元, 里 of 公里); of a verb of quantity; of a list item's end. */
const UNIT_LAST = codeTable([...UNITS, ...MONEY_UNITS].map((u) => u[u.length - 1]));
const VERB_LAST = codeTable([...EVENT_VERBS, ...THING_VERBS, ...POINT_VERBS, ...MONEY_VERBS].map((v) => v[v.length - 1]));
const ITEM_END = codeTable([...LIST_ITEM_END.replace("\\s", ""), " ", "\t", "\u3000", "\u00a0"]);
const ENDS_ITEM = new RegExp(`^(?:[${LIST_ITEM_END}])?$`);

function codeTable(chars: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const PERCENT = new RegExp(`[${HAN}][%％]`, "g");

/** Words by length, for looking up the word that ends just before a unit. */
function lexicon(words: readonly string[]) {
  const set = new Set(words);
  const lastChars = new Set(words.map((w) => w[w.length - 1]));
  const lengths = [...new Set(words.map((w) => w.length))].sort((a, b) => b - a);
  /** Start of the longest word of the lexicon that ends at `end`, or -1. */
  return (text: string, end: number) => {
    if (!lastChars.has(text[end - 1])) return -1; // most places: no word of the list ends here
    for (const n of lengths) if (end - n >= 0 && set.has(text.slice(end - n, end))) return end - n;
    return -1;
  };
}
const moneyVerbAt = lexicon(MONEY_VERBS);
const eventVerbAt = lexicon(EVENT_VERBS);
const thingVerbAt = lexicon(THING_VERBS);
const pointVerbAt = lexicon(POINT_VERBS);
const nounAt = new Map(Object.entries(COUNTED_NOUNS).map(([unit, nouns]) => [unit, lexicon(nouns)]));
const MONEY_CLASS = new RegExp(`^(?:${longestFirst(MONEY_CLASS_AFTER)})`);
const EVENT_SET = new Set(EVENT_UNITS);
/** An event verb in a clause; not the 组织 of 党组织, 基层组织, 社会组织. */
const EVENT_IN_CLAUSE = new RegExp(longestFirst(EVENT_CLAUSE_VERBS).replace("组织", "(?<![党团层会济])组织"));
const CLAUSE_MARKS = "，。；：！？,;:!?";
const THING_SET = new Set(THING_UNITS);
const COUNTING_BEFORE = new Set(COUNTING_BEFORE_GE);

const HAN_FIRST = new RegExp(`^[${HAN}]`);
const HAN_CHAR = new RegExp(`[${HAN}]`);
const NOT_BLANK = /\S/;

export const placeholders: Rule = {
  meta: {
    id: "placeholders",
    category: "placeholder",
    severity: "error",
    name: "未替换的占位符",
    description:
      "文中留有 XX、xx、××、用星号遮住的字（如“＊＊镇”）、202X、下划线空白、x人、待填写的【……】等占位符，或在“亿元”“个”“所”“次”等单位前漏写了数字（如“投入亿元”“新增学位个”）。",
    why: "占位符和漏填的数字说明材料是照着模板或别人的稿子改的、没有改完，审核时一眼就能看出，也可能被当场念出来。",
    example: { bad: "今年我在XX镇调研x次，推动新建幼儿园所。", good: "今年我在青山镇调研6次，推动新建幼儿园2所。" },
    messages: {
      mask: "“{{text}}”是没有替换的占位符或被屏蔽的字，应换成实际的名称或内容。",
      year: "年份写成了“{{text}}”，应写明具体年份。",
      count: "“{{text}}”中的数量还没有填写，应写明具体数字或名称。",
      blank: "这里留有空白“{{text}}”，应填写具体内容。",
      slot: "“{{text}}”是待填写的位置，应换成实际内容并去掉【】。",
      missingNumber: "“{{text}}”中“{{unit}}”前漏写了数字，应写明具体数量。",
    },
    fixable: false,
  },
  check({ paragraphs, partOf, headingAt, report }) {
    const names = damagedNamesOf(paragraphs);
    paragraphs.forEach(({ text, inTable }, paragraph) => {
      if (!NOT_BLANK.test(text)) return;
      // Characters already reported, made only when something is found (most paragraphs: nothing).
      let claimed: Uint8Array | null = null;
      const claim = (start: number, end: number) => {
        claimed ??= new Uint8Array(text.length);
        for (let i = start; i < end; i++) if (claimed[i]) return false;
        claimed.fill(1, start, end);
        return true;
      };
      const put = (messageId: string, start: number, end: number, data: Record<string, string> = {}) => {
        if (claim(start, end)) report({ messageId, paragraph, start, end, data: { text: text.slice(start, end), ...data } });
      };
      // Names damaged by a website (xx思想, 毛**思想) are the damaged-names rule's findings.
      for (const d of names[paragraph]) claim(d.start, d.end);

      // Most paragraphs have no x, mask, bracket or blank at all: one look, then only the units.
      if (ANY_MARK.test(text)) marks(text, paragraph, put);
      missingNumbers(text, (start, end, unit) => put("missingNumber", start, end, { unit }), !inTable && SENTENCE.test(text));
    });

    /** Slots, years, masks, counts and blanks. */
    function marks(text: string, paragraph: number, put: (messageId: string, start: number, end: number) => void) {
      // A slot first: 【XX】 and 【____】 are one slot, not a mask or a blank inside brackets.
      if (text.includes("【")) slots(text, paragraph, (start, end) => put("slot", start, end));
      const xs = HAS_X.test(text);
      for (const m of xs ? text.matchAll(YEAR) : []) put("year", m.index, m.index + m[0].length);
      for (const m of xs ? text.matchAll(X_RUN) : []) put("mask", m.index, m.index + m[0].length);
      for (const m of HAS_SYMBOL.test(text) ? text.matchAll(SYMBOL_RUN) : []) {
        const end = m.index + m[0].length;
        // ○ typed for the zero of a year (二○○五年) is a numeral, not a mask.
        if (m[0][0] === "○" && /[〇零一二三四五六七八九十年]/.test((text[m.index - 1] ?? "") + (text[end] ?? ""))) continue;
        put("mask", m.index, end);
      }
      if (text.includes("*")) maskedByStars(text, (start, end) => put("mask", start, end));
      for (const m of xs ? text.matchAll(X_ALONE) : []) {
        const word = X_COUNTED.exec(text.slice(m.index + 1, m.index + 3));
        // A lone x before anything else may be a real letter or a multiplication sign (3×4).
        if (!word) continue;
        put("count", m.index, m.index + 1 + word[0].length);
      }
      const blanks = HAS_BLANK.test(text) && ANY_BLANK.test(text) ? [...text.matchAll(BLANK)] : [];
      const doubles = blanks.filter((m) => m[0] === "__").length;
      for (const m of blanks) {
        // Two underscores around a word are Markdown emphasis (__重点__), another issue's remnant.
        if (m[0] === "__" && doubles >= 2) continue;
        put("blank", m.index, m.index + m[0].length);
      }
    }

    /** Unfilled 【…】 slots: what a slot looks like depends on where it stands. */
    function slots(text: string, paragraph: number, found: (start: number, end: number) => void) {
      // A website's buttons (【复制全文】【下载】) are the junk rule's.
      if (isBannerLine(text)) return;
      const title = partOf(paragraph) === "title";
      const heading = !title && headingAt(paragraph) !== null;
      const sentence = SENTENCE.test(text);
      const groups = [...text.matchAll(SLOT)];
      const onlySlots = groups.length >= 2 && !text.replace(SLOT, "").replace(/[\s\u3000、，。；：]/g, "");
      let previousEnd = 0;
      let wordsBefore = false;
      for (const m of groups) {
        wordsBefore ||= text.slice(previousEnd, m.index).trim() !== "";
        previousEnd = m.index + m[0].length;
        const content = m[1];
        // 【四个意识】, 【两个确立】: a formulation set off for emphasis (it belongs in “”), not a slot.
        if (FORMULATION.test(content)) continue;
        const strong = SLOT_FILLER.test(content) || SLOT_WORDING.test(content);
        const field = content.length <= 10 && !/[0-9０-９]/.test(content) && SLOT_FIELDS.some((f) => content.trim().endsWith(f));
        // Headings may carry a real bracketed word (【案例】); only a slot that cannot be a word counts,
        // or a heading made of nothing but slots.
        if (heading) {
          if (strong || onlySlots) found(m.index, m.index + m[0].length);
          continue;
        }
        // Titles and other lines that are not sentences (【2025年度】, 【定稿】) may bracket real words;
        // a field name (【单位】) or a choice (【个人/领导班子】) is still a slot.
        if (title || !sentence) {
          if (strong || field || onlySlots) found(m.index, m.index + m[0].length);
          continue;
        }
        // In a sentence: a lead label (【案例】2023年……) is the writer's own; a bracket after words of
        // the sentence (按照【上级党组织】关于……) is a template's slot nobody filled.
        if (strong || field || onlySlots || wordsBefore) found(m.index, m.index + m[0].length);
      }
    }
  },
};

/**
 * Runs of asterisks that stand for a masked word (在**镇调研, 与**同志谈话). Runs that pair up
 * are Markdown bold, another issue's; an unpaired run is a bold whose other half was lost unless
 * a place, an organ or a person's post follows it (strictly so at the start of a paragraph:
 * **镇党委……); a run before punctuation or a space may be a lost closing mark.
 */
function maskedByStars(text: string, found: (start: number, end: number) => void) {
  const firstContent = text.search(/[^#\s\u3000]/);
  for (const run of starRuns(text)) {
    if (run.paired || run.end - run.start < 2) continue;
    const after = text.slice(run.end, run.end + 6);
    if (!HAN_FIRST.test(after)) continue;
    if (!(run.start === firstContent ? MASKED_WORD_AFTER : MASKED_WORD_NEAR).test(after)) continue;
    found(run.start, run.end);
  }
}

/**
 * A number left out before its unit: 投入亿元, 开展次, 新建幼儿园所, 项目个, 提升至%. One pass over the
 * character codes: units are frequent (人, 个, 家 in 人民, 个人, 国家), so a unit is looked at further
 * only where a verb of quantity ends just before it or a list item ends just after it.
 */
function missingNumbers(text: string, found: (start: number, end: number, unit: string) => void, sentence: boolean) {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (!UNIT_LAST[text.charCodeAt(i)]) continue;
    const end = i + 1;
    const endsItem = end === length || ITEM_END[text.charCodeAt(end)] === 1;
    if (!endsItem && !VERB_LAST[text.charCodeAt(i - 1)] && !(text[i] === "元" && i >= 2)) continue;
    examine(text, i, found);
  }
  // 占比% in a table's header or a heading names the unit of a column; only a sentence lacks the number.
  if (sentence && (text.includes("%") || text.includes("％"))) for (const m of text.matchAll(PERCENT)) found(hanBefore(text, m.index), m.index + 2, "%");
}

/** The unit ending at `i`: is a number missing before it? */
function examine(text: string, i: number, found: (start: number, end: number, unit: string) => void) {
  const end = i + 1;
  const last = text[i];
  if (last === "元") {
    const money = MONEY_UNITS.find((u) => text.startsWith(u, end - u.length));
    if (money === undefined) return; // 元 alone is no unit of this rule (元旦, 单元)
    const verb = moneyVerbAt(text, end - money.length);
    // 亿元以上项目, 亿元级, 亿元项目: a size class, right as it is.
    if (verb >= 0 && !MONEY_CLASS.test(text.slice(end, end + 3))) found(verb, end, money);
    return;
  }
  if (last === "里" && text[i - 1] !== "公") return;
  const unit = last === "里" ? "公里" : last;
  const at = end - unit.length;
  const next = text[end] ?? "";
  const endsItem = ENDS_ITEM.test(next);
  // 开展批评, 召开期间, 建立个人档案, 完成项目, 新建家属楼: the unit begins another word.
  const unitHere = !NOT_A_UNIT_BEFORE[unit]?.includes(next);
  if (unitHere && EVENT_SET.has(unit)) {
    const verb = eventVerbAt(text, at);
    if (verb >= 0) return found(verb, end, unit);
  }
  // 所 before a verb is 所需, 所辖: a unit only before punctuation.
  if (unitHere && THING_SET.has(unit) && (endsItem || !UNIT_ONLY_BEFORE_PUNCTUATION.includes(unit))) {
    const verb = thingVerbAt(text, at);
    if (verb >= 0) return found(verb, end, unit);
  }
  if (unit === "个" && text.startsWith("个百分点", at)) {
    const verb = pointVerbAt(text, at);
    if (verb >= 0) found(verb, at + 4, "个百分点");
    return;
  }
  // The rest are list items (新增学位个；): the unit ends the item.
  if (!endsItem) return;
  const noun = nounAt.get(unit)?.(text, at) ?? -1;
  if (noun >= 0) {
    // 建设消防培训场: a place, unless an event is held in the clause (开展……培训场).
    if (UNITS_NEEDING_EVENT_VERB.includes(unit) && !EVENT_IN_CLAUSE.test(clauseBefore(text, noun))) return;
    found(noun, end, unit);
  } else if (unit === "个" && at > 0 && HAN_CHAR.test(text[at - 1]) && !COUNTING_BEFORE.has(text[at - 1])) {
    // Any word before a 个 that ends an item, but one that counts or points (这个, 各个, 10余个).
    found(hanBefore(text, at - 1), end, unit);
  } else if (
    unit in EVENT_UNIT_WORDS &&
    at > 0 &&
    HAN_CHAR.test(text[at - 1]) &&
    !COUNTING_BEFORE.has(text[at - 1]) &&
    !EVENT_UNIT_WORDS[unit].includes(text[at - 1]) &&
    EVENT_IN_CLAUSE.test(clauseBefore(text, at - 1))
  ) {
    // 开展廉政教育次，: any noun, in a clause that holds or attends events; not 首次, 层次, 市场.
    found(hanBefore(text, at - 1), end, unit);
  }
}

/** The clause before `at`, back to the last punctuation mark (at most CLAUSE_LOOKBACK characters). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - CLAUSE_LOOKBACK), at);
  const mark = Math.max(...[...CLAUSE_MARKS].map((c) => before.lastIndexOf(c)));
  return before.slice(mark + 1);
}

/** Start of the Chinese word of up to two characters ending at `at` (inclusive), for context. */
function hanBefore(text: string, at: number): number {
  return at > 0 && HAN_CHAR.test(text[at - 1]) ? at - 1 : at;
}

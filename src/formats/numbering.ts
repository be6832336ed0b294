/**
 * Word list numbering: number formats (`formatListNumber`) and the counters that turn a document's
 * numbering.xml plus the sequence of numbered paragraphs into the list strings Word draws
 * ("一、", "（一）", "1.", "①", "1.2" …). Node-free.
 *
 * How counters work here (Word's behaviour as far as it is known; ECMA-376 §17.9 leaves much of it
 * open):
 *
 * - Counters belong to the abstract numbering definition (`w:abstractNum`), not to the `w:num`
 *   instance. Several `w:num` that point at the same abstractNum continue one sequence: Word does
 *   this, and it is why "restart numbering" in Word writes a new `w:num` *with* a
 *   `w:lvlOverride/w:startOverride` rather than just a new `w:num`.
 * - A `w:num` whose `w:lvlOverride` carries a `w:startOverride` restarts that level of the shared
 *   counter at the override value the first time a paragraph of that `w:num` appears at that level.
 *   Afterwards it counts on in the shared sequence (also from paragraphs of the other `w:num`).
 *   The override value is also used whenever that level restarts later for that `w:num`.
 * - `w:lvlOverride/w:lvl` replaces the level's definition (format, text, start …) for that
 *   `w:num` only; it does not by itself restart the counter.
 * - `w:numStyleLink` (an abstractNum that defers to a list style) is followed through the style's
 *   `w:numPr/w:numId` to the abstractNum holding the levels; counters are shared on that one.
 * - A paragraph at level L advances level L (the first time, or after a restart, it takes the
 *   level's start value) and restarts every deeper level M unless M's `w:lvlRestart` says
 *   otherwise (0 = never; n = only when level n or a shallower level is used; a value naming
 *   level M itself or a deeper one is ignored, as the standard says).
 * - `%n` in `w:lvlText` shows level n's current value in level n's own format, or in arabic
 *   numerals when the paragraph's level has `w:isLgl` (decimalZero stays zero-padded, as in legal
 *   "1.01"). A level that has not been used yet shows its start value.
 * - `bullet` levels: the list string is the bullet character in `w:lvlText`; symbol-font
 *   characters (U+F0xx private use) are mapped to their Unicode look-alikes, "•" when unknown.
 *
 * Not modelled: numbering in text boxes, headers and footnotes (separate stories), the legacy
 * `w:legacy` settings, `w:multiLevelType singleLevel` quirks, tracked numbering changes.
 */

import { childElements, firstChild, type XmlElement } from "./xml";

// ---------------------------------------------------------------------------------------------
// Number formats

const IDEOGRAPH_DIGITS = "〇一二三四五六七八九";
const TAIWANESE_DIGITS = "○一二三四五六七八九";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

interface SpokenSystem {
  /** Digits 0–9 (index 0 is only used for the value 0 itself). */
  digits: string;
  /** Markers for tens, hundreds, thousands. */
  units: [string, string, string];
  /** Group markers for 10^4, 10^8, 10^12. */
  groups: [string, string, string];
  /** Written for skipped zero places ("一百零一"); null when the system writes none. */
  zero: string | null;
  /** When the digit 1 before a unit is left out. */
  omitOne: "leadingTen" | "always" | "never";
}

const CHINESE_SIMPLIFIED: SpokenSystem = {
  digits: "零一二三四五六七八九",
  units: ["十", "百", "千"],
  groups: ["万", "亿", "兆"],
  zero: "零",
  omitOne: "leadingTen",
};
const CHINESE_TRADITIONAL: SpokenSystem = {
  ...CHINESE_SIMPLIFIED,
  groups: ["萬", "億", "兆"],
};
const CHINESE_LEGAL_SIMPLIFIED: SpokenSystem = {
  digits: "零壹贰叁肆伍陆柒捌玖",
  units: ["拾", "佰", "仟"],
  groups: ["万", "亿", "兆"],
  zero: "零",
  omitOne: "never",
};
const CHINESE_LEGAL_TRADITIONAL: SpokenSystem = {
  digits: "零壹貳參肆伍陸柒捌玖",
  units: ["拾", "佰", "仟"],
  groups: ["萬", "億", "兆"],
  zero: "零",
  omitOne: "never",
};
const JAPANESE: SpokenSystem = {
  digits: "〇一二三四五六七八九",
  units: ["十", "百", "千"],
  groups: ["万", "億", "兆"],
  zero: null,
  omitOne: "always",
};
const JAPANESE_LEGAL: SpokenSystem = {
  digits: "〇壱弐参四伍六七八九",
  units: ["拾", "百", "阡"],
  groups: ["萬", "億", "兆"],
  zero: null,
  omitOne: "never",
};

function spoken(value: number, system: SpokenSystem): string {
  if (value === 0) return system.digits[0];
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  if (groups.length > 4) return String(value);
  let out = "";
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (out && system.zero && (pendingZero || group < 1000)) out += system.zero;
    pendingZero = false;
    out += spokenGroup(group, system, out === "") + (g > 0 ? system.groups[g - 1] : "");
  }
  return out;
}

function spokenGroup(group: number, system: SpokenSystem, leading: boolean): string {
  let out = "";
  let started = false;
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero && system.zero) out += system.zero;
    zero = false;
    const omitOne =
      digit === 1 &&
      place > 0 &&
      (system.omitOne === "always" ||
        (system.omitOne === "leadingTen" && place === 1 && leading && !started));
    out += (omitOne ? "" : system.digits[digit]) + (place > 0 ? system.units[place - 1] : "");
    started = true;
  }
  return out;
}

/** 一…九, 十…九十九 with 十, and digit by digit from 100 (一〇〇), as Word's chineseCounting. */
function chineseCounting(value: number, digits: string): string {
  if (value < 10) return digits[value];
  if (value < 100) {
    const tens = Math.floor(value / 10);
    const ones = value % 10;
    return (tens === 1 ? "" : digits[tens]) + "十" + (ones === 0 ? "" : digits[ones]);
  }
  return positional(value, digits);
}

function positional(value: number, digits: string): string {
  let out = "";
  for (const c of String(value)) out += digits[c.charCodeAt(0) - 48];
  return out;
}

/** A–Z, then AA–ZZ, AAA … (Word repeats the letter, it does not count in base 26). */
function letters(value: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let out = "";
  let rest = value;
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** A character from a run of `count` code points starting at `first`, or decimal beyond it. */
function enclosed(value: number, first: number, count: number): string {
  return value >= 1 && value <= count ? String.fromCodePoint(first + value - 1) : String(value);
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/**
 * The text Word shows for `value` in number format `format` (an `ST_NumberFormat` value such as
 * "decimal", "chineseCounting", "decimalEnclosedCircle"). Formats with a closed set of symbols
 * (circled numbers 1–20, 甲…癸, 子…亥) fall back to plain decimal beyond the set, as Word does.
 * Unknown formats give decimal. `bullet` gives "•" (the real bullet is in the level text) and
 * `none` gives "".
 */
export function formatListNumber(value: number, format: string): string {
  if (format === "none") return "";
  if (format === "bullet") return "•";
  if (!Number.isFinite(value)) return "";
  const n = Math.trunc(value);
  if (n < 0) return String(n);
  if (n === 0) {
    switch (format) {
      case "chineseCounting":
      case "ideographDigital":
      case "japaneseDigitalTenThousand":
        return "〇";
      case "taiwaneseCounting":
      case "taiwaneseDigital":
        return "○";
      case "chineseCountingThousand":
      case "taiwaneseCountingThousand":
      case "chineseLegalSimplified":
      case "ideographLegalTraditional":
        return "零";
      case "decimalFullWidth":
      case "decimalFullWidth2":
        return "０";
      case "decimalZero":
        return "00";
      default:
        return "0";
    }
  }
  switch (format) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 48));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, 0x2460, 20); // ①…⑳
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488, 20); // ⒈…⒛
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474, 20); // ⑴…⒇
    case "ideographEnclosedCircle":
      return enclosed(n, 0x3280, 10); // ㊀…㊉
    case "chineseCounting":
      return chineseCounting(n, IDEOGRAPH_DIGITS);
    case "taiwaneseCounting":
      return chineseCounting(n, TAIWANESE_DIGITS);
    case "chineseCountingThousand":
      return spoken(n, CHINESE_SIMPLIFIED);
    case "taiwaneseCountingThousand":
      return spoken(n, CHINESE_TRADITIONAL);
    case "chineseLegalSimplified":
      return spoken(n, CHINESE_LEGAL_SIMPLIFIED);
    case "ideographLegalTraditional":
      return spoken(n, CHINESE_LEGAL_TRADITIONAL);
    case "japaneseCounting":
      return spoken(n, JAPANESE);
    case "japaneseLegal":
      return spoken(n, JAPANESE_LEGAL);
    case "ideographDigital":
    case "japaneseDigitalTenThousand":
      return positional(n, IDEOGRAPH_DIGITS);
    case "taiwaneseDigital":
      return positional(n, TAIWANESE_DIGITS);
    case "ideographTraditional":
      return n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case "ideographZodiac":
      return n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case "ideographZodiacTraditional":
      return n <= 60 ? HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "ordinal":
      return `${n}${ordinalSuffix(n)}`;
    case "numberInDash":
      return `- ${n} -`;
    case "hex":
      return n.toString(16).toUpperCase();
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------------------------------------
// Bullets

/** Symbol-font (Symbol, Wingdings) bullet characters Word stores as U+F0xx, and what they look like. */
const SYMBOL_BULLETS: Record<number, string> = {
  0xf0b7: "•", // Symbol
  0xf06c: "●", // Wingdings l
  0xf06e: "■", // Wingdings n
  0xf075: "◆", // Wingdings u
  0xf076: "❖", // Wingdings v
  0xf0a7: "▪", // Wingdings §
  0xf0d8: "➢", // Wingdings Ø
  0xf0fc: "✓", // Wingdings ü
};

/** Replace private-use (symbol font) characters in a level text with readable ones. */
function mapSymbolChars(text: string): string {
  return text.replace(/[\uE000-\uF8FF]/g, (c) => SYMBOL_BULLETS[c.charCodeAt(0)] ?? "•");
}

// ---------------------------------------------------------------------------------------------
// numbering.xml model

/** One level of a list definition, as far as it matters for the number text. */
export interface ListLevel {
  start: number;
  /** `ST_NumberFormat` value; "custom" only with `padTo`. */
  format: string;
  /** `w:lvlText`; "" when absent. */
  text: string;
  /** `w:lvlRestart`; undefined = default (restart after any shallower level). */
  restart?: number;
  isLgl: boolean;
  /** `w:pStyle`: the paragraph style linked to this level. */
  pStyle?: string;
  /** For `custom` formats of the "001, 002, 003, ..." kind: zero-pad to this width. */
  padTo?: number;
}

type PartialLevel = Partial<ListLevel>;

export interface AbstractNum {
  id: string;
  levels: Map<number, PartialLevel>;
  /** `w:numStyleLink`: this definition defers to the list style with this id. */
  numStyleLink?: string;
  /** `w:styleLink`: this definition is the one behind the list style with this id. */
  styleLink?: string;
}

export interface NumInstance {
  id: string;
  abstractId: string;
  overrides: Map<number, { start?: number; level?: PartialLevel }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

/** Read numbering.xml (its root element); an absent part gives empty definitions. */
export function parseNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  if (!root) return { abstracts, nums };
  for (const el of expandAlternateContent(root.children)) {
    if (el.name === "w:abstractNum") {
      const id = el.attrs["w:abstractNumId"];
      if (id === undefined) continue;
      const levels = new Map<number, PartialLevel>();
      let numStyleLink: string | undefined;
      let styleLink: string | undefined;
      for (const child of expandAlternateContent(el.children)) {
        if (child.name === "w:lvl") {
          const ilvl = intAttr(child, "w:ilvl");
          if (ilvl !== undefined && ilvl >= 0 && ilvl <= 8) levels.set(ilvl, parseLevel(child));
        } else if (child.name === "w:numStyleLink") {
          numStyleLink = child.attrs["w:val"];
        } else if (child.name === "w:styleLink") {
          styleLink = child.attrs["w:val"];
        }
      }
      abstracts.set(id, { id, levels, numStyleLink, styleLink });
    } else if (el.name === "w:num") {
      const id = el.attrs["w:numId"];
      const abstractId = firstChild(el, "w:abstractNumId")?.attrs["w:val"];
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: PartialLevel }>();
      for (const override of childElements(el, "w:lvlOverride")) {
        const ilvl = intAttr(override, "w:ilvl");
        if (ilvl === undefined || ilvl < 0 || ilvl > 8) continue;
        const startEl = firstChild(override, "w:startOverride");
        const lvlEl = firstChild(override, "w:lvl");
        overrides.set(ilvl, {
          start: startEl ? intAttr(startEl, "w:val") : undefined,
          level: lvlEl ? parseLevel(lvlEl) : undefined,
        });
      }
      nums.set(id, { id, abstractId, overrides });
    }
  }
  return { abstracts, nums };
}

function parseLevel(lvl: XmlElement): PartialLevel {
  const level: PartialLevel = {};
  const numFmts: { el: XmlElement; from: "direct" | "choice" | "fallback" }[] = [];
  for (const child of lvl.children) {
    if (typeof child === "string") continue;
    switch (child.name) {
      case "w:start": {
        const v = intAttr(child, "w:val");
        if (v !== undefined) level.start = v;
        break;
      }
      case "w:numFmt":
        numFmts.push({ el: child, from: "direct" });
        break;
      case "mc:AlternateContent":
        for (const branch of childElements(child)) {
          const from = branch.name === "mc:Choice" ? "choice" : branch.name === "mc:Fallback" ? "fallback" : undefined;
          if (!from) continue;
          for (const f of childElements(branch, "w:numFmt")) numFmts.push({ el: f, from });
        }
        break;
      case "w:lvlText":
        level.text = child.attrs["w:val"] ?? "";
        break;
      case "w:lvlRestart": {
        const v = intAttr(child, "w:val");
        if (v !== undefined) level.restart = v;
        break;
      }
      case "w:isLgl":
        level.isLgl = boolAttr(child);
        break;
      case "w:pStyle":
        if (child.attrs["w:val"]) level.pStyle = child.attrs["w:val"];
        break;
    }
  }
  // A custom format we understand wins; otherwise the plain one (direct or the fallback).
  for (const { el } of numFmts) {
    if (el.attrs["w:val"] === "custom") {
      const padTo = customPadding(el.attrs["w:format"]);
      if (padTo !== undefined) {
        level.format = "custom";
        level.padTo = padTo;
        return level;
      }
    }
  }
  const plain =
    numFmts.find((f) => f.from === "direct" && f.el.attrs["w:val"] !== "custom") ??
    numFmts.find((f) => f.from === "fallback") ??
    numFmts.find((f) => f.el.attrs["w:val"] !== "custom");
  if (plain) level.format = plain.el.attrs["w:val"] ?? "decimal";
  return level;
}

/** "001, 002, 003, ..." → 3; other custom formats → undefined. */
function customPadding(format: string | undefined): number | undefined {
  const match = /^\s*(0*1)\s*,/.exec(format ?? "");
  return match ? match[1].length : undefined;
}

function completeLevel(...parts: (PartialLevel | undefined)[]): ListLevel {
  const level: ListLevel = { start: 0, format: "decimal", text: "", isLgl: false };
  for (const part of parts) {
    if (!part) continue;
    for (const [key, value] of Object.entries(part)) {
      if (value !== undefined) (level as unknown as Record<string, unknown>)[key] = value;
    }
  }
  if (level.format !== "custom") delete level.padTo;
  return level;
}

function formatLevelValue(value: number, level: ListLevel, legal: boolean): string {
  if (level.format === "custom") {
    return String(value).padStart(level.padTo ?? 1, "0");
  }
  if (legal && level.format !== "decimalZero" && level.format !== "none") {
    return formatListNumber(value, "decimal");
  }
  if (level.format === "bullet") return "";
  return formatListNumber(value, level.format);
}

// ---------------------------------------------------------------------------------------------
// Counters

interface CounterState {
  values: (number | undefined)[];
  /** `${numId}/${ilvl}` pairs seen, for one-time start overrides. */
  seen: Set<string>;
}

/**
 * Walks the numbered paragraphs of one story (the main body) in order and returns the list
 * string for each. Create one per document read.
 */
export class ListNumberer {
  private readonly states = new Map<string, CounterState>();

  /**
   * @param definitions numbering.xml, parsed.
   * @param styleNumId for `w:numStyleLink`: the `w:numId` in a numbering style's `w:numPr`.
   */
  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly styleNumId: (styleId: string) => string | undefined = () => undefined,
  ) {}

  /** Whether `numId` names a list instance (numId "0" and unknown ids do not). */
  has(numId: string): boolean {
    return this.resolve(numId) !== undefined;
  }

  /**
   * For a paragraph that gets its numbering from style `styleId` without a level: the level of
   * the list linked to that style (`w:lvl/w:pStyle`), if any.
   */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const resolved = this.resolve(numId);
    if (!resolved) return undefined;
    for (let ilvl = 0; ilvl <= 8; ilvl++) {
      const override = resolved.num.overrides.get(ilvl)?.level?.pStyle;
      const base = resolved.abstract.levels.get(ilvl)?.pStyle;
      if ((override ?? base) === styleId) return ilvl;
    }
    return undefined;
  }

  /**
   * The list string Word shows for the next paragraph numbered with `numId` at level `ilvl`, and
   * advance the counters. Undefined when the paragraph is not numbered after all (numId 0,
   * unknown ids, a level the definition lacks).
   */
  next(numId: string, ilvl: number): string | undefined {
    const resolved = this.resolve(numId);
    if (!resolved) return undefined;
    const { num, abstract } = resolved;
    const current = Math.min(Math.max(Math.trunc(ilvl) || 0, 0), 8);
    const level = this.level(num, abstract, current);
    if (!level) return undefined;

    let state = this.states.get(abstract.id);
    if (!state) {
      state = { values: new Array<number | undefined>(9).fill(undefined), seen: new Set() };
      this.states.set(abstract.id, state);
    }
    const seenKey = `${num.id}/${current}`;
    if (!state.seen.has(seenKey)) {
      state.seen.add(seenKey);
      if (num.overrides.get(current)?.start !== undefined) state.values[current] = undefined;
    }
    const previous = state.values[current];
    state.values[current] = previous === undefined ? level.start : previous + 1;

    for (let deeper = current + 1; deeper <= 8; deeper++) {
      const restart = this.level(num, abstract, deeper)?.restart;
      const restarts =
        restart === undefined || restart < 0 || restart > deeper ? true : restart === 0 ? false : current < restart;
      if (restarts) state.values[deeper] = undefined;
    }

    if (level.format === "bullet") {
      return level.text === "" ? "•" : mapSymbolChars(level.text);
    }
    const values = state.values;
    const text = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const index = Number(digit) - 1;
      const referenced = index === current ? level : this.level(num, abstract, index);
      if (!referenced) return "";
      return formatLevelValue(values[index] ?? referenced.start, referenced, level.isLgl);
    });
    return mapSymbolChars(text);
  }

  private resolve(numId: string): { num: NumInstance; abstract: AbstractNum } | undefined {
    const num = this.definitions.nums.get(numId);
    if (!num) return undefined;
    let abstract = this.definitions.abstracts.get(num.abstractId);
    // Follow w:numStyleLink → numbering style → its numId → the abstractNum with the levels.
    for (let hops = 0; abstract?.numStyleLink && hops < 5; hops++) {
      const linkedNumId = this.styleNumId(abstract.numStyleLink);
      const linkedNum = linkedNumId === undefined ? undefined : this.definitions.nums.get(linkedNumId);
      const target = linkedNum ? this.definitions.abstracts.get(linkedNum.abstractId) : undefined;
      if (!target || target === abstract) break;
      abstract = target;
    }
    return abstract ? { num, abstract } : undefined;
  }

  private level(num: NumInstance, abstract: AbstractNum, ilvl: number): ListLevel | undefined {
    const base = abstract.levels.get(ilvl);
    const override = num.overrides.get(ilvl);
    if (!base && !override?.level) return undefined;
    const level = completeLevel(base, override?.level);
    if (override?.start !== undefined) level.start = override.start;
    return level;
  }
}

// ---------------------------------------------------------------------------------------------
// Small XML helpers shared with docx.ts

export function intAttr(el: XmlElement, name: string): number | undefined {
  const raw = el.attrs[name];
  if (raw === undefined) return undefined;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : undefined;
}

/** An OOXML on/off property: present without w:val, or with true/1/on, means on. */
export function boolAttr(el: XmlElement): boolean {
  const raw = el.attrs["w:val"];
  return raw === undefined || raw === "true" || raw === "1" || raw === "on";
}

/**
 * Element children with any `mc:AlternateContent` replaced by the content of its `mc:Fallback`
 * (or, lacking one, its first `mc:Choice`).
 */
export function expandAlternateContent(children: XmlElement["children"]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of children) {
    if (typeof child === "string") continue;
    if (child.name === "mc:AlternateContent") {
      const branch = firstChild(child, "mc:Fallback") ?? firstChild(child, "mc:Choice");
      if (branch) out.push(...expandAlternateContent(branch.children));
    } else {
      out.push(child);
    }
  }
  return out;
}

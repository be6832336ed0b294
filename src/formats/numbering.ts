/**
 * Word list numbering: numbering.xml parsed (`parseNumbering`), and the counters
 * (`ListNumberer`) that turn it plus the sequence of numbered paragraphs into the list strings
 * Word draws ("一、", "（一）", "1.", "①", "1.2" …). The number formats themselves
 * (`formatListNumber`) are in numberFormats.ts. Node-free.
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
 * - Values are clamped to 0 … `LIMITS.listNumber` (w:start, w:startOverride and counters alike),
 *   level texts and custom formats to `LIMITS.levelText` characters, and so is the list string a
 *   level text gives: a hostile numbering.xml cannot make one paragraph's number long.
 *
 * Not modelled: numbering in text boxes, headers and footnotes (separate stories), the legacy
 * `w:legacy` settings, `w:multiLevelType singleLevel` quirks, tracked numbering changes.
 */

import { LIMITS } from "./limits";
import { formatListNumber } from "./numberFormats";
import { childElements, firstChild, type XmlElement } from "./xml";

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
        const start = startEl ? intAttr(startEl, "w:val") : undefined;
        overrides.set(ilvl, {
          start: start === undefined ? undefined : clampListNumber(start),
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
        if (v !== undefined) level.start = clampListNumber(v);
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
        level.text = clampText(child.attrs["w:val"] ?? "");
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
      const padTo = customPadding(clampText(el.attrs["w:format"] ?? ""));
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
function customPadding(format: string): number | undefined {
  const match = /^\s*(0*1)\s*,/.exec(format);
  return match ? match[1].length : undefined;
}

/** A list number as Word keeps it: 0 … `LIMITS.listNumber`. */
function clampListNumber(value: number): number {
  return Math.min(Math.max(value, 0), LIMITS.listNumber);
}

/** At most `LIMITS.levelText` characters (a surrogate pair is not cut in two). */
function clampText(text: string): string {
  if (text.length <= LIMITS.levelText) return text;
  const cut = LIMITS.levelText - (/[\uD800-\uDBFF]/.test(text[LIMITS.levelText - 1]) ? 1 : 0);
  return text.slice(0, cut);
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
    state.values[current] = previous === undefined ? level.start : clampListNumber(previous + 1);

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
    // Level text with each %n replaced, cut at LIMITS.levelText characters as it is built.
    const source = level.text;
    let text = "";
    for (let k = 0; k < source.length && text.length < LIMITS.levelText; k++) {
      const digit = source.charCodeAt(k + 1) - 0x30;
      if (source[k] === "%" && digit >= 1 && digit <= 9) {
        const index = digit - 1;
        const referenced = index === current ? level : this.level(num, abstract, index);
        if (referenced) text += formatLevelValue(values[index] ?? referenced.start, referenced, level.isLgl);
        k++;
      } else {
        text += source[k];
      }
    }
    return mapSymbolChars(clampText(text));
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
export function expandAlternateContent(children: XmlElement["children"], out: XmlElement[] = []): XmlElement[] {
  for (const child of children) {
    if (typeof child === "string") continue;
    if (child.name === "mc:AlternateContent") {
      const branch = firstChild(child, "mc:Fallback") ?? firstChild(child, "mc:Choice");
      if (branch) expandAlternateContent(branch.children, out);
    } else {
      out.push(child);
    }
  }
  return out;
}

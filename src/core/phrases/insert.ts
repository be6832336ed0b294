import type { DocumentEdit, TextEdit } from "../edits";
import { contentStart, formatLabel, readLabel, readListLabel, STYLE_RANK, type Label } from "../outline/labels";
import type { SourceParagraph } from "../paragraph";
import { parseChineseNumeral, toChineseNumeral } from "../text/numerals";

/*
 * Where a phrase goes and what number it takes: planned on one reading of the document, carried
 * out by the host in one applyEdits call. Pure.
 *
 * "next-item" numbers the phrase from its neighbours: after 二是… comes 三是, after 2. comes 3.,
 * after （二） comes （三）, after 第二， comes 第三，. Items written one per paragraph get a new
 * paragraph after the item (after its continuation paragraphs too); items run on inside one
 * paragraph (（一）理论学习方面。一是……二是……) get the next one at the paragraph's end; an empty
 * paragraph the writer made for it is filled. Items after the new one that now repeat its
 * number are offered as renumbering edits. The first 【…】 slot is returned, so the pane can
 * select it and typing replaces it.
 */

export type InsertMode =
  /** The next item, numbered from the neighbours (the default). */
  | "next-item"
  /** A new paragraph after the cursor's, without a number. */
  | "after"
  /** At the cursor, replacing the selection: the host inserts; the plan gives the slot. */
  | "cursor";

export interface InsertionPlan {
  /** after: a new paragraph after `paragraph`; end: at the end of it; into: it is empty, fill it; cursor: at the selection. */
  where: "after" | "end" | "into" | "cursor";
  paragraph: number;
  /** The text inserted, its number included ("三是理论学习……"). */
  text: string;
  /** The number written before the phrase ("三是", "3.", "（三）", "第三，"), or null. */
  label: string | null;
  /** The new paragraph continues a Word list: Word numbers it, no number is typed. */
  listNumbered: boolean;
  /** The edits for DocumentHost.applyEdits (none for "cursor": the host inserts at the selection). */
  edits: DocumentEdit[];
  /** The first 【…】 slot in `text`, brackets included. */
  slot: { start: number; end: number } | null;
  /** Where that slot is in the document once the edits are made, for the pane to select. */
  select: { paragraph: number; start: number; end: number } | null;
  /** Items after the new one whose numbers it now repeats, shifted by one: for the pane to offer. */
  renumber: TextEdit[];
}

/** The first 【…】 slot of a text (UTF-16 offsets, brackets included), or null. */
export function firstSlot(text: string): { start: number; end: number } | null {
  const start = text.indexOf("【");
  if (start < 0) return null;
  const end = text.indexOf("】", start + 1);
  return end < 0 ? null : { start, end: end + 1 };
}

// ------------------------------------------------------------------ run-on markers

type MarkerKind = "shi" | "di" | "seq";

interface Marker {
  kind: MarkerKind;
  number: number;
  start: number;
  end: number;
  /** The mark after 第二 or 其次 (，、：), kept for the next one. */
  mark: string;
}

const BOUNDARY = "。；;！!？?：:，,、 \t\u3000“”\"‘’'（(）)—…*";
const SEQ_WORDS = ["首先", "其次", "再次", "最后"];
const CN = "一二三四五六七八九十";
const PATTERNS: Record<MarkerKind, RegExp> = {
  shi: new RegExp(`([${CN}]{1,3})是`, "g"),
  di: new RegExp(`第([${CN}]{1,3})([，,、：:])`, "g"),
  seq: /(首先|其次|再次|最后)([，,、：:]?)/g,
};

/**
 * The run-on items of a paragraph from `from` (its content start): the longest chain of one
 * kind that counts up by one. A chain starting at `from` may start anywhere (二是… continues the
 * paragraph before); elsewhere it starts at 一 (a lone 一是 after a heading counts).
 */
function markersIn(text: string, from: number): Marker[] {
  let best: Marker[] = [];
  for (const kind of ["shi", "di", "seq"] as const) {
    const re = PATTERNS[kind];
    re.lastIndex = from;
    const chain: Marker[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index !== from && !BOUNDARY.includes(text[m.index - 1])) continue;
      const n = kind === "seq" ? SEQ_WORDS.indexOf(m[1]) + 1 : parseChineseNumeral(m[1]);
      if (!n) continue;
      const prev = chain[chain.length - 1];
      // 最后 may close any chain of 首先…; the numbers of the others count up by one.
      const ok = prev ? n === prev.number + 1 || (kind === "seq" && n === 4) : n === 1 || m.index === from;
      if (!ok) continue;
      // The marker without the mark after it: 二是, 第二, 其次.
      const end = kind === "seq" ? m.index + m[1].length : m.index + m[0].length - (m[2]?.length ?? 0);
      chain.push({ kind, number: n, start: m.index, end, mark: m[2] ?? "" });
    }
    if (chain.length > best.length) best = chain;
  }
  return best;
}

/** The marker for number n, written the way `like` is ("三是", "第三，", "再次，"), or null past 最后. */
function markerText(like: Marker, n: number): string | null {
  if (like.kind === "shi") return `${toChineseNumeral(n)}是`;
  if (like.kind === "di") return `第${toChineseNumeral(n)}${like.mark || "，"}`;
  const word = SEQ_WORDS[n - 1];
  return word ? `${word}${like.mark || "，"}` : null;
}

// ------------------------------------------------------------------ labels

function labelOf(p: SourceParagraph): Label | null {
  return (p.listString ? readListLabel(p.listString) : null) ?? readLabel(p.text);
}

const rank = (l: Label) => STYLE_RANK[l.style] ?? 3.5;

function isBlank(p: SourceParagraph | undefined): boolean {
  return !p || p.text.trim() === "";
}

/** A heading of another kind (a part heading by its outline level), which ends any item. */
function isHeading(p: SourceParagraph): boolean {
  return p.outlineLevel !== undefined && p.outlineLevel <= 2 && labelOf(p) === null;
}

/**
 * The last paragraph of the item that starts at `from`: its continuation paragraphs run on until
 * a paragraph numbered at the same level or above (or, for run-on items, until the next item).
 */
function itemEnd(paragraphs: readonly SourceParagraph[], from: number, label: Label | null): number {
  let end = from;
  for (let j = from + 1; j < paragraphs.length && j <= from + 200; j++) {
    const p = paragraphs[j];
    if (isBlank(p)) continue;
    if (isHeading(p)) break;
    const l = labelOf(p);
    if (l && (!label || rank(l) <= rank(label))) break;
    if (!label && markersIn(p.text, contentStart(p.text)).some((m) => m.start === contentStart(p.text))) break;
    end = j;
  }
  return end;
}

// ------------------------------------------------------------------ planning

interface Numbering {
  /** The paragraph of the item that the new one follows. */
  owner: number;
  label: string | null;
  listNumbered: boolean;
  /** Inside the owner's paragraph (run-on) or as a paragraph of its own. */
  inline: boolean;
  renumber: TextEdit[];
}

/** What the item at or before paragraph `at` is, and the number the next one takes. */
function numberingFrom(paragraphs: readonly SourceParagraph[], at: number): Numbering | null {
  for (let j = at; j >= 0 && j >= at - 30; j--) {
    const p = paragraphs[j];
    if (isBlank(p)) continue;
    const from = contentStart(p.text);
    const label = labelOf(p);
    const markers = markersIn(p.text, label && !p.listString ? label.end : from);
    if (markers.length > 0) {
      const last = markers[markers.length - 1];
      const text = markerText(last, last.number + 1);
      // One item per paragraph (二是… alone) or run on inside it (一是……二是……).
      const inline = !(markers.length === 1 && (markers[0].start === from || (label !== null && markers[0].start === label.end && !p.listString)));
      if (!text) return { owner: j, label: null, listNumbered: false, inline, renumber: [] };
      return { owner: j, label: text, listNumbered: false, inline, renumber: renumberMarkers(paragraphs, j, last) };
    }
    if (label) {
      if (p.listString) return { owner: j, label: null, listNumbered: true, inline: false, renumber: [] };
      return { owner: j, label: formatLabel(label, label.number + 1), listNumbered: false, inline: false, renumber: renumberLabels(paragraphs, j, label) };
    }
    if (isHeading(p)) return null;
  }
  return null;
}

/** Paragraphs after `owner` numbered like it and already at the new number: each moves up one. */
function renumberLabels(paragraphs: readonly SourceParagraph[], owner: number, label: Label): TextEdit[] {
  const edits: TextEdit[] = [];
  let expected = label.number + 1;
  for (let j = owner + 1; j < paragraphs.length; j++) {
    const p = paragraphs[j];
    if (isBlank(p) || p.listString) continue;
    const l = readLabel(p.text);
    if (!l) continue;
    if (rank(l) < rank(label)) break;
    if (l.style !== label.style || l.pattern !== label.pattern) continue;
    if (l.number !== expected) break;
    edits.push({ paragraph: j, start: l.start, end: l.end, expected: p.text.slice(l.start, l.end), replacement: formatLabel(l, l.number + 1) });
    expected++;
  }
  return edits;
}

/** Run-on markers after `last` (in the following paragraphs) that continue its chain: each moves up one. */
function renumberMarkers(paragraphs: readonly SourceParagraph[], owner: number, last: Marker): TextEdit[] {
  const edits: TextEdit[] = [];
  let expected = last.number + 1;
  for (let j = owner + 1; j < paragraphs.length; j++) {
    const p = paragraphs[j];
    if (isBlank(p)) continue;
    if (labelOf(p) || isHeading(p)) break;
    const from = contentStart(p.text);
    const chain = markersIn(p.text, from).filter((m) => m.kind === last.kind);
    if (chain.length === 0 || chain[0].start !== from || chain[0].number !== expected) break;
    for (const m of chain) {
      const replacement = markerText(m, m.number + 1);
      if (!replacement) return edits;
      const end = m.kind === "shi" ? m.end : m.end + m.mark.length;
      edits.push({ paragraph: j, start: m.start, end, expected: p.text.slice(m.start, end), replacement });
      expected = m.number + 1;
    }
  }
  return edits;
}

const SENTENCE_END = /[。；;！!？?…：:]$/;

/** A paragraph Word shows as a heading (an outline level, a heading style): what follows it is body text. */
function isHeadingStyled(p: SourceParagraph | undefined): boolean {
  return !!p && (p.outlineLevel !== undefined || /^(heading|标题)\s*\d/i.test(p.style ?? ""));
}

/**
 * Plan the insertion of `phrase` for the cursor in paragraph `cursor` (an index into
 * `paragraphs`, as read). Offsets are UTF-16 code units.
 */
export function planInsertion(paragraphs: readonly SourceParagraph[], cursor: number, phrase: string, mode: InsertMode = "next-item"): InsertionPlan {
  const at = Math.max(0, Math.min(cursor, paragraphs.length - 1));
  const slot = firstSlot(phrase);
  if (mode === "cursor" || paragraphs.length === 0) {
    return { where: "cursor", paragraph: at, text: phrase, label: null, listNumbered: false, edits: [], slot, select: null, renumber: [] };
  }
  const here = paragraphs[at];
  if (mode === "after") return afterParagraph(paragraphs, at, phrase, null, false, slot, []);

  const empty = isBlank(here);
  const numbering = numberingFrom(paragraphs, empty ? at - 1 : at);
  if (!numbering) {
    return empty ? intoParagraph(at, here, phrase, null, slot, []) : afterParagraph(paragraphs, at, phrase, null, false, slot, []);
  }
  const label = numbering.label ?? "";
  if (empty) {
    // The writer made the paragraph for it: fill it; items after it are shifted as before.
    return intoParagraph(at, here, phrase, numbering.label, slot, numbering.renumber.filter((e) => e.paragraph > at));
  }
  if (numbering.inline && numbering.owner === at) {
    const body = here.text.replace(/[\s\u3000]+$/, "");
    const sep = body === "" || SENTENCE_END.test(body) ? "" : "。";
    const text = sep + label + phrase;
    const edit: TextEdit = { paragraph: at, start: body.length, end: body.length, expected: "", replacement: text };
    const offset = body.length + sep.length + label.length;
    return {
      where: "end",
      paragraph: at,
      text,
      label: numbering.label,
      listNumbered: false,
      edits: [edit],
      slot: slot && { start: slot.start + sep.length + label.length, end: slot.end + sep.length + label.length },
      select: slot && { paragraph: at, start: offset + slot.start, end: offset + slot.end },
      renumber: numbering.renumber,
    };
  }
  // A paragraph of its own, after the item the cursor is in and its continuation paragraphs.
  const ownerLabel = labelOf(paragraphs[numbering.owner]);
  const end = Math.max(at, itemEnd(paragraphs, numbering.owner, numbering.inline ? null : ownerLabel));
  const renumber = numbering.renumber.filter((e) => e.paragraph > end);
  return afterParagraph(paragraphs, end, phrase, numbering.label, numbering.listNumbered, slot, renumber);
}

function afterParagraph(
  paragraphs: readonly SourceParagraph[],
  paragraph: number,
  phrase: string,
  label: string | null,
  listNumbered: boolean,
  slot: { start: number; end: number } | null,
  renumber: TextEdit[],
): InsertionPlan {
  const prefix = label ?? "";
  const text = prefix + phrase;
  const shifted = slot && { start: slot.start + prefix.length, end: slot.end + prefix.length };
  return {
    where: "after",
    paragraph,
    text,
    label,
    listNumbered,
    // Written as its neighbour is (its style, its Word list); after a heading, as body text.
    edits: [{ anchor: { paragraph, location: "After" }, paragraphs: [{ text, keepStyle: !isHeadingStyled(paragraphs[paragraph]) }] }],
    slot: shifted,
    select: shifted && { paragraph: paragraph + 1, ...shifted },
    renumber,
  };
}

function intoParagraph(
  paragraph: number,
  here: SourceParagraph,
  phrase: string,
  label: string | null,
  slot: { start: number; end: number } | null,
  renumber: TextEdit[],
): InsertionPlan {
  const prefix = label ?? "";
  const text = prefix + phrase;
  const shifted = slot && { start: slot.start + prefix.length, end: slot.end + prefix.length };
  return {
    where: "into",
    paragraph,
    text,
    label,
    listNumbered: false,
    edits: [{ paragraph, start: 0, end: here.text.length, expected: here.text, replacement: text }],
    slot: shifted,
    select: shifted && { paragraph, ...shifted },
    renumber,
  };
}

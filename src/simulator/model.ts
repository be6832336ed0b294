/**
 * The simulated document, free of the DOM so that its rules can be tested in Node: paragraphs
 * with stable identities, positions and ranges that follow edits, the selection and the
 * document's settings.
 */
import type { SourceParagraph } from "../core/paragraph";

export type Alignment = "Left" | "Centered" | "Right" | "Justified";

/** A paragraph as the simulator stores it (the public SimParagraph plus an identity). */
export interface ModelParagraph {
  readonly id: number;
  text: string;
  listString?: string;
  style?: string;
  outlineLevel?: number;
  inTable?: boolean;
  font?: string;
  size?: number;
  bold?: boolean;
  alignment?: Alignment;
  firstLineIndent?: number;
}

export interface SimParagraph extends SourceParagraph {
  font?: string;
  size?: number;
  bold?: boolean;
  alignment?: "Left" | "Centered" | "Justified";
  firstLineIndent?: number;
}

export interface SimDocument {
  paragraphs: SimParagraph[];
  settings: Record<string, unknown>;
}

export interface Pos {
  para: ModelParagraph;
  offset: number;
}

/** A span of the document; `start` is never after `end`. */
export interface ModelRange {
  start: Pos;
  end: Pos;
}

/** Fields copied to a paragraph made next to another one (Word copies paragraph formatting). */
const INHERITED = ["style", "outlineLevel", "inTable", "font", "size", "bold", "alignment", "firstLineIndent"] as const;

export class DocModel {
  paragraphs: ModelParagraph[] = [];
  /** Where the user's selection is (or was last seen inside the document). */
  selection: ModelRange | null = null;
  /** Settings as the add-in sees them (get/set) and as saved in the document (saveAsync). */
  settings = new Map<string, string>();
  savedSettings: Record<string, unknown> = {};
  /** Comments (批注) on ranges that follow edits, as Word keeps them. */
  comments: { range: ModelRange; text: string }[] = [];
  /** Ranges handed out by the Word API that must follow edits (Word tracks them too), by owner. */
  private readonly tracked = new Map<object, Set<ModelRange>>();
  private nextId = 1;

  constructor(doc?: SimDocument) {
    this.open(doc ?? { paragraphs: [], settings: {} });
  }

  /** Replace everything (close and reopen): settings come from the document, not memory. */
  open(doc: SimDocument): void {
    this.paragraphs = doc.paragraphs.map((p) => this.create(fromSim(p)));
    if (this.paragraphs.length === 0) this.paragraphs.push(this.create({ text: "" }));
    this.savedSettings = cloneJson(doc.settings ?? {}) as Record<string, unknown>;
    this.settings = new Map(Object.entries(this.savedSettings).map(([k, v]) => [k, JSON.stringify(v)]));
    this.tracked.clear();
    this.comments = [];
    this.selection = this.endOfDocument();
  }

  save(): SimDocument {
    return {
      paragraphs: this.paragraphs.map(toSim),
      settings: cloneJson(this.savedSettings) as Record<string, unknown>,
    };
  }

  create(init: Omit<ModelParagraph, "id">): ModelParagraph {
    const p: ModelParagraph = { id: this.nextId++, text: init.text };
    for (const [key, value] of Object.entries(init)) {
      if (value !== undefined && key !== "id") (p as unknown as Record<string, unknown>)[key] = value;
    }
    return p;
  }

  /** Index of a paragraph; throws when it was deleted (the user may delete between syncs). */
  indexOf(para: ModelParagraph): number {
    const i = this.paragraphs.indexOf(para);
    if (i < 0) throw new ModelError("ItemNotFound", "The requested resource doesn't exist.");
    return i;
  }

  contains(para: ModelParagraph): boolean {
    return this.paragraphs.includes(para);
  }

  endOfDocument(): ModelRange {
    const last = this.paragraphs[this.paragraphs.length - 1];
    const pos = { para: last, offset: last.text.length };
    return { start: pos, end: { ...pos } };
  }

  wholeParagraph(para: ModelParagraph): ModelRange {
    return { start: { para, offset: 0 }, end: { para, offset: para.text.length } };
  }

  /** Negative, 0 or positive as a is before, at or after b. */
  compare(a: Pos, b: Pos): number {
    return this.indexOf(a.para) - this.indexOf(b.para) || a.offset - b.offset;
  }

  /** The paragraphs a range touches, in order. */
  paragraphsIn(range: ModelRange): ModelParagraph[] {
    return this.paragraphs.slice(this.indexOf(range.start.para), this.indexOf(range.end.para) + 1);
  }

  textOf(range: ModelRange): string {
    const paras = this.paragraphsIn(range);
    if (paras.length === 1) return paras[0].text.slice(range.start.offset, range.end.offset);
    return paras
      .map((p, i) =>
        i === 0 ? p.text.slice(range.start.offset) : i === paras.length - 1 ? p.text.slice(0, range.end.offset) : p.text,
      )
      .join("\r");
  }

  /** Keep a range up to date with later edits until its owner (a request context) is done. */
  track(range: ModelRange, owner: object): ModelRange {
    let set = this.tracked.get(owner);
    if (!set) this.tracked.set(owner, (set = new Set()));
    set.add(range);
    return range;
  }

  /** A comment on a range; it moves with the text it is on. */
  addComment(range: ModelRange, text: string): void {
    const kept = { start: { ...range.start }, end: { ...range.end } };
    this.track(kept, this.comments);
    this.comments.push({ range: kept, text });
  }

  /** The comments that start in a paragraph. */
  commentsOn(para: ModelParagraph): string[] {
    return this.comments.filter((c) => c.range.start.para === para).map((c) => c.text);
  }

  untrack(owner: object): void {
    this.tracked.delete(owner);
  }

  /** Non-overlapping matches of `text` inside one paragraph, as Word's search returns them. */
  search(para: ModelParagraph, text: string, matchCase: boolean): ModelRange[] {
    if (!text) throw new ModelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    if (text.length > 255) throw new ModelError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
    const hay = matchCase ? para.text : para.text.toLowerCase();
    const needle = matchCase ? text : text.toLowerCase();
    const found: ModelRange[] = [];
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      found.push({ start: { para, offset: at }, end: { para, offset: at + needle.length } });
    }
    return found;
  }

  /**
   * Replace a range with text; "\n" or "\r" in it starts new paragraphs (as in Word). Returns the
   * range of the new text. Tracked ranges and the selection follow.
   */
  replace(range: ModelRange, text: string): ModelRange {
    const first = range.start.para;
    const last = range.end.para;
    const si = this.indexOf(first);
    const ei = this.indexOf(last);
    const startOffset = range.start.offset;
    const endOffset = range.end.offset;
    const head = first.text.slice(0, startOffset);
    const tail = last.text.slice(endOffset);
    const lines = text.split(/\r\n|\r|\n/);
    const removed = new Set(this.paragraphs.slice(si + 1, ei + 1));

    // New paragraphs for the second and later lines, formatted like the first (no list number).
    const created = lines.slice(1).map((line) => this.create({ ...inherit(first), text: line }));
    const endPara = created.length > 0 ? created[created.length - 1] : first;
    const endLineStart = created.length > 0 ? 0 : head.length;
    const newEnd = { para: endPara, offset: endLineStart + lines[lines.length - 1].length };
    // Positions up to the start stay; inside the replaced span they go to the end of the new
    // text; after it they shift with the tail.
    const move = (pos: Pos) => {
      if (pos.para === first && pos.offset <= startOffset) return;
      if (pos.para === last && pos.offset >= endOffset) {
        pos.para = endPara;
        pos.offset = newEnd.offset + (pos.offset - endOffset);
      } else if (pos.para === first || removed.has(pos.para)) {
        pos.para = endPara;
        pos.offset = newEnd.offset;
      }
    };
    for (const r of this.allRanges()) {
      move(r.start);
      move(r.end);
    }

    first.text = head + lines[0] + (created.length === 0 ? tail : "");
    if (created.length > 0) endPara.text += tail;
    this.paragraphs.splice(si + 1, ei - si, ...created);
    return { start: { para: first, offset: startOffset }, end: { ...newEnd } };
  }

  /** A new paragraph before or after `anchor`, formatted like it but not in its list. */
  insertParagraph(anchor: ModelParagraph, where: "Before" | "After", text: string): ModelParagraph {
    const i = this.indexOf(anchor);
    const para = this.create({ ...inherit(anchor), text: "" });
    this.paragraphs.splice(where === "Before" ? i : i + 1, 0, para);
    if (text) this.replace({ start: { para, offset: 0 }, end: { para, offset: 0 } }, text);
    return para;
  }

  /** A new paragraph at the start or end of the body (outside any table). */
  insertBodyParagraph(where: "Start" | "End", text: string): ModelParagraph {
    const next = where === "Start" ? this.paragraphs[0] : this.paragraphs[this.paragraphs.length - 1];
    const para = this.create({ ...inherit(next), inTable: undefined, text: "" });
    if (where === "Start") this.paragraphs.unshift(para);
    else this.paragraphs.push(para);
    if (text) this.replace({ start: { para, offset: 0 }, end: { para, offset: 0 } }, text);
    return para;
  }

  /**
   * The user's edits, read from the view: the new paragraph list (existing identities kept).
   * Ranges in paragraphs that are gone move to the nearest remaining one.
   */
  setParagraphs(next: ModelParagraph[]): void {
    if (next.length === 0) next = [this.create({ text: "" })];
    const kept = new Set(next);
    const fallback = next[next.length - 1];
    for (const r of this.allRanges()) {
      for (const pos of [r.start, r.end]) {
        if (!kept.has(pos.para)) {
          pos.para = fallback;
          pos.offset = fallback.text.length;
        }
        pos.offset = Math.min(pos.offset, pos.para.text.length);
      }
    }
    this.paragraphs = next;
  }

  /** Every range that follows edits; none share Pos objects (each would be moved twice). */
  private allRanges(): ModelRange[] {
    const all: ModelRange[] = [];
    for (const set of this.tracked.values()) all.push(...set);
    if (this.selection) all.push(this.selection);
    return all;
  }
}

/** An error as Word reports it: a code and an English message. */
export class ModelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Heading level implied by a style name ("Heading 2", "标题 2"). */
export function headingLevel(style: string | undefined): number | undefined {
  const m = style ? /^(?:heading|标题)\s*([1-9])$/i.exec(style.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

function inherit(p: ModelParagraph): Omit<ModelParagraph, "id" | "text"> {
  const out: Record<string, unknown> = {};
  for (const key of INHERITED) if (p[key] !== undefined) out[key] = p[key];
  return out as Omit<ModelParagraph, "id" | "text">;
}

function fromSim(p: SimParagraph): Omit<ModelParagraph, "id"> {
  const { text, listString, style, outlineLevel, inTable, font, size, bold, alignment, firstLineIndent } = p;
  return {
    text: text ?? "",
    listString: listString || undefined,
    style,
    outlineLevel,
    inTable: inTable || undefined,
    font,
    size,
    bold,
    alignment,
    firstLineIndent,
  };
}

function toSim(p: ModelParagraph): SimParagraph {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p)) if (key !== "id" && value !== undefined) out[key] = value;
  return out as unknown as SimParagraph;
}

export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A range with its own Pos objects (ranges must never share them). */
export function copyRange(r: ModelRange): ModelRange {
  return { start: { ...r.start }, end: { ...r.end } };
}

/** A collapsed range at a position. */
export function pointRange(para: ModelParagraph, offset: number): ModelRange {
  return { start: { para, offset }, end: { para, offset } };
}

/**
 * Edits the engine proposes and a host carries out (insert headings, renumber): plain data, so
 * the engine stays pure and every host applies them the same way.
 */
export type ParagraphAnchor = { paragraph: number; location: "Before" | "After" } | { location: "End" };

export interface NewParagraph {
  text: string;
  format?: ParagraphFormat;
  /**
   * Keep what Word gives a paragraph inserted beside another: that paragraph's style and list
   * (a phrase continues the item before it). Without it, a new paragraph starts as Normal, outside
   * any list (a heading the checklist inserts gets its own format).
   */
  keepStyle?: boolean;
}

/** Formatting for inserted paragraphs; hosts apply what they can. */
export interface ParagraphFormat {
  /** Font family, e.g. "黑体", "楷体_GB2312", "仿宋_GB2312", "方正小标宋简体". */
  font?: string;
  /** Size in points (三号 = 16, 二号 = 22). */
  size?: number;
  bold?: boolean;
  alignment?: "Left" | "Centered" | "Justified";
  /** First-line indent in points (two characters of 三号 = 32). */
  firstLineIndent?: number;
  /** Outline level 1–9 (headings), so Word's navigation pane shows them. */
  outlineLevel?: number;
}

/**
 * Replace [start, end) of a paragraph with `replacement`, only if it still reads `expected`
 * (an empty span inserts). Offsets are UTF-16 code units, in the text as it was read.
 */
export interface TextEdit {
  paragraph: number;
  start: number;
  end: number;
  expected: string;
  replacement: string;
  /**
   * Also take out the paragraph mark after `end` (which must then be the paragraph's end) and
   * the next paragraph's first characters, which must read `expected`: the two paragraphs become
   * one (a line broken inside a sentence, joined again).
   */
  joinNext?: { expected: string };
}

/** New paragraphs before or after a paragraph, or at the end of the body. */
export interface ParagraphInsertion {
  anchor: ParagraphAnchor;
  paragraphs: NewParagraph[];
}

/**
 * A change a host makes, planned on one reading of the document: every paragraph index refers
 * to that reading, however many edits come before it in the same batch.
 */
export type DocumentEdit = TextEdit | ParagraphInsertion;

export function isInsertion(edit: DocumentEdit): edit is ParagraphInsertion {
  return "anchor" in edit;
}

/** A Word comment (批注) on [start, end) of a paragraph, which should still read `expected`. */
export interface CommentRequest {
  paragraph: number;
  start: number;
  end: number;
  expected: string;
  text: string;
}

/** What an edit takes up: its span, and for a join the paragraph mark and the next line's start. */
export function editSpans(edit: TextEdit): { paragraph: number; start: number; end: number }[] {
  const own = { paragraph: edit.paragraph, start: edit.start, end: edit.joinNext ? edit.end + 1 : edit.end };
  return edit.joinNext ? [own, { paragraph: edit.paragraph + 1, start: 0, end: edit.joinNext.expected.length }] : [own];
}

/** Edits that share a character, or the same place (two insertions at one point). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  return editSpans(a).some((x) =>
    editSpans(b).some((y) => x.paragraph === y.paragraph && ((x.start < y.end && y.start < x.end) || (x.start === y.start && x.end === y.end))),
  );
}

/**
 * Last paragraph first, and within a paragraph the last span first: a change never moves the
 * offsets of one still to be made. Every host applies text edits in this order.
 */
export function orderEdits<T extends Pick<TextEdit, "paragraph" | "start" | "end">>(edits: readonly T[]): T[] {
  return [...edits].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start || b.end - a.end);
}

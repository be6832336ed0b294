import type { Paragraphs } from "../types";
import { contentStart, readLabel } from "../outline/labels";
import { findRunOnItems } from "../outline/runon";
import { joinBrokenLines } from "../text/lines";

/**
 * A draft as 查重 compares it: only the characters that carry words (Chinese characters, letters,
 * digits), with punctuation, spaces, invisible characters and list numbers left out, so that a
 * passage reworded by punctuation, spacing or numbering reads the same. Each kept character
 * remembers where it stands in the original paragraph, to report places in the real text.
 */
export interface NormalDraft {
  /** The kept characters of every paragraph, one after another. */
  chars: string;
  /** For each kept character: its paragraph, and its offset (UTF-16) in that paragraph's text. */
  paragraph: Int32Array;
  offset: Int32Array;
  /**
   * For each kept character, its block: the paragraph as a reader sees it, lines broken inside a
   * sentence (a PDF's, a web page's) joined. Passages never run from one block into the next.
   */
  block: Int32Array;
  /** Where each block's characters start in `chars`; one more entry at the end. */
  blockStart: Int32Array;
}

const UTF16 = new TextDecoder("utf-16le");

/**
 * Each UTF-16 code unit as compared: itself, its ASCII form (full-width Ａ１ → a1, letters in
 * lower case), or 0 when it is left out. Surrogates are kept (characters of CJK Extension B on).
 */
let table: Uint16Array | null = null;

function charTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(65536);
  const word = /^[\p{L}\p{Nd}\u3007]$/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c;
      continue;
    }
    let ch = String.fromCharCode(c);
    if (!word.test(ch)) continue;
    if (c >= 0xff10 && c <= 0xff5a) ch = String.fromCharCode(c - 0xfee0);
    const lower = ch.toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : ch.charCodeAt(0);
  }
  return table;
}

/**
 * The list numbers of a paragraph: a number that opens it (一、 （一） 1. ① 第一部分) and the
 * run-on items inside it (一是 二是, 第一， 第二，, 首先 其次), as [start, end) pairs in order.
 */
export function numberingOf(text: string): number[] {
  const out: number[] = [];
  let from = contentStart(text);
  const label = readLabel(text, from);
  if (label) {
    out.push(label.start, label.end);
    from = label.end;
    while (from < text.length && (text[from] === " " || text[from] === "\u3000" || text[from] === "\t")) from++;
  }
  for (const m of findRunOnItems(text, from)) out.push(m.start, m.end);
  return out;
}

/**
 * The draft's paragraphs, normalised for comparing. Linear in the text. `joinLines`: read lines
 * broken inside a sentence as one block (as the analysis does), so that a passage copied from a
 * PDF is found whole.
 */
export function normalizeDraft(paragraphs: Paragraphs, joinLines = true): NormalDraft {
  const map = charTable();
  let total = 0;
  for (const p of paragraphs) total += p.text.length;
  const logicalOf = joinLines && paragraphs.length > 1 ? joinBrokenLines(paragraphs).logicalOf : null;
  const codes = new Uint16Array(total);
  const paragraph = new Int32Array(total);
  const offset = new Int32Array(total);
  const block = new Int32Array(total);
  const starts: number[] = [];
  let n = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const b = logicalOf ? logicalOf[p] : p;
    if (b === starts.length) starts.push(n);
    const text = paragraphs[p].text;
    const skip = numberingOf(text);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      // Past a list number: its characters are not compared.
      while (s < skip.length && i >= skip[s + 1]) s += 2;
      if (s < skip.length && i >= skip[s]) continue;
      const c = map[text.charCodeAt(i)];
      if (c === 0) continue;
      codes[n] = c;
      paragraph[n] = p;
      offset[n] = i;
      block[n] = b;
      n++;
    }
  }
  starts.push(n);
  // UTF-16 code units to a string in one call (lone surrogates cannot occur: both halves are kept).
  const chars = UTF16.decode(codes.subarray(0, n));
  return { chars, paragraph: paragraph.subarray(0, n), offset: offset.subarray(0, n), block: block.subarray(0, n), blockStart: Int32Array.from(starts) };
}

/** The kept characters of one text (a stock sentence, a heading), without places. */
export function normalizeText(text: string): string {
  return normalizeDraft([{ text }], false).chars;
}

import type { Paragraphs } from "../types";
import { contentStart, readLabel } from "../outline/labels";
import { findRunOnItems } from "../outline/runon";

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
  /** Where each paragraph's characters start in `chars`; one more entry at the end. */
  paragraphStart: Int32Array;
}

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

/** The draft's paragraphs, normalised for comparing. Linear in the text. */
export function normalizeDraft(paragraphs: Paragraphs): NormalDraft {
  const map = charTable();
  let total = 0;
  for (const p of paragraphs) total += p.text.length;
  const codes = new Uint16Array(total);
  const paragraph = new Int32Array(total);
  const offset = new Int32Array(total);
  const paragraphStart = new Int32Array(paragraphs.length + 1);
  let n = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    paragraphStart[p] = n;
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
      n++;
    }
  }
  paragraphStart[paragraphs.length] = n;
  // Built in chunks: String.fromCharCode takes its arguments on the stack.
  let chars = "";
  for (let i = 0; i < n; i += 8192) chars += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  return { chars, paragraph: paragraph.subarray(0, n), offset: offset.subarray(0, n), paragraphStart };
}

/** The kept characters of one text (a stock sentence, a heading), without places. */
export function normalizeText(text: string): string {
  return normalizeDraft([{ text }]).chars;
}

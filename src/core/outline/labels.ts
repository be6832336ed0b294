import { CIRCLED_CHARS, parseChineseNumeral, parseCircled, toChineseNumeral, toCircled } from "../text/numerals";

/**
 * Numbering styles, from the outermost in GB/T 9704 order. ASCII and full-width variants of a
 * style share one key (`(一)` is `（一）` typed on an English keyboard).
 */
export type LabelStyle =
  | "cn-part" // 第一部分 第一章: above 一、 where a draft uses it
  | "cn" // 一、 一. 一．
  | "cn-paren" // （一） (一)
  | "arabic" // 1. 1、 1．
  | "arabic-paren" // （1） (1)
  | "circled" // ①
  | `list:${string}`; // a Word list number of another shape, keyed by its pattern

export interface Label {
  style: LabelStyle;
  number: number;
  /** The label as written, e.g. "（一）". */
  text: string;
  /** The label with its number as `%1`, e.g. "（%1）", to write the neighbour's number. */
  pattern: string;
  numeral: "cn" | "arabic" | "circled";
  /** Offsets in the paragraph text; both 0 for a label that comes from Word's list. */
  start: number;
  end: number;
}

/** Markdown remnants and indentation before a label: `# `, `**`, spaces, full-width spaces. */
const PREFIX = /^[\s\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[\s\u3000]*/;
const CN = "〇零一二两三四五六七八九十百";
const LABEL =
  new RegExp(
    `^(?:([${CN}]{1,4})[ \\t]*([、.．])` + // 1: cn, 2: its mark (一.2023年… is a heading: no decimals in 一)
      `|([（(])[ \\t]*([${CN}]{1,4})[ \\t]*([)）])` + // 3,4,5: cn-paren
      `|([0-9０-９]{1,3})[ \\t]*([.、．])(?![0-9０-９.])` + // 6,7: arabic
      `|([（(])[ \\t]*([0-9０-９]{1,3})[ \\t]*([)）])` + // 8,9,10: arabic-paren
      `|([${CIRCLED_CHARS}])` + // 11: circled
      `|第([${CN}]{1,3})(部分|章)` + // 12, 13: cn-part (the separator after it is not part of the number)
      `|([0-9０-９]{1,2})[)）])`, // 14: arabic-paren without its opening bracket: 1）
  );

export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Where the content of a paragraph starts, past indentation and Markdown remnants. */
export function contentStart(text: string): number {
  return PREFIX.exec(text)?.[0].length ?? 0;
}

/** Recognise a number at the start of `text` (after `from`). */
export function readLabel(text: string, from = contentStart(text)): Label | null {
  const m = LABEL.exec(text.slice(from, from + 12));
  if (!m) return null;
  const start = from;
  const end = from + m[0].length;
  const raw = m[0];
  if (m[1] !== undefined) {
    const n = parseChineseNumeral(m[1]);
    return n ? { style: "cn", number: n, text: raw, pattern: `%1${m[2]}`, numeral: "cn", start, end } : null;
  }
  if (m[4] !== undefined) {
    const n = parseChineseNumeral(m[4]);
    return n ? { style: "cn-paren", number: n, text: raw, pattern: `${m[3]}%1${m[5]}`, numeral: "cn", start, end } : null;
  }
  if (m[6] !== undefined) {
    const n = Number(toAsciiDigits(m[6]));
    return n ? { style: "arabic", number: n, text: raw, pattern: `%1${m[7]}`, numeral: "arabic", start, end } : null;
  }
  if (m[9] !== undefined) {
    const n = Number(toAsciiDigits(m[9]));
    return n ? { style: "arabic-paren", number: n, text: raw, pattern: `${m[8]}%1${m[10]}`, numeral: "arabic", start, end } : null;
  }
  if (m[11] !== undefined) {
    const n = parseCircled(m[11]);
    return n ? { style: "circled", number: n, text: raw, pattern: "%1", numeral: "circled", start, end } : null;
  }
  if (m[12] !== undefined) {
    const n = parseChineseNumeral(m[12]);
    return n ? { style: "cn-part", number: n, text: raw, pattern: `第%1${m[13]}`, numeral: "cn", start, end } : null;
  }
  const n = Number(toAsciiDigits(m[14]));
  return n ? { style: "arabic-paren", number: n, text: raw, pattern: `%1${raw.slice(-1)}`, numeral: "arabic", start, end } : null;
}

/**
 * Read Word's list number ("一、", "（1）", "1.1", "第一条"). Shapes we know get their usual style, so
 * a list-numbered `（一）` nests like a typed one; others get a style of their own.
 */
export function readListLabel(listString: string): Label | null {
  const s = listString.trim();
  if (!s) return null;
  const known = readLabel(s, 0);
  if (known && known.end === s.length) return { ...known, start: 0, end: 0 };
  const m = /[0-9]+|[〇零一二两三四五六七八九十百]+/.exec(s);
  const number = m ? (/\d/.test(m[0]) ? Number(m[0]) : parseChineseNumeral(m[0])) : null;
  // A bullet (•, ➢, ) numbers nothing: the paragraph is body text, not a heading.
  if (!m || !number) return null;
  const pattern = s.slice(0, m.index) + "%1" + s.slice(m.index + m[0].length);
  return {
    style: `list:${pattern}`,
    number,
    text: s,
    pattern,
    numeral: /\d/.test(m[0]) ? "arabic" : "cn",
    start: 0,
    end: 0,
  };
}

/** The label for number `n` written the way `label` is written. */
export function formatLabel(label: Pick<Label, "pattern" | "numeral">, n: number): string {
  const value = label.numeral === "cn" ? toChineseNumeral(n) : label.numeral === "circled" ? toCircled(n) : String(n);
  return label.pattern.replace("%1", value);
}

/** GB/T 9704 order of the styles: 一、 above （一） above 1. above （1） above ①. */
export const STYLE_RANK: Partial<Record<string, number>> = { "cn-part": 0, cn: 1, "cn-paren": 2, arabic: 3, "arabic-paren": 4, circled: 5 };

/** Default patterns per style, for headings the add-in writes itself. */
export const STYLE_PATTERNS: Record<"cn" | "cn-paren" | "arabic" | "arabic-paren", Pick<Label, "pattern" | "numeral">> = {
  cn: { pattern: "%1、", numeral: "cn" },
  "cn-paren": { pattern: "（%1）", numeral: "cn" },
  arabic: { pattern: "%1.", numeral: "arabic" },
  "arabic-paren": { pattern: "（%1）", numeral: "arabic" },
};

import type { Paragraphs, Part } from "../types";

/** The year a material is for, as its title, 署名 or preamble write it. */
export interface DraftYear {
  /** The words as written: "2022年度", "二〇二四年", "202X年度". */
  text: string;
  /** The year, or null when it is a placeholder (202X, 20XX, ××××). */
  year: number | null;
  placeholder: boolean;
  /** True for 年度 (the year the meeting reviews), false for a bare 年 (often the year it is held). */
  annual: boolean;
  where: "title" | "signature" | "preamble";
  paragraph: number;
  start: number;
  end: number;
}

const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const PLACEHOLDER = "XxＸｘ×*＊";
/** 2024, ２０２４, 二〇二四, and placeholders 202X, 20XX, 20××, XXXX. */
const YEAR = new RegExp(
  `(?<![0-9０-９${PLACEHOLDER}])((?:19|20|１９|２０)[0-9０-９]{2}|(?:20|２０)[0-9０-９]?[${PLACEHOLDER}]{1,2}|[${PLACEHOLDER}]{4}|二[〇零]{1}[一二三四五六七八九〇零]{2})\\s*(年度|年)`,
  "g",
);

function readYear(raw: string): { year: number | null; placeholder: boolean } {
  const ascii = raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[〇零一二三四五六七八九]/g, (c) => CN_DIGITS[c] ?? c);
  if (/^\d{4}$/.test(ascii)) return { year: Number(ascii), placeholder: false };
  return { year: null, placeholder: true };
}

/** Every year written in `text`, with its offsets. */
export function yearsIn(text: string): { raw: string; text: string; year: number | null; placeholder: boolean; annual: boolean; start: number; end: number }[] {
  const out = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    out.push({ raw: m[1], text: m[0], ...readYear(m[1]), annual: m[2] === "年度", start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A clause naming the meeting the material is for: 召开2024年度…民主生活会. */
const MEETING_AFTER = /^[^。；，,;]{0,30}?(?:民主生活会|组织生活会|生活会)/;
const CALLED_BEFORE = /(?:召开|开好|开展|参加|举行|组织|关于|按照|根据|围绕)[^。；，,;]{0,12}$/;

/**
 * The year the material is for: the first one in its title; else one in a 署名 line (a date is
 * not the material's year, so only 年度 counts there); else the one in the preamble that names
 * the meeting (召开2023年度专题民主生活会), a year the preamble only mentions in passing
 * (截至2024年底, 上年度) does not count. Null when none is written.
 */
export function findDraftYear(paragraphs: Paragraphs, parts: readonly Part[]): DraftYear | null {
  const part = (role: Part["role"]) => parts.find((p) => p.role === role);
  const title = part("title");
  if (title) {
    for (let i = title.first; i <= title.last; i++) {
      const y = yearsIn(paragraphs[i].text)[0];
      if (y) return { text: y.text, year: y.year, placeholder: y.placeholder, annual: y.annual, where: "title", paragraph: i, start: y.start, end: y.end };
    }
  }
  const signature = part("signature");
  if (signature) {
    for (let i = signature.first; i <= signature.last; i++) {
      const y = yearsIn(paragraphs[i].text).find((x) => x.annual);
      if (y) return { text: y.text, year: y.year, placeholder: y.placeholder, annual: true, where: "signature", paragraph: i, start: y.start, end: y.end };
    }
  }
  const preamble = part("preamble");
  if (preamble) {
    let fallback: DraftYear | null = null;
    for (let i = preamble.first; i <= preamble.last && i < preamble.first + 20; i++) {
      const text = paragraphs[i].text;
      for (const y of yearsIn(text)) {
        if (!MEETING_AFTER.test(text.slice(y.end))) continue;
        const found: DraftYear = { text: y.text, year: y.year, placeholder: y.placeholder, annual: y.annual, where: "preamble", paragraph: i, start: y.start, end: y.end };
        if (CALLED_BEFORE.test(text.slice(Math.max(0, y.start - 16), y.start))) return found;
        fallback ??= found;
      }
    }
    if (fallback) return fallback;
  }
  return null;
}

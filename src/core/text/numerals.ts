const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100 };


/** 一 → 1, 十一 → 11, 二十 → 20, 一百零一 → 101. Returns null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 一二: not a numeral
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      return null;
    }
  }
  total += digit ?? 0;
  return total > 0 ? total : null;
}

/** 1 → 一, 11 → 十一, 20 → 二十, 101 → 一百零一 (up to 999). */
export function toChineseNumeral(value: number): string {
  const d = "零一二三四五六七八九";
  if (value <= 0 || value > 999 || !Number.isInteger(value)) return String(value);
  const h = Math.floor(value / 100);
  const t = Math.floor((value % 100) / 10);
  const u = value % 10;
  let out = "";
  if (h) out += d[h] + "百";
  if (t) out += (t === 1 && !h ? "" : d[t]) + "十";
  else if (h && u) out += "零";
  if (u) out += d[u];
  return out;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** ① → 1 … ⑳ → 20. */
export function parseCircled(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i >= 0 ? i + 1 : null;
}

export function toCircled(value: number): string {
  return value >= 1 && value <= 20 ? CIRCLED[value - 1] : `(${value})`;
}

export const CIRCLED_CHARS = CIRCLED;

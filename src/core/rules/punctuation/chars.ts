/*
 * What the punctuation checks share: kinds of characters, the marks' neighbours, and the places of
 * a paragraph they leave alone.
 */

export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
/** Han characters and the marks of Chinese text: what makes an ASCII mark next to it out of place. */
export const isChinese = (ch: string | undefined) => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014;
};
export const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
export const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/** The nearest character before `i` and after `j` that is not a space. */
export function neighbours(text: string, i: number, j = i + 1): [string | undefined, string | undefined] {
  let a = i - 1;
  while (a >= 0 && text[a] === " ") a--;
  let b = j;
  while (b < text.length && text[b] === " ") b++;
  return [text[a], text[b]];
}

/**
 * Places of a paragraph the rule leaves alone: web addresses, a heading's number, a list number.
 * A paragraph has a few of them at most: a list of ranges is enough.
 */
export class Skip {
  private ranges: [number, number][] = [];
  add(start: number, end: number) {
    this.ranges.push([start, end]);
  }
  has(i: number): boolean {
    for (let k = 0; k < this.ranges.length; k++) if (i >= this.ranges[k][0] && i < this.ranges[k][1]) return true;
    return false;
  }
}

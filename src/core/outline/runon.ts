import { parseChineseNumeral } from "../text/numerals";

/** A run-on item inside a paragraph: 一是…, 第一，…, 首先…. */
export interface RunOnMarker {
  kind: "shi" | "di" | "seq";
  number: number;
  /** Offsets of the marker itself ("二是"), in the paragraph text. */
  start: number;
  end: number;
}

// A marker counts only at a boundary: the start of the content, or after punctuation or a space,
// so that 统一是 or 唯一是 are not items.
const BOUNDARY = "。；;！!？?：:，,、 \t\u3000“”\"‘’'（(）)—…*";
const SHI = /([一二三四五六七八九十]{1,3})是/g;
const DI = /第([一二三四五六七八九十]{1,3})[，,、：:]/g;
const SEQ = /(首先|其次|再次|再者|最后)(?=[，,、：:]?)/g;
const SEQ_ORDER: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: 4 };

function atBoundary(text: string, index: number, from: number): boolean {
  return index === from || BOUNDARY.includes(text[index - 1]);
}

/**
 * Find the run-on items of `text` from offset `from`. Items must count up by one; a chain that
 * starts at `from` may continue the previous paragraph's chain (`continueFrom` is the number
 * it reached), elsewhere it must start at 一. A lone marker counts only at `from` (a paragraph
 * that starts with 一是 and whose 二是 starts the next paragraph).
 */
export function findRunOnItems(
  text: string,
  from: number,
  continueFrom: { kind: RunOnMarker["kind"]; number: number } | null = null,
): RunOnMarker[] {
  let best: RunOnMarker[] = [];
  for (const kind of ["shi", "di", "seq"] as const) {
    const chain = chainOf(text, from, kind, continueFrom?.kind === kind ? continueFrom.number : 0);
    if (chain.length > best.length) best = chain;
  }
  return best;
}

function chainOf(text: string, from: number, kind: RunOnMarker["kind"], previous: number): RunOnMarker[] {
  const re = kind === "shi" ? SHI : kind === "di" ? DI : SEQ;
  re.lastIndex = from;
  const chain: RunOnMarker[] = [];
  let expected = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!atBoundary(text, m.index, from)) continue;
    const n = kind === "seq" ? SEQ_ORDER[m[1]] : parseChineseNumeral(m[1]);
    if (n === null) continue;
    const first = chain.length === 0;
    const continues = m.index === from && previous > 0 && (kind === "seq" ? n > Math.min(previous, 3) : n === previous + 1);
    // One number skipped (一是…三是) or the last one repeated (四是…四是) inside a chain is a
    // writer's slip, not prose: kept as an item, for the numbering rule to report.
    const slip = !first && kind !== "seq" && (n === expected + 1 || n === expected - 1);
    const ok = first ? n === 1 || continues : kind === "seq" ? n >= expected && n <= 4 : n === expected || slip;
    if (!ok) continue;
    // 第一，… in a paragraph also containing 首先… is handled by taking the longest chain.
    const end = kind === "di" ? m.index + m[0].length - 1 : m.index + m[0].length;
    const number = kind === "seq" ? (first && n !== 1 ? previous + 1 : chain.length + 1) : n;
    chain.push({ kind, number, start: m.index, end });
    expected = (kind === "seq" ? Math.min(n, 3) : n) + 1;
    if (kind === "seq" && n === 4) break;
  }
  // A single marker inside a paragraph is prose ("一是一，二是二" aside), unless it opens it.
  if (chain.length === 1 && chain[0].start !== from) return [];
  // 首先… alone in a paragraph counts only as the start of a chain that the next paragraphs go on.
  if (kind === "seq" && chain.length < 2 && chain[0]?.start !== from) return [];
  return chain;
}

import { INVISIBLE, INVISIBLE_CLASS } from "./invisible";
import type { Paragraphs, SourceParagraph } from "../types";
import { readLabel } from "../outline/labels";
import { headingLevel } from "../outline/build";
import { CLOSING, looksLikeStandaloneHeading, namesPart } from "../structure/partPatterns";
import { findTitleAndSignature, isJunkLine } from "../structure/parts";
import { isBannerLine } from "../structure/front";
import { ASPECT_SYNONYMS } from "../../data/aspectSynonyms";

/*
 * Hard line breaks inside sentences. Text pasted from a PDF, a web page or an old plain-text
 * file arrives with a paragraph mark at the end of every printed line, sometimes in the middle
 * of a word, even of the title (…组织生活会个人对 / 照检查材料). A reader sees one paragraph;
 * joinBrokenLines finds such breaks and gives the paragraphs a reader sees ("logical"
 * paragraphs), with a map back to the real ones.
 *
 * A line is joined to the next only when it clearly breaks off mid-sentence:
 * - it does not end with closing punctuation (。！？；：…);
 * - the next line does not start something new: a number (一、 （一） 1.), an item (一是,
 *   第一，, 首先), a bullet, an unnumbered part heading, a closing (以上是…), a date, a banner;
 * - neither is in a table or a Word list, nor a heading style, and both have one style;
 * - and there is evidence of a break: the next line starts with punctuation (，。、）), the
 *   line ends with a comma, an opening bracket or a joining word (的 和 与), a word is split
 *   across the break (对 / 照检查), or the line is a full printed line of the body (long, no
 *   heading, and as long as the other printed lines where the text has a print width; where
 *   it has none, only in a text that shows at least two of the clearer breaks above).
 * Title and 署名 lines (and any banner) are joined only where a word is split or the next line
 * starts with punctuation: a long title set on two lines at a word boundary is not a break.
 */

/** Why two lines were judged one sentence. */
export type BreakReason =
  /** The next line starts with punctuation that cannot start a sentence (，。、）…). */
  | "punctuation"
  /** A word is split across the break (对 / 照检查材料, 问 / 题, 20 / 24年). */
  | "split-word"
  /** The line ends with a comma, an enumeration comma, an opening bracket or a joining word. */
  | "open-end"
  /** A numbered heading whose last words went to the next line (二、存在的主要 / 问题). */
  | "heading"
  /** A full printed line of a paragraph that goes on in the next line. */
  | "mid-sentence";

/** A hard break: the real paragraph `paragraph` was joined to `next`. */
export interface LineBreak {
  /** The real paragraph whose end was joined to the next one. */
  paragraph: number;
  /** Where its text ends (trailing spaces, if any, start here): the fix deletes from here… */
  offset: number;
  /** …to this offset of the next real paragraph (past its leading spaces), paragraph mark included. */
  next: number;
  nextOffset: number;
  /** The logical paragraph and the offset in its text where the two lines meet. */
  logical: number;
  at: number;
  reason: BreakReason;
  /** What the joined text puts between the lines: "" (Chinese), " " (two Latin words). */
  glue: string;
}

/** A piece of real text in a logical paragraph: real [start, end) of `paragraph` sits at `at`. */
export interface LineSegment {
  at: number;
  paragraph: number;
  start: number;
  end: number;
}

export interface JoinedLines {
  /** The real paragraphs. */
  source: Paragraphs;
  /** The paragraphs a reader sees. The same array as `source` when nothing was joined. */
  paragraphs: Paragraphs;
  /** For each logical paragraph, the real pieces it is made of, in order (at least one). */
  segments: LineSegment[][];
  /** For each real paragraph, the logical paragraph it is part of. */
  logicalOf: number[];
  breaks: LineBreak[];
}

export interface JoinOptions {
  /** More words that must not be split (a meeting type's aspect terms, say). */
  words?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// What lines look like

/** A line that ends a sentence or a clause that the next line does not continue. */
const CLOSED_END = /(?:[。！？!?；;：:…」』】]|\.(?!\d))[”’"'）)》\]】」』*\s]*$/;
/** A line that cannot end there: a comma, an enumeration comma, an opening bracket or quote, a dash. */
const OPEN_END = /[，,、（(《“‘「『[【—–-]$/;
/** Words that join to what follows: a line ending with one goes on. */
const JOINING_END = /(?:的|和|与|及|并|把|被|将|从|向|给|跟|让|使|或|以及|并且|而且|通过|按照|根据|关于|对于|由于|为了|围绕|结合|坚持|推动|加强|进一步)$/;
/** Punctuation a sentence never starts with. */
const PUNCT_START = /^[，,。.、；;：:！!？?）)》」』”’】\]…]/;
/** Headings end with one of these words: such a line is complete. */
const HEADING_END = /(?:方面|问题|原因|根源|剖析|措施|方向|举措|打算|体会|收获|认识|情况|差距|不足|短板|案例|警示|材料|提纲|发言|讲话|目标)[。：:*\s]*$/;
const RUN_ON_START = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:]|(?:首先|其次|再次|再者|最后|另外|此外|同时|总之|总而言之)[，,、：:])/;
const BULLET_START = /^(?:[•●○■□◆◇▪▶►★☆✓√※]|[-*+]\s)/;
const CLOSING_START = /^(?:以上(?:是|就是|发言|对照|检查|剖析)|不妥之处|不当之处|不足之处|恳请|敬请|请(?:各位|同志们|大家))/;
const DATE_LINE = /^[（(]?[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?[)）]?$|^[（(]?二[〇零][一二三四五六七八九〇零]{2}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?[)）]?$/;
const TOC_HEAD = /^目[\s\u3000]*录[：:]?$/;

/** Width of a line as printed: Chinese and full-width characters 1, ASCII ½. */
export function lineWidth(text: string): number {
  let w = 0;
  for (let k = 0; k < text.length; k++) w += text.charCodeAt(k) < 0x80 ? 0.5 : 1;
  return w;
}

const isBlank = (t: string) => t.trim() === "";
const LEADING = /^[\s\u3000]*/;
const TRAILING = /[\s\u3000]*$/;
const leadingSpace = (t: string) => LEADING.exec(t)![0].length;
const trailingSpace = (t: string) => TRAILING.exec(t)![0].length;

/** Invisible characters (invisible.ts) are left out of the text the analysis reads. */
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CLASS}]`, "g");

/** The runs of [start, end) of `t` without invisible characters. */
function visibleRuns(t: string, start: number, end: number): [number, number][] {
  if (!INVISIBLE.test(t)) return [[start, end]];
  const runs: [number, number][] = [];
  let from = start;
  for (let k = start; k < end; k++) {
    if (INVISIBLE.test(t[k])) {
      if (k > from) runs.push([from, k]);
      from = k + 1;
    }
  }
  if (end > from) runs.push([from, end]);
  return runs.length ? runs : [[start, start]];
}

// Words this genre writes, that a break must not split: the names of the parts and of the
// material, the aspects (with their synonyms), the names of the theory.
const GENRE_WORDS = [
  "对照检查材料", "对照检查", "检查材料", "检视剖析", "剖析材料", "发言提纲", "发言材料", "对照检视", "个人对照",
  "专题民主生活会", "民主生活会", "组织生活会", "生活会", "主题教育", "领导班子", "党支部", "年度",
  "存在的主要问题", "存在的问题", "突出问题", "主要问题", "问题", "产生的原因", "原因", "根源", "剖析", "整改措施",
  "措施", "整改", "努力方向", "方向", "改进", "体会", "认识", "反面典型案例", "典型案例", "案例", "差距", "不足",
  "查摆", "检视", "方面", "落实", "情况", "今后", "下一步",
  "习近平新时代中国特色社会主义思想", "中国特色社会主义", "社会主义", "习近平", "总书记", "新时代", "党中央",
  "批评指正", "批评", "指正", "同志", "思想", "政治", "理论", "学习", "作风", "纪律", "规矩", "党性", "宗旨",
  "担当", "作为", "廉洁", "自律", "能力", "本领", "意识", "责任", "团结", "统一", "带头", "维护", "贯彻",
  "建设", "人民", "群众", "服务", "忠诚", "信念", "理想", "修养", "锤炼", "敬畏", "纪律作风",
];

function buildSplits(words: readonly string[]): Map<string, [string, string][]> {
  const splits = new Map<string, [string, string][]>();
  for (const w of new Set(words)) {
    for (let k = 1; k < w.length; k++) {
      const head = w.slice(0, k);
      const key = head[head.length - 1];
      let list = splits.get(key);
      if (!list) splits.set(key, (list = []));
      list.push([head, w.slice(k)]);
    }
  }
  return splits;
}

let defaultSplits: Map<string, [string, string][]> | null = null;
function splitsFor(options: JoinOptions) {
  const base = [...GENRE_WORDS, ...ASPECT_SYNONYMS.flatMap((g) => g.words)];
  if (options.words?.length) return buildSplits([...base, ...options.words]);
  return (defaultSplits ??= buildSplits(base));
}

/** Whether the end of `a` and the start of `b` are two halves of one word (or of a number). */
function splitsWord(a: string, b: string, splits: Map<string, [string, string][]>): boolean {
  const last = a[a.length - 1];
  if (/[0-9０-９]/.test(last) && /^[0-9０-９]|^(?:年|月|日|时|万|亿|元|个|人|次|项|条|%|％)/.test(b)) return true;
  if (/[A-Za-z]/.test(last) && /^[a-z]/.test(b)) return true;
  for (const [head, tail] of splits.get(last) ?? []) if (a.endsWith(head) && b.startsWith(tail)) return true;
  return false;
}

/** A heading: numbered with no sentence in it, or a short line naming a part or ending as headings do. */
function headingLike(t: string): boolean {
  const label = readLabel(t);
  if (label) return !/[。；;！!？?]/.test(t.slice(label.end));
  return namesPart(t) !== null || (looksLikeStandaloneHeading(t) && HEADING_END.test(t));
}

/** A line that starts something new: a number, an item, a bullet, a closing, a date, the contents. */
function startsNew(p: SourceParagraph, b: string): boolean {
  return (
    readLabel(p.text) !== null ||
    RUN_ON_START.test(b) ||
    BULLET_START.test(b) ||
    CLOSING_START.test(b) ||
    DATE_LINE.test(b) ||
    TOC_HEAD.test(b)
  );
}

/** A line that stands alone as a heading, a closing or a signature: the line before it does not run into it. */
function standsAlone(b: string): boolean {
  if (/[。；;！!？?，,]/.test(b.replace(/[。：:]$/, "")) || /如下[：:]$/.test(b)) return false;
  if (namesPart(b) !== null) return true;
  if (looksLikeStandaloneHeading(b) && HEADING_END.test(b)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The print width: where a text comes from a PDF, its broken lines are all about as wide

/** The width of the printed lines, when most unfinished lines of the body share one; else null. */
function printWidth(paragraphs: Paragraphs, head: Head): number | null {
  // Unfinished lines: their width, and whether a sentence mark stands inside them.
  const lines: { width: number; inner: boolean; beforeEnd: boolean }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (head.strict.has(i) || head.signature.has(i) || p.inTable || p.listString) continue;
    const t = p.text.trim();
    if (!t || CLOSED_END.test(t)) continue;
    const w = lineWidth(t);
    if (w < 12 || w > 120) continue;
    const next = paragraphs[i + 1]?.text.trim() ?? "";
    lines.push({ width: w, inner: /[，,。；;：:]/.test(t.slice(0, -1)), beforeEnd: CLOSED_END.test(next) && lineWidth(next) < w });
  }
  if (lines.length < 4) return null;
  lines.sort((x, y) => x.width - y.width);
  // The largest group of widths within 3 of each other.
  let best = { from: 0, to: 0 };
  for (let from = 0, to = 0; from < lines.length; from++) {
    while (to + 1 < lines.length && lines[to + 1].width - lines[from].width <= 3) to++;
    if (to - from > best.to - best.from) best = { from, to };
  }
  const group = lines.slice(best.from, best.to + 1);
  if (group.length < 4 || group.length < lines.length / 2) return null;
  // Printed lines cut through sentences, so most hold a comma or a full stop; a list of short
  // items written without full stops (每月集中学习一次 / 每季度调研一次 …) does not.
  if (group.filter((l) => l.inner).length < group.length / 2) return null;
  // And paragraphs end: some of those lines are followed by a shorter last line with its full stop.
  if (group.filter((l) => l.beforeEnd).length < 2) return null;
  const width = group[group.length >> 1].width;
  return width >= 18 ? width : null;
}

// ---------------------------------------------------------------------------------------------

/**
 * Find the hard line breaks inside sentences and give the paragraphs a reader sees. Pure; the
 * real paragraphs are not changed. A logical paragraph takes the properties (style, outline
 * level) of its first line; the joined text drops the spaces around each break and puts a
 * space between two Latin words only.
 */
export function joinBrokenLines(source: Paragraphs, options: JoinOptions = {}): JoinedLines {
  const n = source.length;
  // Breaks are judged on the text a reader sees; positions come from the real text.
  let invisible = false;
  const paragraphs = source.map((p) => (INVISIBLE.test(p.text) ? ((invisible = true), { ...p, text: p.text.replace(INVISIBLE_ALL, "") }) : p));
  const reasons: (BreakReason | null)[] = new Array(n).fill(null);
  const head = headLines(paragraphs);
  const width = printWidth(paragraphs, head);
  const splits = splitsFor(options);
  let any = false;
  let clear = 0;
  for (let i = 0; i + 1 < n; i++) {
    const r = breakAfter(paragraphs, i, head, width, splits);
    if (r) {
      reasons[i] = r;
      any = true;
      if (r !== "mid-sentence") clear++;
    }
  }
  // Without a print width, a line that merely lacks its full stop may be a paragraph whose
  // writer forgot it: join such lines only where the text shows other, clear breaks.
  if (width === null && clear < 2) for (let i = 0; i < n; i++) if (reasons[i] === "mid-sentence") reasons[i] = null;
  // A paragraph made of printed lines ends with its full stop; lines that run on into one that
  // does not end are more likely items of a list written without full stops.
  for (let i = 0; i < n; ) {
    let last = i;
    while (reasons[last]) last++;
    if (last > i && !CLOSED_END.test(paragraphs[last].text.trim())) {
      for (let k = i; k < last; k++) if (reasons[k] === "mid-sentence") reasons[k] = null;
    }
    i = last + 1;
  }
  any = reasons.some((r) => r !== null);

  const logicalOf: number[] = new Array(n);
  const segments: LineSegment[][] = [];
  if (!any && !invisible) {
    for (let i = 0; i < n; i++) {
      logicalOf[i] = i;
      segments.push([{ at: 0, paragraph: i, start: 0, end: paragraphs[i].text.length }]);
    }
    return { source, paragraphs: source, segments, logicalOf, breaks: [] };
  }

  const out: SourceParagraph[] = [];
  const breaks: LineBreak[] = [];
  for (let i = 0; i < n; ) {
    let last = i;
    while (reasons[last]) last++;
    const L = out.length;
    if (last === i && paragraphs[i] === source[i]) {
      logicalOf[i] = L;
      segments.push([{ at: 0, paragraph: i, start: 0, end: source[i].text.length }]);
      out.push(source[i]);
      i++;
      continue;
    }
    let text = "";
    const segs: LineSegment[] = [];
    for (let k = i; k <= last; k++) {
      const t = source[k].text;
      const start = k === i ? 0 : leadingSpace(t);
      const end = k === last ? t.length : t.length - trailingSpace(t);
      if (k > i) {
        const prev = breaks[breaks.length - 1];
        prev.glue = /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(t.slice(start)) ? " " : "";
        text += prev.glue;
        prev.nextOffset = start;
      }
      for (const [a, b] of visibleRuns(t, start, end)) {
        segs.push({ at: text.length, paragraph: k, start: a, end: b });
        text += t.slice(a, b);
      }
      logicalOf[k] = L;
      if (k < last) breaks.push({ paragraph: k, offset: end, next: k + 1, nextOffset: 0, logical: L, at: text.length, reason: reasons[k]!, glue: "" });
    }
    segments.push(segs);
    out.push({ ...source[i], text });
    i = last + 1;
  }
  return { source, paragraphs: out, segments, logicalOf, breaks };
}

/**
 * The title and banner lines (`strict`: joined only where a word is split) and the 署名 lines
 * (`signature`: also where a line ends with a comma or a joining word, which no name does).
 */
function headLines(paragraphs: Paragraphs): Head {
  const { title, signature, skipped } = findTitleAndSignature(paragraphs);
  // A 署名 is short, or a name after a space, or a unit; a longer line without a comma taken for
  // one is more likely the preamble's first printed line.
  const signed = signature.filter((i) => {
    const t = paragraphs[i].text.trim();
    return lineWidth(t) <= 24 || /[\s\u3000]/.test(t) || /(?:党组|党委|班子|常委会|支部|委员会)$/.test(t);
  });
  return { strict: new Set([...title, ...skipped]), signature: new Set(signed) };
}

interface Head {
  strict: ReadonlySet<number>;
  signature: ReadonlySet<number>;
}

function isHeadingStyle(p: SourceParagraph): boolean {
  return headingLevel(p.style, p.outlineLevel) !== null;
}

/** Whether real paragraph `i` runs on into `i + 1`, and why; null when it does not. */
function breakAfter(
  paragraphs: Paragraphs,
  i: number,
  head: Head,
  width: number | null,
  splits: Map<string, [string, string][]>,
): BreakReason | null {
  const A = paragraphs[i];
  const B = paragraphs[i + 1];
  if (isBlank(A.text) || isBlank(B.text)) return null;
  if (A.inTable || B.inTable || A.listString || B.listString) return null;
  if (isHeadingStyle(A) || isHeadingStyle(B) || (A.style ?? "") !== (B.style ?? "")) return null;
  const a = A.text.replace(TRAILING, "");
  const b = B.text.replace(LEADING, "");
  if (a.length > 2000) return null; // a paragraph, not a printed line
  if (CLOSED_END.test(a)) return null;
  if (startsNew(B, b)) return null;
  if (isJunkLine(a) || isJunkLine(b) || isBannerLine(a, false) || isBannerLine(b, false)) return null;
  if (PUNCT_START.test(b)) return "punctuation";
  if (splitsWord(a, b, splits)) return "split-word";
  if (head.strict.has(i) || head.strict.has(i + 1)) return null;
  if (OPEN_END.test(a) || (JOINING_END.test(a) && !HEADING_END.test(a))) return "open-end";
  if (head.signature.has(i) || head.signature.has(i + 1)) return null;
  const aHeading = headingLike(a);
  // 二、存在的主要 / 问题: a numbered heading whose last words are on the next line.
  if (aHeading && readLabel(a) && !HEADING_END.test(a) && lineWidth(b) <= 12 && HEADING_END.test(b) && !/[。；;，,]/.test(b)) return "heading";
  if (CLOSING.test(a) && lineWidth(a) < 60) return null;
  const w = lineWidth(a);
  if (width !== null) {
    // A printed line is as wide as the others, and the next one is a line too (not a whole
    // paragraph): the text goes on, even into a short last line that looks like a heading.
    const tolerance = Math.max(2, width * 0.08);
    const full = w >= width - tolerance - 1 && w <= width + tolerance;
    if (!full || lineWidth(b) > width + tolerance) return null;
    if (aHeading && HEADING_END.test(a)) return null;
    return "mid-sentence";
  }
  if (aHeading || standsAlone(b)) return null;
  // The next line finishes the sentence (it holds a sentence mark); two lines without any are
  // more likely items of a list written without full stops.
  return w >= 16 && w <= 60 && /[，,。；;：:！!？?]/.test(b) ? "mid-sentence" : null;
}

// ---------------------------------------------------------------------------------------------
// Positions

/**
 * The real position of `offset` in logical paragraph `logical`. At a break, "start" gives the
 * start of the next line and "end" the end of the line before (use "end" for the end of a range).
 */
export function toReal(joined: JoinedLines, logical: number, offset: number, side: "start" | "end" = "start"): { paragraph: number; offset: number } {
  const segs = joined.segments[logical];
  if (side === "start") {
    for (const s of segs) {
      if (offset < s.at) return { paragraph: s.paragraph, offset: s.start }; // in a glue space
      if (offset < s.at + (s.end - s.start)) return { paragraph: s.paragraph, offset: s.start + offset - s.at };
    }
    const last = segs[segs.length - 1];
    return { paragraph: last.paragraph, offset: offset <= last.at ? last.start : last.end };
  }
  for (let k = segs.length - 1; k >= 0; k--) {
    const s = segs[k];
    if (offset > s.at + (s.end - s.start)) return { paragraph: s.paragraph, offset: s.end }; // in a glue space
    if (offset > s.at) return { paragraph: s.paragraph, offset: s.start + offset - s.at };
  }
  return { paragraph: segs[0].paragraph, offset: segs[0].start };
}

/** The logical position of a real position (a position in dropped spaces goes to the nearest kept one). */
export function toLogical(joined: JoinedLines, paragraph: number, offset: number): { paragraph: number; offset: number } {
  const logical = joined.logicalOf[paragraph];
  const own = joined.segments[logical].filter((x) => x.paragraph === paragraph);
  const s = own.find((x) => offset < x.end) ?? own[own.length - 1];
  const clamped = Math.min(Math.max(offset, s.start), s.end);
  return { paragraph: logical, offset: s.at + clamped - s.start };
}

/** The real paragraphs a logical one is made of, first and last. */
export function realParagraphs(joined: JoinedLines, logical: number): { first: number; last: number } {
  const segs = joined.segments[logical];
  return { first: segs[0].paragraph, last: segs[segs.length - 1].paragraph };
}

/**
 * The real ranges that [start, end) of logical paragraph `logical` covers: one per real
 * paragraph it touches, in order. An empty range gives one empty range at its real position.
 */
export function realRanges(joined: JoinedLines, logical: number, start: number, end: number): { paragraph: number; start: number; end: number }[] {
  if (end <= start) {
    const p = toReal(joined, logical, start);
    return [{ paragraph: p.paragraph, start: p.offset, end: p.offset }];
  }
  const out: { paragraph: number; start: number; end: number }[] = [];
  for (const s of joined.segments[logical]) {
    const len = s.end - s.start;
    const from = Math.max(start, s.at);
    const to = Math.min(end, s.at + len);
    if (from >= to) continue;
    const prev = out[out.length - 1];
    // Pieces of one paragraph (around an invisible character) make one range.
    if (prev && prev.paragraph === s.paragraph) prev.end = s.start + to - s.at;
    else out.push({ paragraph: s.paragraph, start: s.start + from - s.at, end: s.start + to - s.at });
  }
  if (!out.length) {
    const p = toReal(joined, logical, start);
    out.push({ paragraph: p.paragraph, start: p.offset, end: p.offset });
  }
  return out;
}

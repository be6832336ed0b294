import type { Report, RuleContext } from "../types";
import { readLabel } from "../../outline/labels";
import { isChinese, isLatin, neighbours } from "./chars";

/*
 * Quotes and brackets in pairs (GB/T 15834-2011): every opening mark closed, quotes of one kind
 * alternating, ASCII quotes told opening or closing by position, a quote or bracket carried over a
 * line broken inside a sentence.
 */

/** Quotes: the opening and closing mark, and the ASCII mark typed instead of either. */
export const QUOTES = [
  { open: "“", close: "”", ascii: '"' },
  { open: "‘", close: "’", ascii: "'" },
] as const;
export type Quote = (typeof QUOTES)[number];

/** Brackets, with the ASCII pair counted with the full-width one ((一） is one pair). */
export const BRACKETS: { open: string; close: string }[] = [
  { open: "（(", close: "）)" },
  { open: "【", close: "】" },
  { open: "《", close: "》" },
  { open: "〔", close: "〕" },
  { open: "［", close: "］" },
];

/** A mark found in a paragraph. */
export interface Token {
  at: number;
  kind: "open" | "close" | "ascii";
}

/** What is still open at the end of a line: per quote kind whether one is, per bracket kind how many. */
export interface Open {
  quotes: boolean[];
  brackets: number[];
}

/**
 * Quotes of one kind in a paragraph, in order: opening and closing marks in pairs, ASCII marks
 * typed for either (opening or closing by position). Quotes of one kind do not nest in Chinese
 * (a quote inside a quote takes the other kind), so the marks must alternate.
 */
export function checkQuotes({ report, paragraphs }: RuleContext, paragraph: number, text: string, q: Quote, found: Token[], openAtStart: boolean, continues: boolean): boolean {
  const tokens: Token[] = [];
  for (const t of found) {
    const i = t.at;
    if (t.kind === "close") {
      // An apostrophe in an English word (Xi’s) is no closing quote.
      if (q.close === "’" && isLatin(text[i - 1]) && isLatin(text[i + 1])) continue;
    } else if (t.kind === "ascii") {
      const [before, after] = neighbours(text, i);
      // In English (don't, "word"), in a damaged name (x'x) or between numbers, it stays.
      if (!isChinese(before) && !isChinese(after)) continue;
    }
    tokens.push(t);
  }
  if (tokens.length === 0) return openAtStart && continues;
  const problems: Report[] = [];
  /** The ASCII marks and what each stands for, when the quotes pair up. */
  const ascii: { at: number; as: string }[] = [];
  let mixedPair = false;
  // A quote opened on the line before (at -1): closed here, or carried on.
  let open: Token | null = openAtStart ? { at: -1, kind: "open" } : null;
  const closingAhead = (k: number) => k < tokens.length && tokens[k].kind !== "open";
  // The same mark twice in a row (““, ””): reported once, and read as one mark.
  let kept = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const last = kept > 0 ? tokens[kept - 1] : null;
    if (last && t.at === last.at + 1 && t.kind === last.kind && t.kind !== "ascii") {
      problems.push({ messageId: "doubledQuote", data: { text: text.slice(last.at, t.at + 1) }, paragraph, start: last.at, end: t.at + 1 });
      continue;
    }
    tokens[kept++] = t;
  }
  tokens.length = kept;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (open === null) {
      if (t.kind === "open" || t.kind === "ascii") {
        open = t;
        if (t.kind === "ascii") ascii.push({ at: t.at, as: q.open });
        continue;
      }
      // A closing mark with nothing open.
      const after = tokens[k + 1];
      if (after && after.kind === "open" && !closingAhead(k + 2) && reversible(text, t.at, after.at)) {
        // ”十五五“: both marks written the wrong way round.
        const inner = text.slice(t.at + 1, after.at);
        problems.push({
          messageId: "reversed",
          data: { text: text.slice(t.at, after.at + 1), fixed: q.open + inner + q.close },
          paragraph,
          start: t.at,
          end: after.at + 1,
          fix: { paragraph, start: t.at, end: after.at + 1, replacement: q.open + inner + q.close },
        });
        k++;
      } else if (after && after.kind === "close") {
        // ”两个维护”: the first mark should open.
        problems.push({ messageId: "wrongDirection", data: { mark: q.close, expected: q.open }, paragraph, start: t.at, end: t.at + 1 });
        k++;
      } else {
        problems.push({ messageId: "unopened", data: { mark: q.close, opening: q.open }, paragraph, start: t.at, end: t.at + 1 });
      }
      continue;
    }
    if (t.kind === "close" || t.kind === "ascii") {
      if (t.kind === "ascii") ascii.push({ at: t.at, as: q.close });
      if ((t.kind === "ascii") !== (open.kind === "ascii")) mixedPair = true;
      open = null;
      continue;
    }
    // An opening mark while one is open: if a closing mark follows, the first one was never
    // closed; if none does, this one should have closed it (“十五五“规划).
    if (closingAhead(k + 1)) {
      if (open.kind === "open" && open.at >= 0) problems.push({ messageId: "unclosed", data: { mark: q.open, closing: q.close }, paragraph, start: open.at, end: open.at + 1 });
      open = t;
    } else {
      problems.push({ messageId: "wrongDirection", data: { mark: q.open, expected: q.close }, paragraph, start: t.at, end: t.at + 1 });
      if (open.kind === "ascii") mixedPair = true;
      open = null;
    }
  }
  const carried = open !== null && continues;
  if (open !== null && open.kind === "open" && open.at >= 0 && !continues && !quoteGoesOn(paragraphs, paragraph, text, open.at, q.open)) {
    problems.push({ messageId: "unclosed", data: { mark: q.open, closing: q.close }, paragraph, start: open.at, end: open.at + 1 });
  }
  // ASCII marks are mended only where every quote of the paragraph pairs up, each ASCII mark
  // with another ASCII mark: “学习"两个维护"精神” may be a quote inside a quote.
  const certain = problems.length === 0 && open === null && !mixedPair && !openAtStart;
  for (const r of problems) report(r);
  const fullOf = new Map(ascii.map((a) => [a.at, a.as]));
  for (const t of tokens) {
    if (t.kind !== "ascii") continue;
    const full = fullOf.get(t.at);
    if (certain && full) report({ messageId: "asciiQuote", data: { mark: q.ascii, full }, paragraph, start: t.at, end: t.at + 1, fix: { paragraph, start: t.at, end: t.at + 1, replacement: full } });
    else report({ messageId: "asciiQuoteUnpaired", data: { mark: q.ascii }, paragraph, start: t.at, end: t.at + 1 });
  }
  return carried;
}

/** Marks reversed around a short phrase (”十五五“): no sentence between them. */
function reversible(text: string, close: number, open: number): boolean {
  const inner = text.slice(close + 1, open);
  return inner.length > 0 && inner.length <= 30 && !/[。！？；，\s]/.test(inner);
}

/**
 * A quote that runs over several paragraphs opens each of them and closes only at its end: an
 * opening mark at the start of a paragraph, with the next paragraph opening the same way.
 */
function quoteGoesOn(paragraphs: RuleContext["paragraphs"], paragraph: number, text: string, at: number, mark: string): boolean {
  if (text.slice(0, at).trim() !== "") return false;
  for (let k = paragraph + 1; k < paragraphs.length && k <= paragraph + 3; k++) {
    const next = paragraphs[k].text.trim();
    if (next) return next.startsWith(mark);
  }
  return false;
}

/** Brackets of each kind: every opening one closed, no closing one without its opening. */
export function checkBrackets(
  { report }: RuleContext,
  paragraph: number,
  text: string,
  found: { at: number; bracket: number; open: boolean }[],
  openAtStart: number[],
  continues: boolean,
): number[] {
  // Brackets opened on the line before sit at -1: closed here, or carried on.
  const stacks: number[][] = openAtStart.map((n) => new Array<number>(n).fill(-1));
  let labelEnd: number | undefined;
  for (const { at: i, bracket, open } of found) {
    if (open) {
      stacks[bracket].push(i);
      continue;
    }
    if (stacks[bracket].length) {
      stacks[bracket].pop();
      continue;
    }
    // A list number at the start (1） or 1)) or inside (；2）) has a closing bracket only.
    if (labelEnd === undefined) {
      const label = readLabel(text);
      labelEnd = label && label.style === "arabic-paren" && !/[（(]/.test(label.text) ? label.end : -1;
    }
    if (i < labelEnd || inlineNumber(text, i)) continue;
    report({ messageId: "unopened", data: { mark: text[i], opening: BRACKETS[bracket].open[0] }, paragraph, start: i, end: i + 1 });
  }
  if (continues) return stacks.map((stack) => stack.length);
  stacks.forEach((stack, bracket) => {
    for (const at of stack) if (at >= 0) report({ messageId: "unclosed", data: { mark: text[at], closing: BRACKETS[bracket].close[0] }, paragraph, start: at, end: at + 1 });
  });
  return stacks.map(() => 0);
}

/** A number of an inline list before a closing bracket: ；2）, 。b). */
function inlineNumber(text: string, close: number): boolean {
  let k = close - 1;
  while (k >= 0 && close - k <= 2 && /[0-9a-z①-⑳一二三四五六七八九十]/.test(text[k])) k--;
  return k < close - 1 && (k < 0 || /[\s\u3000，。；：、,;:]/.test(text[k]));
}

import type { Report, RuleContext } from "../types";
import { isChinese, isDigit, isHan, neighbours, type Skip } from "./chars";

/*
 * Single marks: ASCII , ; : ! ? ( ) in Chinese text, runs of clause marks (，， ，。), and
 * ellipses typed as full stops or dots. Quotes and brackets in pairs: pairs.ts.
 */

/** ASCII marks and the full-width marks Chinese text uses instead. */
export const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）" };

/** Marks that stand between clauses: one of them at a time (，， and ，。 are slips). */
const CLAUSE_MARK: Record<string, string> = { ",": "，", "，": "，", ";": "；", "；": "；", ":": "：", "：": "：", "、": "、", "。": "。" };

/**
 * ASCII marks in one paragraph from this many on are one finding, with one fix for them all: a
 * paragraph typed with English punctuation (or taken from a web page) is one fault to the
 * reviewer, not dozens.
 */
const MERGE_FROM = 3;

/** The ASCII marks of a paragraph that have a sure fix: one by one, or one finding from MERGE_FROM on. */
export function reportAscii(context: RuleContext, paragraph: number, text: string, held: Report[]): void {
  if (held.length < MERGE_FROM) {
    for (const r of held) context.report(r);
    return;
  }
  held.sort((a, b) => a.start - b.start);
  const start = held[0].start;
  const end = held[held.length - 1].end;
  let replacement = "";
  let at = start;
  for (const r of held) {
    replacement += text.slice(at, r.start) + r.fix!.replacement;
    at = r.end;
  }
  replacement += text.slice(at, end);
  const marks = [...new Set(held.map((r) => String(r.data?.mark)))].join(" ");
  context.report({ messageId: "asciiMany", data: { count: held.length, marks }, paragraph, start, end, fix: { paragraph, start, end, replacement } });
}

/** ASCII , ; : ! ? and brackets; runs of clause marks; ellipses typed as full stops or dots. */
export function checkMarks({ report }: RuleContext, paragraph: number, text: string, skip: Skip, found: RegExpExecArray[], marks: number[]) {
  // A number at the start written with a comma or colon (1,加强学习) is a list number typed
  // wrong, not a clause: the mark it should be (1. or 1、) is not certain.
  const label = marks.length ? /^[\s\u3000]*[0-9]{1,3}[,:]/.exec(text) : null;
  if (label) skip.add(label[0].length - 1, label[0].length);
  const runs: [number, number][] = [];
  for (const m of found) {
    const i = m.index;
    const j = i + m[0].length;
    const run = m[0];
    if (skip.has(i)) continue;
    const [before, after] = neighbours(text, i, j);
    if (run[0] === "." || (run.length >= 3 && /^。+$/.test(run))) {
      // An ellipsis typed as full stops (。。。) or dots (... in Chinese text; else English or a number).
      if (run[0] === "。" || isChinese(before) || isChinese(after)) {
        report({ messageId: "ellipsis", data: { text: run }, paragraph, start: i, end: j, fix: { paragraph, start: i, end: j, replacement: "……" } });
        runs.push([i, j]);
      }
      continue;
    }
    const clause = CLAUSE_MARK[run[0]];
    const chinese = /[，；：、。]/.test(run) || isChinese(before) || isChinese(after);
    // Digits on both sides (1,,000) or English around ASCII marks: not Chinese punctuation.
    if (!chinese || (isDigit(before) && isDigit(after))) continue;
    runs.push([i, j]);
    let same = true;
    for (const c of run) if (CLAUSE_MARK[c] !== clause) same = false;
    if (same) report({ messageId: "doubled", data: { text: run, single: clause }, paragraph, start: i, end: j, fix: { paragraph, start: i, end: j, replacement: clause } });
    else report({ messageId: "stacked", data: { text: run }, paragraph, start: i, end: j });
  }
  if (marks.length === 0) return;
  const pairs = asciiBracketPairs(text, marks);
  let r = 0;
  for (const i of marks) {
    const ch = text[i];
    while (r < runs.length && runs[r][1] <= i) r++;
    if (r < runs.length && runs[r][0] <= i) continue; // reported with its run
    if (skip.has(i)) continue;
    const full = FULL_WIDTH[ch];
    if (ch === "(" || ch === ")") {
      const pair = pairs.get(i);
      const chinese = pair ? pair.chinese : isChinese(neighbours(text, i)[0]) || isChinese(neighbours(text, i)[1]);
      if (chinese) report({ messageId: "ascii", data: { mark: ch, full }, paragraph, start: i, end: i + 1, fix: { paragraph, start: i, end: i + 1, replacement: full } });
      continue;
    }
    const [before, after] = neighbours(text, i);
    if (!isChinese(before) && !isChinese(after)) continue; // English text, a formula, a code
    // Numbers keep their marks: 1,000 and 10:30.
    if ((ch === "," || ch === ":") && isDigit(before) && isDigit(after)) continue;
    report({ messageId: "ascii", data: { mark: ch, full }, paragraph, start: i, end: i + 1, fix: { paragraph, start: i, end: i + 1, replacement: full } });
  }
}

/**
 * ASCII brackets paired in a paragraph, each with whether the pair belongs to Chinese text: a
 * Chinese character inside it or just before it, or a list number in it before Chinese text
 * ((1)每月…). A formula or an English aside keeps its brackets: VLOOKUP(A1,B2)函数.
 */
function asciiBracketPairs(text: string, marks: number[]): Map<number, { chinese: boolean }> {
  const pairs = new Map<number, { chinese: boolean }>();
  let han: Int32Array | null = null;
  const stack: number[] = [];
  for (const i of marks) {
    if (text[i] === "(") stack.push(i);
    else if (text[i] === ")" && stack.length) {
      const open = stack.pop()!;
      if (!han) {
        // Han characters before each position, so that a pair's inside is looked at once, however nested.
        han = new Int32Array(text.length + 1);
        for (let k = 0; k < text.length; k++) han[k + 1] = han[k] + (isHan(text.charCodeAt(k)) ? 1 : 0);
      }
      const label = i - open - 1 <= 2 && /^[0-9A-Za-z]{1,2}$/.test(text.slice(open + 1, i));
      const chinese = han[i] - han[open + 1] > 0 || isChinese(neighbours(text, open)[0]) || (label && isChinese(neighbours(text, i)[1]));
      const mark = { chinese };
      pairs.set(open, mark);
      pairs.set(i, mark);
    }
  }
  return pairs;
}

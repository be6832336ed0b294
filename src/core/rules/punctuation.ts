import type { OutlineNode, PartRole } from "../types";
import { numberedRuns } from "../outline/siblings";
import { readLabel } from "../outline/labels";
import type { Report, Rule, RuleContext } from "./types";
import { checkEnd } from "./punctuation/paragraphEnd";
import { checkTitleMarks } from "./punctuation/titleMarks";

/*
 * Punctuation in Chinese text (GB/T 15834-2011): full-width marks, quotes and brackets in pairs,
 * one mark at a time (here); a full stop at the end of a paragraph of the body
 * (punctuation/paragraphEnd.ts); title marks for the names of documents (punctuation/titleMarks.ts).
 */

/** ASCII marks and the full-width marks Chinese text uses instead. */
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）" };

/** Marks that stand between clauses: one of them at a time (，， and ，。 are slips). */
const CLAUSE_MARK: Record<string, string> = { ",": "，", "，": "，", ";": "；", "；": "；", ":": "：", "：": "：", "、": "、", "。": "。" };

/** Quotes: the opening and closing mark, and the ASCII mark typed instead of either. */
const QUOTES = [
  { open: "“", close: "”", ascii: '"' },
  { open: "‘", close: "’", ascii: "'" },
] as const;
type Quote = (typeof QUOTES)[number];

/** Brackets, with the ASCII pair counted with the full-width one ((一） is one pair). */
const BRACKETS: { open: string; close: string }[] = [
  { open: "（(", close: "）)" },
  { open: "【", close: "】" },
  { open: "《", close: "》" },
  { open: "〔", close: "〕" },
  { open: "［", close: "］" },
];

/**
 * Everything the rule looks at, found in one pass over a paragraph: runs of clause marks
 * (，， 。。 ，。 ,,,,) and of dots (... 。。。) first, then single ASCII marks, quotes and brackets.
 */
const TOKENS = /[,，;；:：、。]{2,}|\.{3,}|[,;:!?()"'“”‘’（）【】《》〔〕［］]/g;

/** What a single character found by TOKENS is. */
type Kind = { ascii?: true; quote?: number; quoteSide?: "open" | "close" | "ascii"; bracket?: number; open?: boolean };
const KIND = new Map<string, Kind>();
for (const c of ",;:!?") KIND.set(c, { ascii: true });
QUOTES.forEach((q, quote) => {
  KIND.set(q.open, { quote, quoteSide: "open" });
  KIND.set(q.close, { quote, quoteSide: "close" });
  KIND.set(q.ascii, { quote, quoteSide: "ascii" });
});
BRACKETS.forEach((b, bracket) => {
  for (const c of b.open) KIND.set(c, { bracket, open: true });
  for (const c of b.close) KIND.set(c, { bracket, open: false });
});
KIND.set("(", { ascii: true, bracket: 0, open: true });
KIND.set(")", { ascii: true, bracket: 0, open: false });

/**
 * ASCII marks in one paragraph from this many on are one finding, with one fix for them all: a
 * paragraph typed with English punctuation (or taken from a web page) is one fault to the
 * reviewer, not dozens.
 */
const MERGE_FROM = 3;

/** Parts that cite no document: the title and 署名 name the material itself. */
const OWN_NAME: ReadonlySet<PartRole> = new Set(["title", "signature"]);

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
/** Han characters and the marks of Chinese text: what makes an ASCII mark next to it out of place. */
const isChinese = (ch: string | undefined) => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014;
};
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/** Web addresses and e-mail addresses keep their ASCII marks. */
const ADDRESS = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export const punctuation: Rule = {
  meta: {
    id: "punctuation",
    category: "punctuation",
    severity: "warning",
    name: "标点符号",
    description:
      "中文里夹用英文标点（, ; : ( ) ! ? \" '），引号、括号不成对或方向写反（‘两个维护，“”十五五“），标点重复或连用（，，。。、、），正文段落末尾没有句号等结束标点，引用的文件名称（关于……的意见、通知、决定）没有加书名号。数字（3.5、1,000、10:30）、英文和网址中的英文标点不报。",
    why: "标点是材料的脸面：半角逗号、单边引号、重复的句号打印出来一眼就能看到，说明没有认真校对；引号不成对还会让提法的起止看不清。",
    example: { bad: "坚决做到‘两个维护,对照\"四个意识\"查摆问题，，", good: "坚决做到“两个维护”，对照“四个意识”查摆问题。" },
    severities: { titleMarks: "info" },
    messages: {
      ascii: "中文里用了英文标点 {{mark}}，应为“{{full}}”。",
      asciiLabel: "序号“{{label}}”用了英文括号，应为“{{full}}”。",
      asciiQuote: "中文里用了英文引号 {{mark}}，应为 {{full}}。",
      asciiMany: "这一段中文里用了 {{count}} 处英文标点（{{marks}}），应改为中文标点。",
      asciiQuoteUnpaired: "中文里用了英文引号 {{mark}}，应改为中文引号；这一段的引号不成对或中英文混用，前后引号要核对后再改。",
      doubled: "标点重复：“{{text}}”应为“{{single}}”。",
      stacked: "两个标点连用：“{{text}}”，应只保留一个。",
      ellipsis: "省略号应写作“……”（六个点），这里是“{{text}}”。",
      doubledQuote: "引号重复：“{{text}}”，前后引号应成对使用。",
      unclosed: "{{mark}} 没有对应的 {{closing}}：引号或括号要成对使用。",
      unopened: "{{mark}} 前面没有对应的 {{opening}}：引号或括号要成对使用。",
      reversed: "引号方向写反了：“{{text}}”应为“{{fixed}}”。",
      wrongDirection: "这里的 {{mark}} 方向可能写反了，应为 {{expected}}。",
      noClosing: "这一段正文末尾没有句号等结束标点（“…{{tail}}”）。",
      titleMarks: "“{{name}}”是文件名称，应加书名号：《{{name}}》。",
    },
    fixable: true,
  },
  check(context) {
    const { paragraphs, analysis } = context;
    const mixedLabels = labelsLeftToNumbering(analysis.outline);
    const broken = new Set(analysis.lineBreaks.map((b) => b.paragraph));
    const continued = new Set(analysis.lineBreaks.map((b) => b.next));
    // A sentence broken over lines (a PDF, a web page) is one for its quotes and brackets: what
    // is open at the end of a broken line is carried into the next one.
    let carry: Open | null = null;
    const firstTitle = analysis.title?.paragraph ?? 0;
    const partHeadings = new Set(analysis.parts.filter((p) => p.heading !== null).map((p) => p.paragraph));
    paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      const incoming = continued.has(paragraph) ? carry : null;
      carry = null;
      if (!text) return;
      // Lines before the title are a website's banner or a table of contents, pasted in with the
      // text: the junk rules report them whole.
      if (paragraph < firstTitle && context.partOf(paragraph) === null) return;
      const skip = new Skip();
      if (text.includes("@") || text.includes("www.") || text.includes("http")) for (const m of text.matchAll(ADDRESS)) skip.add(m.index, m.index + m[0].length);
      // A heading's number is the numbering rules' business where they report it (（一） and (二)
      // mixed in one list); a list numbered (一) (二) throughout is reported here.
      const heading = context.headingAt(paragraph);
      if (heading && !heading.fromList && /[()]/.test(heading.label) && text.startsWith(heading.label, heading.start)) {
        const end = heading.start + heading.label.length;
        if (!mixedLabels.has(heading)) {
          const full = heading.label.replace(/[()]/g, (c) => FULL_WIDTH[c]);
          context.report({ messageId: "asciiLabel", data: { label: heading.label, full }, paragraph, start: heading.start, end, fix: { paragraph, start: heading.start, end, replacement: full } });
        }
        skip.add(heading.start, end);
      }
      const held: Report[] = [];
      const here: RuleContext = {
        paragraphs: context.paragraphs,
        analysis: context.analysis,
        partOf: (i) => context.partOf(i),
        headingAt: (i) => context.headingAt(i),
        report: (r) => (r.fix && (r.messageId === "ascii" || r.messageId === "asciiQuote") ? held.push(r) : context.report(r)),
      };
      const open = scan(here, paragraph, text, skip, incoming, broken.has(paragraph));
      reportAscii(context, paragraph, text, held);
      if (broken.has(paragraph)) carry = open;
      if (!broken.has(paragraph) && !p.inTable) checkEnd(context, paragraph, text, heading, partHeadings);
      const role = context.partOf(paragraph);
      if (role === null || !OWN_NAME.has(role)) checkTitleMarks(context, paragraph, text);
    });
  },
};

/**
 * Places of a paragraph the rule leaves alone: web addresses, a heading's number, a list number.
 * A paragraph has a few of them at most: a list of ranges is enough.
 */
class Skip {
  private ranges: [number, number][] = [];
  add(start: number, end: number) {
    this.ranges.push([start, end]);
  }
  has(i: number): boolean {
    for (let k = 0; k < this.ranges.length; k++) if (i >= this.ranges[k][0] && i < this.ranges[k][1]) return true;
    return false;
  }
}

/** Headings whose number the numbering-style rule reports: those of a list numbered in two styles. */
function labelsLeftToNumbering(outline: readonly OutlineNode[]): Set<OutlineNode> {
  const out = new Set<OutlineNode>();
  for (const { nodes } of numberedRuns(outline)) {
    const patterns = new Set(nodes.map((n) => n.pattern));
    if (patterns.size > 1) for (const n of nodes) out.add(n);
  }
  return out;
}

/** The nearest character before `i` and after `j` that is not a space. */
function neighbours(text: string, i: number, j = i + 1): [string | undefined, string | undefined] {
  let a = i - 1;
  while (a >= 0 && text[a] === " ") a--;
  let b = j;
  while (b < text.length && text[b] === " ") b++;
  return [text[a], text[b]];
}

/** A mark found in a paragraph. */
interface Token {
  at: number;
  kind: "open" | "close" | "ascii";
}

/** What is still open at the end of a line: per quote kind whether one is, per bracket kind how many. */
interface Open {
  quotes: boolean[];
  brackets: number[];
}

/**
 * One pass over a paragraph: tokens sorted by kind, then each kind checked. `incoming` is what a
 * broken line before it left open; where the paragraph itself `continues` into the next line,
 * what is open at its end is returned rather than reported.
 */
/** The ASCII marks of a paragraph that have a sure fix: one by one, or one finding from MERGE_FROM on. */
function reportAscii(context: RuleContext, paragraph: number, text: string, held: Report[]): void {
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

function scan(context: RuleContext, paragraph: number, text: string, skip: Skip, incoming: Open | null, continues: boolean): Open {
  let runs: RegExpExecArray[] | null = null;
  let marks: number[] | null = null;
  let quotes: (Token[] | null)[] | null = null;
  let brackets: { at: number; bracket: number; open: boolean }[] | null = null;
  for (const m of text.matchAll(TOKENS)) {
    if (m[0].length > 1) {
      (runs ??= []).push(m);
      continue;
    }
    const i = m.index;
    if (skip.has(i)) continue;
    const kind = KIND.get(m[0])!;
    if (kind.ascii) (marks ??= []).push(i);
    if (kind.bracket !== undefined) (brackets ??= []).push({ at: i, bracket: kind.bracket, open: kind.open! });
    if (kind.quote !== undefined) ((quotes ??= [null, null])[kind.quote] ??= []).push({ at: i, kind: kind.quoteSide! });
  }
  if (runs || marks) checkMarks(context, paragraph, text, skip, runs ?? [], marks ?? []);
  const open: Open = { quotes: QUOTES.map((_, k) => incoming?.quotes[k] ?? false), brackets: BRACKETS.map((_, k) => incoming?.brackets[k] ?? 0) };
  QUOTES.forEach((q, k) => {
    if (quotes?.[k] || open.quotes[k]) open.quotes[k] = checkQuotes(context, paragraph, text, q, quotes?.[k] ?? [], open.quotes[k], continues);
  });
  if (brackets || open.brackets.some((n) => n > 0)) open.brackets = checkBrackets(context, paragraph, text, brackets ?? [], open.brackets, continues);
  return open;
}

/** ASCII , ; : ! ? and brackets; runs of clause marks; ellipses typed as full stops or dots. */
function checkMarks({ report }: RuleContext, paragraph: number, text: string, skip: Skip, found: RegExpExecArray[], marks: number[]) {
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

/**
 * Quotes of one kind in a paragraph, in order: opening and closing marks in pairs, ASCII marks
 * typed for either (opening or closing by position). Quotes of one kind do not nest in Chinese
 * (a quote inside a quote takes the other kind), so the marks must alternate.
 */
function checkQuotes({ report, paragraphs }: RuleContext, paragraph: number, text: string, q: Quote, found: Token[], openAtStart: boolean, continues: boolean): boolean {
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
function checkBrackets(
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

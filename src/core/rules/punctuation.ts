import type { OutlineNode, PartRole } from "../types";
import { numberedRuns } from "../outline/siblings";
import type { Report, Rule, RuleContext } from "./types";
import { Skip } from "./punctuation/chars";
import { checkMarks, FULL_WIDTH, reportAscii } from "./punctuation/marks";
import { BRACKETS, checkBrackets, checkQuotes, QUOTES, type Open, type Token } from "./punctuation/pairs";
import { checkEnd } from "./punctuation/paragraphEnd";
import { checkTitleMarks } from "./punctuation/titleMarks";

/*
 * Punctuation in Chinese text (GB/T 15834-2011). This file finds the marks of a paragraph in one
 * pass and hands them on: single marks (punctuation/marks.ts), quotes and brackets in pairs
 * (punctuation/pairs.ts), a full stop at the end of a paragraph of the body
 * (punctuation/paragraphEnd.ts), title marks for the names of documents (punctuation/titleMarks.ts).
 */

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

/** Parts that cite no document: the title and 署名 name the material itself. */
const OWN_NAME: ReadonlySet<PartRole> = new Set(["title", "signature"]);

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

/** Headings whose number the numbering-style rule reports: those of a list numbered in two styles. */
function labelsLeftToNumbering(outline: readonly OutlineNode[]): Set<OutlineNode> {
  const out = new Set<OutlineNode>();
  for (const { nodes } of numberedRuns(outline)) {
    const patterns = new Set(nodes.map((n) => n.pattern));
    if (patterns.size > 1) for (const n of nodes) out.add(n);
  }
  return out;
}

/**
 * One pass over a paragraph: tokens sorted by kind, then each kind checked. `incoming` is what a
 * broken line before it left open; where the paragraph itself `continues` into the next line,
 * what is open at its end is returned rather than reported.
 */
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

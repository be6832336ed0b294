import type { OutlineNode, PartRole } from "../../types";
import type { RuleContext } from "../types";
import { INVISIBLE_CLASS } from "../../text/invisible";

/** Parts whose paragraphs are sentences of the body (not the title, 署名, closing lines but the one asking for criticism). */
const BODY: ReadonlySet<PartRole> = new Set(["preamble", "reflection", "followup", "problems", "case", "causes", "measures"]);
/** A closing line that is a sentence (以上…，请各位同志批评指正), unlike a name or a date after it. */
const CLOSING_SENTENCE = /批评指正|批评帮助|指正|请.{0,10}批评/;
/** A paragraph may end with these (a quote or bracket closing a sentence counts, as does a colon before a list). */
const CLOSING_END = /[。！？；…：.!?;:”’」』）)》】]/;
/** Shorter than this, a paragraph is a line (a name, a date, 同志们), not a sentence. */
const MIN_SENTENCE = 20;
/** Characters of the paragraph's end that a missing full stop points at. */
const SHOWN = 6;

/** Spaces, invisible characters (zero-width, bidi controls) and Markdown stars: not a paragraph's end. */
const TRAILING = new RegExp(`[\\s\\u3000*${INVISIBLE_CLASS}]`);

/** Where the text ends, past trailing spaces and marks that do not end it (a loop: no regex backtracking). */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return end;
}

/**
 * A paragraph of the body without a full stop (or ！？；…) at its end. Conservative: only in
 * the parts of a material, not a heading, a line of a table, a line broken off (the line-break
 * rule) or a short line (a name, a date); a paragraph ending with a comma is left alone.
 */
export function checkEnd({ report, partOf }: RuleContext, paragraph: number, text: string, heading: OutlineNode | null, partHeadings: ReadonlySet<number>) {
  const role = partOf(paragraph);
  // The closing sentence is read aloud as the body is, and short: judged whatever its length.
  const closing = role === "closing" && CLOSING_SENTENCE.test(text);
  if (role === null || (!BODY.has(role) && !closing)) return;
  const end = trimmedEnd(text);
  // Most paragraphs end well: look at the last character before anything else.
  if (end === 0 || CLOSING_END.test(text[end - 1])) return;
  // A comma or an enumeration comma at the end: the sentence was cut, which the line-break rule
  // or a reader sees; what should follow is not a full stop.
  if (/[，、,]/.test(text[end - 1])) return;
  // An unnumbered part heading (存在的主要问题), a Markdown heading (**…**, # …) or an aspect
  // named on a line of its own (在……方面) has no full stop.
  if (partHeadings.has(paragraph) || /^[\s\u3000]*(?:\*\*|#)/.test(text) || text.slice(0, end).endsWith("方面")) return;
  let from = 0;
  if (heading) {
    // A heading alone needs no full stop; a heading followed by its text in the same paragraph
    // ((一)理论学习方面。一是……) is a paragraph of the body.
    from = heading.titleEnd;
    while (from < end && /[\s\u3000。：:.，,]/.test(text[from])) from++;
  }
  const body = text.slice(from, end);
  if (!closing && (body.length < MIN_SENTENCE || !/[，。；、,;]/.test(body))) return;
  let start = Math.max(0, end - SHOWN);
  if (start > 0 && /[\udc00-\udfff]/.test(text[start])) start--;
  report({ messageId: "noClosing", data: { tail: text.slice(start, end) }, paragraph, start, end });
}

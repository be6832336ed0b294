import { html, type Html } from "./escape";

/** Where a sentence ends: the text around a finding stops there. */
const SENTENCE_END = /[。！？!?；;]/;

/**
 * `text` with [start, end) in <mark>, and around it the rest of its sentence: at most `around`
 * characters each way, "…" where the text goes on. A span too long to read whole keeps its
 * head and tail. An empty span shows where it is (‸).
 */
export function inContext(text: string, start: number, end: number, around = 60): Html {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  let left = start;
  while (left > 0 && start - left < around && !SENTENCE_END.test(text[left - 1])) left--;
  let right = end;
  while (right < text.length && right - end < around) {
    right++;
    if (SENTENCE_END.test(text[right - 1])) break;
  }
  // Keep a surrogate pair whole at a cut.
  if (left > 0 && /[\uDC00-\uDFFF]/.test(text[left])) left--;
  if (right < text.length && /[\uDC00-\uDFFF]/.test(text[right])) right++;
  const before = text.slice(left, start).replace(/^\s+/, "");
  const after = text.slice(end, right).replace(/\s+$/, "");
  const found = text.slice(start, end);
  const mark =
    found.length === 0
      ? html`<mark class="point" title="此处">‸</mark>`
      : found.length > 240
        ? html`<mark>${found.slice(0, 110)}</mark>…（中间 ${found.length - 220} 字略）…<mark>${found.slice(-110)}</mark>`
        : html`<mark>${found}</mark>`;
  return html`${left > 0 && !SENTENCE_END.test(text[left - 1]) ? "…" : ""}${before}${mark}${after}${right < text.length && !SENTENCE_END.test(text[right - 1]) ? "…" : ""}`;
}

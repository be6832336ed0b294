/**
 * Finding a span [start, end) of a paragraph again with Word's search: Word returns matches
 * left to right without overlap, so the n-th match of the span's text is the one whose
 * position equals the n-th non-overlapping occurrence in the paragraph text.
 */

/** Word's Find rejects longer search strings. */
export const MAX_SEARCH_LENGTH = 255;

/** Positions of `needle` in `text`, left to right, not overlapping (as Word's search finds them). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    found.push(at);
  }
  return found;
}

/** Text Word's search takes literally: not empty, short enough, no '^' codes (^p, ^t, ^^ …). */
export function isSearchable(text: string): boolean {
  return text.length > 0 && text.length <= MAX_SEARCH_LENGTH && !text.includes("^");
}

/** A search to run inside the paragraph and which of its matches to take. */
export interface SearchStep {
  text: string;
  index: number;
}

export type SpanPlan =
  | { kind: "one"; search: SearchStep }
  /** Too long for one search: find the head and the tail, then expand (WordApi 1.3). */
  | { kind: "headTail"; head: SearchStep; tail: SearchStep };

/**
 * How to find [start, end) of `paragraphText` with Word's search, or null when it cannot be
 * found that way (empty, '^' in it, not at a match boundary, or too long without expandTo).
 */
export function planSpan(
  paragraphText: string,
  start: number,
  end: number,
  canExpand: boolean,
): SpanPlan | null {
  if (!(start >= 0 && end > start && end <= paragraphText.length)) return null;
  const span = paragraphText.slice(start, end);
  if (isSearchable(span)) {
    const index = occurrences(paragraphText, span).indexOf(start);
    return index < 0 ? null : { kind: "one", search: { text: span, index } };
  }
  if (!canExpand || span.length <= MAX_SEARCH_LENGTH) return null;
  const head = span.slice(0, MAX_SEARCH_LENGTH);
  const tail = span.slice(-MAX_SEARCH_LENGTH);
  if (!isSearchable(head) || !isSearchable(tail)) return null;
  const headIndex = occurrences(paragraphText, head).indexOf(start);
  const tailIndex = occurrences(paragraphText, tail).indexOf(end - tail.length);
  if (headIndex < 0 || tailIndex < 0) return null;
  return {
    kind: "headTail",
    head: { text: head, index: headIndex },
    tail: { text: tail, index: tailIndex },
  };
}

/**
 * Where `text` now is in the paragraph, preferring `start` and otherwise the nearest
 * occurrence (for selecting a span whose paragraph was edited since it was read).
 */
export function nearestOccurrence(paragraphText: string, text: string, start: number): number | null {
  let best: number | null = null;
  for (const at of occurrences(paragraphText, text)) {
    if (best === null || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}

/**
 * How to find a short span ending at `offset` (to insert after it): one character is enough
 * unless it is a '^' or the second half of a surrogate pair. Null when none can be found.
 */
export function planBefore(paragraphText: string, offset: number): SpanPlan | null {
  for (let length = 1; length <= Math.min(offset, 8); length++) {
    const code = paragraphText.charCodeAt(offset - length);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const plan = planSpan(paragraphText, offset - length, offset, false);
    if (plan) return plan;
  }
  return null;
}

import type { Paragraphs } from "../types";
import type { TextSpan } from "./types";

/**
 * What a problem tells and a cause should not: examples (比如…), figures with their units, dates
 * and counted events (3次, 20%, 2023年, xx事件). Formulations with numbers (两个维护, 第一议题,
 * 一是) are not figures: only Arabic digits (or the xx of a draft) count.
 */
const CONCRETE =
  /比如|例如|譬如|举例来说|(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[xX×]{1,3})\s*(?:%|％|个|次|件|项|人|名|家|户|万|亿|元|天|周|年|月|日|场|篇|条|起|份|批|所|座|宗|公里|亩|吨|小时|事件|事故)/g;

/** The concrete marks in the text of a group: from (first, start) to (last, lastEnd). */
export function concreteMarks(paragraphs: Paragraphs, first: number, start: number, last: number, lastEnd: number): (TextSpan & { text: string })[] {
  const out: (TextSpan & { text: string })[] = [];
  for (let p = first; p <= last; p++) {
    const text = paragraphs[p].text;
    const from = p === first ? start : 0;
    const to = p === last ? Math.min(lastEnd, text.length) : text.length;
    CONCRETE.lastIndex = from;
    for (let m = CONCRETE.exec(text); m && m.index < to; m = CONCRETE.exec(text)) {
      if (m.index + m[0].length > to) break;
      out.push({ paragraph: p, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

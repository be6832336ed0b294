import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import type { Analysis, OutlineNode } from "../../../src/core/types";

/*
 * Edits of a draft as a writer makes them: a measure group deleted (the groups after it renumbered,
 * as a writer does), or another measure put in its place. Works on the draft's lines through the
 * outline's positions, for every numbering style: headings with items, headings with run-on items,
 * and groups that run on inside one paragraph (一是…二是…).
 */

export interface Span {
  /** The group's label as written ("（三）", "三是", "3.") */
  label: string;
  /** Absolute offsets in the draft's text (lines joined with "\n"): [from, to). */
  from: number;
  to: number;
}

function nodeById(nodes: readonly OutlineNode[], id: string): OutlineNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = nodeById(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** Where each measure group is in the text, in order: from its label to the next group (or the end of the part). */
export function measureSpans(text: string, analysis: Analysis = analyze(paragraphsFromText(text))): Span[] {
  const lines = text.split("\n");
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const part = analysis.parts.find((p) => p.role === "measures");
  if (!part) throw new Error("no measures part");
  const measures = analysis.items.filter((i) => i.part === "measures");
  const nodes = measures.map((m) => nodeById(analysis.outline, m.node)!);
  return nodes.map((n, k) => {
    const next = nodes[k + 1];
    return {
      label: n.label,
      from: starts[n.paragraph] + n.start,
      to: next ? starts[next.paragraph] + next.start : starts[part.last] + lines[part.last].length,
    };
  });
}

const CN = "一二三四五六七八九十";

/** The label of the group before: （四） → （三）, 四是 → 三是, 4. → 3. */
export function previousLabel(label: string): string {
  const arabic = /\d+/.exec(label);
  if (arabic) return label.replace(/\d+/, String(Number(arabic[0]) - 1));
  const k = [...label].findIndex((c) => CN.includes(c));
  if (k < 0 || label[k] === "一") throw new Error(`cannot renumber ${label}`);
  return label.slice(0, k) + CN[CN.indexOf(label[k]) - 1] + label.slice(k + 1);
}

/** Replaces [from, to) of the text and drops lines left empty. */
function splice(text: string, edits: readonly { from: number; to: number; by: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.by + out.slice(e.to);
  return out
    .split("\n")
    .filter((l) => l.trim() !== "")
    .join("\n");
}

/** The draft without measure group `k`, the groups after it renumbered. */
export function deleteMeasure(text: string, k: number, spans = measureSpans(text)): string {
  const edits = [{ from: spans[k].from, to: spans[k].to, by: "" }];
  for (const s of spans.slice(k + 1)) edits.push({ from: s.from, to: s.from + s.label.length, by: previousLabel(s.label) });
  return splice(text, edits);
}

/** The draft with another measure (title and body) in the place of group `k`, under its label. */
export function swapMeasure(text: string, k: number, measure: { title: string; body: string }, spans = measureSpans(text)): string {
  const span = spans[k];
  const runOn = span.label.endsWith("是");
  const old = text.slice(span.from, span.to);
  // A group that runs on in a paragraph stays one sentence of it; a heading keeps its line.
  const by = `${span.label}${measure.title}${runOn ? "，" : "。"}${measure.body}${old.endsWith("\n") ? "\n" : ""}`;
  return splice(text, [{ from: span.from, to: span.to, by }]);
}

import type { Analysis, OutlineNode, Paragraphs } from "../types";
import type { Place } from "../similarity/types";
import type { DraftUnit, Sentence } from "./types";
import { nodesById } from "../text/nodeText";

/** The nodes under `node` that have none under them, in order (the node itself when it has none). */
function leaves(node: OutlineNode): OutlineNode[] {
  return node.children.length === 0 ? [node] : node.children.flatMap(leaves);
}

/**
 * The measures (or problems) of a draft, one unit per item: an item (一是…, 1. …) of a group, or
 * the group itself when it has no items; paragraphs of the part outside any group, one unit each.
 * Spans end with the part (the last group of a part also runs over the closing words otherwise).
 */
export function unitsOf(paragraphs: Paragraphs, analysis: Analysis, part: "measures" | "problems"): DraftUnit[] {
  const nodes = nodesById(analysis.outline);
  const units: DraftUnit[] = [];
  const covered = new Set<number>();
  for (const p of analysis.parts) {
    if (p.role !== part) continue;
    const groups = analysis.items.filter((i) => i.part === part && i.paragraph >= p.first && i.paragraph <= p.last);
    for (const g of groups) {
      const node = nodes.get(g.node);
      const last = Math.min(g.lastParagraph, p.last);
      for (let i = g.paragraph; i <= last; i++) covered.add(i);
      if (!node) {
        units.push({ id: g.id, group: g.id, label: "", title: g.title, spans: spansOf(paragraphs, g.paragraph, 0, null, last) });
        continue;
      }
      for (const leaf of leaves(node)) {
        // An item inside a paragraph ends where it ends; a heading takes the paragraphs under it.
        const end = leaf.kind === "item" ? leaf.end : null;
        const lastOfLeaf = leaf.kind === "item" ? leaf.paragraph : Math.min(leaf.lastParagraph, last);
        units.push({ id: leaf.id, group: g.id, label: leaf.label, title: leaf.title, spans: spansOf(paragraphs, leaf.paragraph, leaf.start, end, lastOfLeaf) });
      }
    }
    // A part written without groups: each paragraph under its heading is a unit.
    for (let i = p.heading === null ? p.first : p.first + 1; i <= p.last; i++) {
      if (covered.has(i) || paragraphs[i].text.trim().length === 0) continue;
      const text = paragraphs[i].text;
      units.push({ id: `${part}:${i}`, group: "", label: "", title: text.split(/[。；;！!？?]/)[0].trim(), spans: [{ paragraph: i, start: 0, end: text.length }] });
    }
  }
  units.sort((a, b) => a.spans[0].paragraph - b.spans[0].paragraph || a.spans[0].start - b.spans[0].start);
  return units;
}

function spansOf(paragraphs: Paragraphs, first: number, start: number, end: number | null, last: number): Place[] {
  const spans: Place[] = [{ paragraph: first, start, end: end ?? paragraphs[first].text.length }];
  for (let i = first + 1; i <= last; i++) if (paragraphs[i].text.length > 0) spans.push({ paragraph: i, start: 0, end: paragraphs[i].text.length });
  return spans;
}

/** The text of a unit, its spans joined by line breaks. */
export function unitText(paragraphs: Paragraphs, unit: DraftUnit): string {
  return unit.spans.map((s) => paragraphs[s.paragraph].text.slice(s.start, s.end)).join("\n");
}

/** The sentences of paragraphs [first, last], cut after 。！？； (the mark kept), blank ones left out. */
export function sentencesOf(paragraphs: Paragraphs, first: number, last: number): Sentence[] {
  const out: Sentence[] = [];
  for (let p = first; p <= last; p++) {
    const text = paragraphs[p].text;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !"。！？；!?;".includes(text[i])) continue;
      const end = Math.min(i + 1, text.length);
      // Leading spaces are not part of the sentence.
      let s = start;
      while (s < end && /\s/.test(text[s])) s++;
      if (end > s && /[\p{L}\p{N}]/u.test(text.slice(s, end))) out.push({ paragraph: p, start: s, end, text: text.slice(s, end) });
      start = end;
    }
  }
  return out;
}

/** Whether a place lies inside one of the spans (in part at least). */
export function overlaps(spans: readonly Place[], place: Place): number {
  let n = 0;
  for (const s of spans) if (s.paragraph === place.paragraph) n += Math.max(0, Math.min(s.end, place.end) - Math.max(s.start, place.start));
  return n;
}

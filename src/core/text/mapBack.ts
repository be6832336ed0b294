import type { Analysis, Finding, Item, OutlineNode, Part } from "../types";
import { realParagraphs, realRanges, toReal, type JoinedLines } from "./lines";

/*
 * An analysis of the logical paragraphs (joinBrokenLines) told in the real ones, so that the
 * pane and the edits address the document as it is: every paragraph index and offset goes back
 * to the real paragraph it stands in. A heading's title or a finding that runs over a break is
 * cut at the end of the real line it starts in (the 断行 finding says where the line goes on).
 */

/** An analysis made on `joined.paragraphs`, with its positions in `joined.source`. */
export function mapAnalysisToReal(analysis: Analysis, joined: JoinedLines): Analysis {
  if (joined.paragraphs === joined.source) return analysis;
  const first = (logical: number) => realParagraphs(joined, logical).first;
  const last = (logical: number) => realParagraphs(joined, logical).last;
  const lineEnd = (paragraph: number) => {
    const segs = joined.segments[joined.logicalOf[paragraph]];
    return segs.filter((s) => s.paragraph === paragraph).pop()!.end;
  };
  /** An offset of a logical paragraph, in real paragraph `paragraph` (clamped to its line). */
  const within = (logical: number, offset: number, paragraph: number, side: "start" | "end") => {
    const p = toReal(joined, logical, offset, side);
    if (p.paragraph === paragraph) return p.offset;
    return p.paragraph < paragraph ? 0 : lineEnd(paragraph);
  };

  const node = (n: OutlineNode): OutlineNode => {
    const at = toReal(joined, n.paragraph, n.start, "start");
    return {
      ...n,
      paragraph: at.paragraph,
      start: at.offset,
      end: within(n.paragraph, n.end, at.paragraph, "end"),
      titleStart: within(n.paragraph, n.titleStart, at.paragraph, "start"),
      titleEnd: within(n.paragraph, n.titleEnd, at.paragraph, "end"),
      lastParagraph: last(n.lastParagraph),
      children: n.children.map(node),
    };
  };
  const part = (p: Part): Part => ({ ...p, paragraph: first(p.paragraph), first: first(p.first), last: last(p.last) });
  const item = (i: Item): Item => ({ ...i, paragraph: first(i.paragraph), lastParagraph: last(i.lastParagraph) });
  const finding = (f: Finding): Finding => {
    const [r] = realRanges(joined, f.paragraph, f.start, f.end);
    return { ...f, paragraph: r.paragraph, start: r.start, end: r.end };
  };

  let characters = 0;
  for (const p of joined.source) characters += p.text.length;
  const checklist = analysis.checklist && {
    ...analysis.checklist,
    parts: analysis.checklist.parts.map((p) => ({ ...p, paragraph: p.paragraph === null ? null : first(p.paragraph) })),
    aspects: analysis.checklist.aspects.map((x) => ({ ...x, paragraph: x.paragraph === null ? null : first(x.paragraph) })),
  };
  return {
    ...analysis,
    paragraphCount: joined.source.length,
    characters,
    title: analysis.title && { ...analysis.title, paragraph: first(analysis.title.paragraph) },
    outline: analysis.outline.map(node),
    parts: analysis.parts.map(part),
    items: analysis.items.map(item),
    checklist,
    findings: analysis.findings.map(finding),
  };
}

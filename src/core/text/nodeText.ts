import type { OutlineNode, Paragraphs } from "../types";

/** A piece of a paragraph's text: [start, end) of `paragraph`. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

const byId = new WeakMap<readonly OutlineNode[], Map<string, OutlineNode>>();

/** Every node of the outline by its id (items name their node by id). Kept per outline. */
export function nodesById(outline: readonly OutlineNode[]): Map<string, OutlineNode> {
  let map = byId.get(outline);
  if (map) return map;
  map = new Map();
  const stack = [...outline];
  while (stack.length) {
    const n = stack.pop()!;
    map.set(n.id, n);
    for (const c of n.children) stack.push(c);
  }
  byId.set(outline, map);
  return map;
}

/**
 * The text a node covers: from its title (past its number: 12. is no figure) up to the next
 * sibling's number (a run-on item ends where the next one starts, in its paragraph or a later
 * one), or to the end of its last paragraph.
 */
export function nodeSpans(paragraphs: Paragraphs, node: OutlineNode, next?: OutlineNode): Span[] {
  let lastParagraph = Math.min(node.lastParagraph, paragraphs.length - 1);
  let lastEnd = paragraphs[lastParagraph]?.text.length ?? 0;
  if (next && (next.paragraph > node.paragraph || (next.paragraph === node.paragraph && next.start > node.start)) && next.paragraph <= lastParagraph) {
    lastParagraph = next.paragraph;
    lastEnd = next.start;
  }
  const spans: Span[] = [];
  for (let i = node.paragraph; i <= lastParagraph; i++) {
    const length = paragraphs[i].text.length;
    const start = i === node.paragraph ? Math.min(Math.max(node.start, node.titleStart), length) : 0;
    spans.push({ paragraph: i, start, end: Math.max(start, i === lastParagraph ? Math.min(lastEnd, length) : length) });
  }
  return spans;
}

/** The spans' text, paragraphs joined with a line break. */
export function spansText(paragraphs: Paragraphs, spans: readonly Span[]): string {
  return spans.map((s) => paragraphs[s.paragraph].text.slice(s.start, s.end)).join("\n");
}

/** Where a node's finding goes: its title, or its number where the title is empty. */
export function titleSpan(node: OutlineNode): Span {
  if (node.titleEnd > node.titleStart) return { paragraph: node.paragraph, start: node.titleStart, end: node.titleEnd };
  return { paragraph: node.paragraph, start: node.start, end: node.fromList ? node.start : node.start + node.label.length };
}

/** A title as a message quotes it: the first words of a long one. */
export function shortTitle(title: string, max = 20): string {
  return title.length > max ? `${title.slice(0, max)}…` : title;
}

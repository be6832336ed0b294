import type { OutlineNode, Paragraphs } from "../types";
import { contentStart, readLabel, readListLabel, STYLE_RANK, type Label } from "./labels";
import { findRunOnItems, type RunOnMarker } from "./runon";
import { CORE_ORDER, looksLikeStandaloneHeading, namesPart, roleOfHeading } from "../structure/partPatterns";

const STOPS = /[。；;！!？?：:]/;

/** Heading level from a Word heading style name ("Heading 2", "标题 2") or outline level. */
export function headingLevel(style: string | undefined, outlineLevel: number | undefined): number | null {
  if (outlineLevel && outlineLevel >= 1 && outlineLevel <= 9) return outlineLevel;
  const m = style ? /^(?:heading|标题)\s*(\d)$/i.exec(style.trim()) : null;
  return m ? Number(m[1]) : null;
}

/** Strip Markdown remnants and spaces around a title. */
function cleanTitle(s: string): string {
  return s.replace(/^[\s\u3000，,、：:*#]+/, "").replace(/[\s\u3000*#]+$/, "");
}

/** [start, end) of a title that begins at `from`: up to the first full stop or `limit`. */
function titleSpan(text: string, from: number, limit: number): [number, number] {
  const rest = text.slice(from, limit);
  const stop = rest.search(STOPS);
  let end = stop >= 0 ? from + stop : limit;
  let start = from;
  while (start < end && /[\s\u3000，,、：:*]/.test(text[start])) start++;
  while (end > start && /[\s\u3000*#]/.test(text[end - 1])) end--;
  return [start, end];
}

/** An open heading while building: the node and what nesting needs to know of it. */
interface Open {
  node: OutlineNode;
  depth: number;
  /** Word heading level (style or outline level), when the paragraph has one. */
  level: number | null;
  key: string;
}

/**
 * Build the outline: numbered headings at every level (typed or Word-numbered), Word heading
 * styles, unnumbered part headings, and run-on items inside paragraphs.
 *
 * Nesting follows the order in which numbering styles appear, the way a reader does: a style
 * already open above is a sibling (pop to it), a new style is a child. That copes with drafts
 * that skip levels (一、 then 1.) and with numbers that run straight through groups.
 * `skip` holds paragraphs that are not part of the outline (the title).
 */
export function buildOutline(paragraphs: Paragraphs, skip: ReadonlySet<number> = new Set()): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: Open[] = [];
  const headings: OutlineNode[] = [];
  const depths: number[] = [];
  // The last run-on chain, so that a paragraph opening with 二是 continues the one before.
  let chain: { siblings: OutlineNode[]; kind: RunOnMarker["kind"]; number: number } | null = null;

  const addRunOn = (text: string, paragraph: number, from: number) => {
    const siblings = stack.length ? stack[stack.length - 1].node.children : roots;
    const continueFrom = chain && chain.siblings === siblings ? chain : null;
    const markers = findRunOnItems(text, from, continueFrom);
    for (let k = 0; k < markers.length; k++) {
      const m = markers[k];
      const end = k + 1 < markers.length ? markers[k + 1].start : text.length;
      const [ts, te] = titleSpan(text, m.end, end);
      siblings.push({
        id: `n${paragraph}.${k + 1}`,
        kind: "item",
        style: "runon",
        label: text.slice(m.start, m.end),
        number: m.number,
        fromList: false,
        title: cleanTitle(text.slice(ts, te)).slice(0, 80),
        paragraph,
        start: m.start,
        end: trimEnd(text, end),
        titleStart: ts,
        titleEnd: te,
        lastParagraph: paragraph,
        children: [],
      });
      chain = { siblings, kind: m.kind, number: m.number };
    }
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const text = p.text;
    // Tables are body text: numbers in cells are not the document's headings.
    if (skip.has(i) || !text.trim() || p.inTable) continue;
    const cs = contentStart(text);
    let label: Label | null = null;
    let fromList = false;
    if (p.listString && p.listString.trim()) {
      label = readListLabel(p.listString);
      fromList = label !== null;
    }
    if (!label) label = readLabel(text, cs);
    const level = headingLevel(p.style, p.outlineLevel);

    let key: string | null = null;
    let style: OutlineNode["style"] = "plain";
    let titleFrom = cs;
    if (label) {
      key = label.style;
      style = label.style;
      titleFrom = fromList ? cs : label.end;
    } else if (level !== null && looksLikeStandaloneHeading(text.slice(cs))) {
      key = `h${level}`;
      style = "heading-style";
    } else if (level === null && stack.length > 0 && aspectLeadEnd(text, cs) > 0) {
      // An unnumbered group: 在理论学习方面，…一是…二是… (the aspect leads a paragraph of items).
      key = "lead";
    } else if (level === null && isPlainPartHeading(text.slice(cs), stack[0])) {
      // An unnumbered part heading ("存在的主要问题"): it closes everything open above it.
      key = "plain";
      style = "plain";
      stack.length = 0;
    }

    if (key === null) {
      addRunOn(text, i, cs);
      continue;
    }

    // A Word heading level closes every open heading at its level or below; otherwise a style
    // already open is a sibling. An unnumbered heading naming a part starts at the top.
    const byLevel = level === null ? -1 : stack.findIndex((o) => o.level !== null && o.level >= level);
    let same = byLevel >= 0 ? byLevel : stack.findIndex((o) => o.key === key);
    // 一、 is the top numbered level: it never sits under （一） or 1. (a draft whose problems
    // heading is missing opens with its （一） groups; the 二、 that follows is a part).
    const rank = STYLE_RANK[key];
    if (same < 0 && (key === "cn" || key === "cn-part")) same = stack.findIndex((o) => (STYLE_RANK[o.key] ?? -1) > rank!);
    if (same >= 0) stack.length = same;
    else if (style === "heading-style" && roleOfHeading(text.slice(cs)) !== null) stack.length = 0;
    const [ts, te] = key === "lead" ? [cs, aspectLeadEnd(text, cs)] : titleSpan(text, titleFrom, text.length);
    const node: OutlineNode = {
      id: `n${i}`,
      kind: "heading",
      style,
      label: label ? label.text : "",
      number: label ? label.number : null,
      fromList,
      title: cleanTitle(text.slice(ts, te)),
      paragraph: i,
      start: label && !fromList ? label.start : cs,
      end: trimEnd(text, text.length),
      titleStart: ts,
      titleEnd: te,
      lastParagraph: i,
      pattern: label?.pattern,
      numeral: label?.numeral,
      children: [],
    };
    (stack.length ? stack[stack.length - 1].node.children : roots).push(node);
    headings.push(node);
    depths.push(stack.length);
    stack.push({ node, depth: stack.length, level, key });
    addRunOn(text, i, afterStop(text, te));
  }

  dropLoneFirsts(roots);

  // Each heading reaches to the paragraph before the next heading at its depth or above:
  // walk backwards keeping, per depth, the paragraph of the nearest such heading.
  let lastContent = paragraphs.length - 1;
  while (lastContent > 0 && !paragraphs[lastContent].text.trim()) lastContent--;
  const nextAtOrAbove: number[] = [];
  for (let k = headings.length - 1; k >= 0; k--) {
    const d = depths[k];
    let next = lastContent + 1;
    for (let e = 0; e <= d && e < nextAtOrAbove.length; e++) {
      if (nextAtOrAbove[e] !== undefined && nextAtOrAbove[e] < next) next = nextAtOrAbove[e];
    }
    headings[k].lastParagraph = Math.max(headings[k].paragraph, next - 1);
    nextAtOrAbove[d] = headings[k].paragraph;
    nextAtOrAbove.length = d + 1; // deeper headings after this one no longer bound anything above
  }
  return roots;
}

/**
 * An unnumbered line is a part heading when it names a part and the draft does not number its
 * parts (一、, 第一部分, Word heading styles) — or when it names a later part than the numbered
 * one open (a writer who forgot 三、 before 整改措施).
 */
function isPlainPartHeading(content: string, top: Open | undefined): boolean {
  const role = namesPart(content);
  if (role === null) return false;
  const numberedParts = top !== undefined && (top.key === "cn" || top.key === "cn-part" || top.key.startsWith("h"));
  if (!numberedParts) return true;
  const open = roleOfHeading(top.node.title);
  return open !== null && (CORE_ORDER[role] ?? 0) > (CORE_ORDER[open] ?? 99);
}

// 在理论学习方面， / 政治素质方面： at the start of a paragraph (no 。 or comma inside the aspect).
const ASPECT_LEAD = /^在?[^，。；：,;:“”‘’\s]{2,20}?方面(?=[，,：:。；;])/;

/**
 * Where the aspect that leads a paragraph ends (0: none). It counts only when a chain of run-on
 * items (一是…二是…) follows: a lone 在…方面，… opening a paragraph is prose.
 */
function aspectLeadEnd(text: string, cs: number): number {
  const m = ASPECT_LEAD.exec(text.slice(cs));
  if (!m) return 0;
  const end = cs + m[0].length;
  return findRunOnItems(text, end + 1).length >= 2 ? end : 0;
}

/**
 * 首先 opening a paragraph is an item only if a later paragraph goes on with 其次 or 最后
 * ("首先，感谢组织…" in a preamble is prose).
 */
function dropLoneFirsts(nodes: OutlineNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.kind === "item" && n.label === "首先") {
      const next = nodes[i + 1];
      const goesOn = next && next.kind === "item" && /^(其次|再次|再者|最后)$/.test(next.label);
      if (!goesOn) nodes.splice(i, 1);
    } else {
      dropLoneFirsts(n.children);
    }
  }
}

/** Past the full stop and spaces that end a heading: where its run-on items may start. */
function afterStop(text: string, at: number): number {
  while (at < text.length && /[。；;：:！!？?\s\u3000*]/.test(text[at])) at++;
  return at;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s\u3000]/.test(text[end - 1])) end--;
  return end;
}

/** All nodes in document order. */
export function flattenOutline(roots: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (ns: readonly OutlineNode[]) => {
    for (const n of ns) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

import type { OutlineNode } from "../types";

/** Numbered headings of one style among the children of one parent, in document order. */
export interface NumberedRun {
  nodes: OutlineNode[];
  /**
   * The last number of the same style under the parent's previous siblings: items numbered
   * straight through groups (1.–4. under （一）, 5.–8. under （二）) go on from it.
   */
  continuesFrom: number | null;
}

const cache = new WeakMap<readonly OutlineNode[], NumberedRun[]>();

/**
 * Numbered headings (not run-on items) of each style, by sibling list, over the whole outline.
 * Kept per outline: the numbering rules all ask for it.
 */
export function numberedRuns(outline: readonly OutlineNode[]): NumberedRun[] {
  let runs = cache.get(outline);
  if (!runs) cache.set(outline, (runs = collectRuns(outline)));
  return runs;
}

function collectRuns(outline: readonly OutlineNode[]): NumberedRun[] {
  const runs = runsOf(outline, new Map());
  const below = (siblings: readonly OutlineNode[]) => {
    // Per style, the last number among the children of the siblings visited so far.
    const lastBelow = new Map<string, number>();
    for (const parent of siblings) {
      for (const run of runsOf(parent.children, lastBelow)) {
        runs.push(run);
        lastBelow.set(run.nodes[0].style, run.nodes[run.nodes.length - 1].number!);
      }
      below(parent.children);
    }
  };
  below(outline);
  return runs;
}

function runsOf(siblings: readonly OutlineNode[], lastBelow: ReadonlyMap<string, number>): NumberedRun[] {
  const byStyle = new Map<string, OutlineNode[]>();
  for (const n of siblings) {
    if (n.kind !== "heading" || n.number === null || n.style === "heading-style" || n.style === "plain" || n.style === "runon") continue;
    const list = byStyle.get(n.style);
    if (list) list.push(n);
    else byStyle.set(n.style, [n]);
  }
  return [...byStyle].map(([style, nodes]) => ({ nodes, continuesFrom: lastBelow.get(style) ?? null }));
}

/** Every list of siblings in the outline, the top level first. */
export function siblingLists(outline: readonly OutlineNode[]): (readonly OutlineNode[])[] {
  const out: (readonly OutlineNode[])[] = [];
  const walk = (ns: readonly OutlineNode[]) => {
    if (ns.length) out.push(ns);
    for (const n of ns) walk(n.children);
  };
  walk(outline);
  return out;
}

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import type { Analysis, OutlineNode } from "../../../src/core/types";

/**
 * Our own drafts, written in many layouts (test/fixtures/drafts), each with what a careful
 * reader finds in it (X.expected.json).
 */
const DIR = resolve(__dirname, "../../fixtures/drafts");

interface ExpectedPart {
  role: string;
  heading: string | null;
  line: number;
  groups: number;
  items: number[];
}
interface Expected {
  kind: Analysis["kind"];
  voice: Analysis["voice"];
  parts: ExpectedPart[];
}

const norm = (s: string | null) => (s === null ? null : s.replace(/[\s*#]/g, ""));

function findNode(nodes: readonly OutlineNode[], id: string): OutlineNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = findNode(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** Groups directly under a part, and the items in each, as the expected files count them. */
function groupsOf(a: Analysis, role: string, line: number): { groups: number; items: number[] } {
  const part = a.parts.find((p) => p.role === role && p.paragraph === line)!;
  const node = part.node ? findNode(a.outline, part.node) : undefined;
  const groups = node ? node.children : a.items.filter((i) => i.part === role && i.paragraph >= part.first && i.paragraph <= part.last).map((i) => findNode(a.outline, i.node)!);
  const items = groups.map((g) => g.children.length);
  return { groups: groups.length, items: items.some((n) => n > 0) ? items : [] };
}

const drafts = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

describe("our fixture drafts", () => {
  it("are there", () => expect(drafts.length).toBeGreaterThanOrEqual(10));

  for (const file of drafts) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
      const a = analyze(paragraphsFromText(readFileSync(join(DIR, file), "utf8")));
      expect(a.kind).toBe(expected.kind);
      if (expected.kind !== "material") return;
      expect(a.voice).toBe(expected.voice);
      expect(a.parts.map((p) => [p.role, norm(p.heading), p.paragraph])).toEqual(
        expected.parts.map((p) => [p.role, norm(p.heading), p.line]),
      );
      for (const p of expected.parts.filter((p) => p.groups > 0 || p.items.length)) {
        expect({ part: p.role, ...groupsOf(a, p.role, p.line) }).toEqual({ part: p.role, groups: p.groups, items: p.items });
      }
    });
  }
});

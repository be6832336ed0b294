import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import type { Analysis, OutlineNode, Paragraphs } from "../../../src/core/types";
import { joinBrokenLines } from "../../../src/core/text/lines";
import { suggestTemplateWithReason } from "../../../src/core/checklist/checklist";
import { MEETING_TEMPLATES } from "../../../src/data/templates";

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
  /** The title as a reader reads it (its lines joined). */
  title?: string;
  /** Real lines that run on into the next one (hard breaks inside a sentence); none when absent. */
  breaks?: number[];
  /** The meeting type recognised from the draft, or null for none. */
  template?: string | null;
  /** Why none was recognised, when `template` is null for a reason. */
  templateReason?: "year-unmatched" | "year-placeholder";
  /** The year the draft is for, as its title or preamble say (null: a placeholder such as 202X). */
  year?: number | null;
  /** Aspects (ids) of the recognised type that the problem groups cover. */
  present?: string[];
  /** The checklist's voice check. */
  checklistVoice?: { expected: Analysis["voice"]; actual: Analysis["voice"]; mismatch: boolean };
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

/**
 * analyze reads a draft the way a reader does (lines broken inside a sentence joined, the result
 * told in the real lines); the joined text and its analysis are kept to check the suggestion.
 */
function read(paragraphs: Paragraphs) {
  const joined = joinBrokenLines(paragraphs);
  const analysis = analyze(paragraphs);
  expect(analysis.lineBreaks).toEqual(joined.breaks);
  return { joined, logical: analyze(joined.paragraphs), analysis };
}

describe("our fixture drafts", () => {
  it("are there", () => expect(drafts.length).toBeGreaterThanOrEqual(10));

  for (const file of drafts) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
      const { joined, logical, analysis: a } = read(paragraphsFromText(readFileSync(join(DIR, file), "utf8")));
      expect(joined.breaks.map((b) => b.paragraph)).toEqual(expected.breaks ?? []);
      // Joining is done once: the joined text has no breaks left.
      expect(joinBrokenLines(joined.paragraphs).breaks).toEqual([]);
      expect(a.kind).toBe(expected.kind);
      if (expected.title !== undefined) expect(a.title?.text).toBe(expected.title);
      if (expected.kind !== "material") return;
      expect(a.voice).toBe(expected.voice);
      if (expected.template !== undefined) {
        const suggestion = suggestTemplateWithReason(joined.paragraphs, logical, MEETING_TEMPLATES);
        expect(suggestion?.template?.id ?? null).toBe(expected.template);
        expect(a.checklist?.template ?? null).toBe(expected.template);
        if (expected.templateReason) expect(suggestion).toMatchObject({ template: null, reason: expected.templateReason });
        expect(a.templateNote?.reason ?? null).toBe(expected.templateReason ?? null);
        if (expected.year !== undefined) expect(suggestion?.year?.year).toBe(expected.year);
      }
      if (expected.present) {
        expect(a.checklist!.aspects.filter((x) => x.status === "present").map((x) => x.id)).toEqual(expected.present);
      }
      if (expected.checklistVoice) expect(a.checklist!.voice).toMatchObject(expected.checklistVoice);
      expect(a.parts.map((p) => [p.role, norm(p.heading), p.paragraph])).toEqual(
        expected.parts.map((p) => [p.role, norm(p.heading), p.line]),
      );
      for (const p of expected.parts.filter((p) => p.groups > 0 || p.items.length)) {
        expect({ part: p.role, ...groupsOf(a, p.role, p.line) }).toEqual({ part: p.role, groups: p.groups, items: p.items });
      }
    });
  }
});

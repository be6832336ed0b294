import type { Analysis, OutlineNode } from "../core/types";
import { PART_NAMES } from "./names";

/** The JSON object for one file (documented in docs/cli-json.md). */
export function toJson(file: string, a: Analysis) {
  return {
    file,
    kind: a.kind,
    kindReason: a.kindReason,
    voice: a.voice,
    title: a.title?.text ?? null,
    paragraphs: a.paragraphCount,
    characters: a.characters,
    parts: a.parts.map((p) => ({
      role: p.role,
      name: PART_NAMES[p.role],
      heading: p.heading,
      paragraph: p.paragraph,
      first: p.first,
      last: p.last,
      inferred: p.inferred,
    })),
    items: a.items.map((i) => ({ id: i.id, part: i.part, title: i.title, paragraph: i.paragraph, children: i.children })),
    outline: a.outline.map(jsonNode),
    checklist: a.checklist,
    templateNote: a.templateNote,
    correspondence: a.correspondence,
    findings: a.findings,
  };
}

function jsonNode(n: OutlineNode): unknown {
  return {
    label: n.label,
    title: n.title,
    paragraph: n.paragraph,
    start: n.start,
    end: n.end,
    fromList: n.fromList,
    ...(n.children.length ? { children: n.children.map(jsonNode) } : {}),
  };
}

import type { Analysis, Item, OutlineNode, Paragraphs, Part, PartRole } from "../types";
import type { AspectSpec, Confidence, MeetingTemplate } from "./template";
import { PART_NAMES } from "../structure/roles";
import { flattenOutline } from "../outline/build";

export interface ChecklistPart {
  role: PartRole;
  name: string;
  status: "present" | "missing";
  heading: string | null;
  paragraph: number | null;
  groups: number;
  characters: number;
}

export interface ChecklistAspect {
  id: string;
  name: string;
  confidence: Confidence;
  /** present: a problem group is about it; inside: only mentioned in another group's text; missing. */
  status: "present" | "inside" | "missing";
  /** The group that covers it (present), or the group whose text mentions it (inside). */
  item: string | null;
  heading: string | null;
  paragraph: number | null;
  /** The term that matched, as evidence. */
  term: string | null;
  /** Items (一是…, 1. …) and characters under the group. */
  items: number;
  characters: number;
}

export interface ChecklistResult {
  template: string;
  templateName: string;
  confidence: Confidence;
  note: string;
  /** True when the meeting type was recognised from the document rather than chosen. */
  suggested: boolean;
  writerDefinesAspects: boolean;
  parts: ChecklistPart[];
  aspects: ChecklistAspect[];
  /** A personal material speaking as a team, or the reverse. */
  voice: { expected: "personal" | "team" | null; actual: "personal" | "team" | null; mismatch: boolean; message: string | null };
  /** Share of problems, case and causes in the body (problems + case + causes + measures). */
  balance: { problemsAndCauses: number; measures: number; share: number | null };
}

/** Joining words that drafts put between the words of a term (形式主义和官僚主义). */
const JOINERS = /[和及与、，,\s]/g;

/** Whether `text` contains one of the aspect's terms, joining words aside; the longest one found. */
export function matchAspect(text: string, aspect: Pick<AspectSpec, "terms">): string | null {
  const bare = text.replace(JOINERS, "");
  let best: string | null = null;
  for (const term of aspect.terms) {
    const bareTerm = term.replace(JOINERS, "");
    const found = text.includes(term) || (bareTerm.length >= 2 && bare.includes(bareTerm));
    if (found && (!best || term.length > best.length)) best = term;
  }
  return best;
}

/** The aspect a heading is about: the one with the longest matching term. */
export function bestAspect(text: string, aspects: readonly AspectSpec[]): { aspect: AspectSpec; term: string } | null {
  let best: { aspect: AspectSpec; term: string } | null = null;
  for (const aspect of aspects) {
    const term = matchAspect(text, aspect);
    if (term && (!best || term.length > best.term.length)) best = { aspect, term };
  }
  return best;
}

function charactersIn(paragraphs: Paragraphs, first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last && i < paragraphs.length; i++) n += paragraphs[i].text.replace(/\s/g, "").length;
  return n;
}

/**
 * Suggest a meeting type from the title and preamble (weighted terms), helped by how many of a
 * type's aspects the problem groups cover. Null when nothing points anywhere.
 */
export function suggestTemplate(
  paragraphs: Paragraphs,
  analysis: Pick<Analysis, "parts" | "items">,
  templates: readonly MeetingTemplate[],
): { template: MeetingTemplate; score: number } | null {
  const head = analysis.parts
    .filter((p) => p.role === "title" || p.role === "preamble" || p.role === "signature")
    .map((p) => paragraphs.slice(p.first, p.last + 1).map((x) => x.text).join(""))
    .join("\n");
  const groupTitles = analysis.items.filter((i) => i.part === "problems").map((i) => i.title);
  let best: { template: MeetingTemplate; score: number } | null = null;
  for (const template of templates) {
    let score = 0;
    for (const d of template.detect) if (head.includes(d.term)) score += d.weight;
    for (const aspect of template.aspects) {
      if (groupTitles.some((t) => bestAspect(t, template.aspects)?.aspect === aspect)) score += 2;
    }
    if (score > 0 && (!best || score > best.score)) best = { template, score };
  }
  return best;
}

/** The problem groups and the aspect each is about. */
export function problemGroups(analysis: Pick<Analysis, "items">, aspects: readonly AspectSpec[]) {
  return analysis.items
    .filter((i) => i.part === "problems")
    .map((item) => ({ item, match: bestAspect(item.title, aspects) }));
}

export function buildChecklist(
  paragraphs: Paragraphs,
  analysis: Pick<Analysis, "parts" | "items" | "voice" | "outline" | "title">,
  template: MeetingTemplate,
  suggested: boolean,
): ChecklistResult {
  const partOf = (role: PartRole): Part | undefined => analysis.parts.find((p) => p.role === role);
  const parts: ChecklistPart[] = template.parts.map((role) => {
    const p = partOf(role);
    return {
      role,
      name: PART_NAMES[role],
      status: p ? "present" : "missing",
      heading: p?.heading ?? null,
      paragraph: p?.paragraph ?? null,
      groups: analysis.items.filter((i) => i.part === role).length,
      characters: p ? charactersIn(paragraphs, p.first, p.last) : 0,
    };
  });

  const groups = problemGroups(analysis, template.aspects);
  const nodes = new Map(flattenOutline(analysis.outline).map((n) => [n.id, n] as const));
  const aspects: ChecklistAspect[] = template.aspects.map((aspect) => {
    const base = { id: aspect.id, name: aspect.name, confidence: aspect.confidence };
    const own = groups.find((g) => g.match?.aspect === aspect);
    if (own) {
      return {
        ...base,
        status: "present",
        item: own.item.id,
        heading: own.item.title,
        paragraph: own.item.paragraph,
        term: own.match!.term,
        items: own.item.children,
        characters: charactersIn(paragraphs, own.item.paragraph, own.item.lastParagraph),
      };
    }
    // Mentioned only inside another group's items: a reviewer will ask for its own heading.
    for (const g of groups) {
      const node = nodes.get(g.item.node);
      const inner = node ? innerTitles(node) : "";
      const text = inner + paragraphs.slice(g.item.paragraph, g.item.lastParagraph + 1).map((p) => p.text).join("");
      const term = matchAspect(text, aspect);
      if (term) {
        return { ...base, status: "inside", item: g.item.id, heading: g.item.title, paragraph: g.item.paragraph, term, items: 0, characters: 0 };
      }
    }
    return { ...base, status: "missing", item: null, heading: null, paragraph: null, term: null, items: 0, characters: 0 };
  });

  return {
    template: template.id,
    templateName: template.name,
    confidence: template.confidence,
    note: template.note,
    suggested,
    writerDefinesAspects: template.writerDefinesAspects === true,
    parts,
    aspects,
    voice: voiceCheck(analysis, template),
    balance: balance(paragraphs, analysis.parts),
  };
}

function innerTitles(node: OutlineNode): string {
  return node.children.map((c) => c.title).join("；");
}

function voiceCheck(analysis: Pick<Analysis, "voice" | "title">, template: MeetingTemplate): ChecklistResult["voice"] {
  const title = analysis.title?.text ?? "";
  const expected =
    template.audience !== "any" ? template.audience : /班子/.test(title) ? "team" : /个人|本人/.test(title) ? "personal" : null;
  const actual = analysis.voice;
  const mismatch = expected !== null && actual !== null && expected !== actual;
  const message = !mismatch
    ? null
    : expected === "personal"
      ? "这是个人对照检查材料，但问题和原因多处以“班子”“有的班子成员”的口吻来写；个人材料应讲自己的问题。"
      : "这是班子对照检查材料，但问题和原因多处以“我”“本人”的口吻来写；班子材料应讲班子的问题。";
  return { expected, actual, mismatch, message };
}

function balance(paragraphs: Paragraphs, parts: readonly Part[]): ChecklistResult["balance"] {
  let problemsAndCauses = 0;
  let measures = 0;
  for (const p of parts) {
    const n = charactersIn(paragraphs, p.first, p.last);
    if (p.role === "problems" || p.role === "case" || p.role === "causes") problemsAndCauses += n;
    else if (p.role === "measures") measures += n;
  }
  const total = problemsAndCauses + measures;
  return { problemsAndCauses, measures, share: total > 0 ? problemsAndCauses / total : null };
}

export type { Item };

import type { Analysis, Item, OutlineNode, Paragraphs, Part, PartRole } from "../types";
import type { AspectSpec, Confidence, MeetingTemplate } from "./template";
import { PART_NAMES } from "../structure/roles";
import { flattenOutline } from "../outline/build";
import { declaredVoice, writtenVoice, type Voice } from "../structure/voice";
import { findDraftYear, type DraftYear } from "../structure/year";
import { ASPECT_SYNONYMS, type SynonymGroup } from "../../data/aspectSynonyms";

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
const JOINERS = /[和及与、]/g;
/** A term matched without its joiners must still be this long: 工作，作风 is not 作风. */
const MIN_BARE = 4;

const bareTerms = new Map<string, string>();
function bareOf(term: string): string {
  let b = bareTerms.get(term);
  if (b === undefined) bareTerms.set(term, (b = term.replace(JOINERS, "")));
  return b;
}

/** The synonym groups an aspect is linked to: one of its terms contains one of the group's words. */
function linkedGroups(aspect: Pick<AspectSpec, "terms">): SynonymGroup[] {
  return ASPECT_SYNONYMS.filter((g) => aspect.terms.some((t) => g.words.some((w) => t.includes(w)) || (g.anchors ?? []).some((w) => t.includes(w))));
}

const expandedTerms = new WeakMap<readonly object[], Map<object, readonly string[]>>();

/**
 * The terms a heading may use for an aspect: its own, then the usual synonyms of them
 * (src/data/aspectSynonyms.ts: 管党治党 = 全面从严治党 = 两个责任 …), longest first. A group linked
 * to another aspect of the same list as well is left out (it cannot tell them apart), and so is
 * a word that is another aspect's term or stands in another aspect's heading or name.
 */
export function aspectTerms(
  aspect: Pick<AspectSpec, "terms"> & Partial<Pick<AspectSpec, "name" | "heading">>,
  aspects: readonly (Pick<AspectSpec, "terms"> & Partial<Pick<AspectSpec, "name" | "heading">>)[] = [aspect],
): readonly string[] {
  let cache = expandedTerms.get(aspects);
  if (!cache) expandedTerms.set(aspects, (cache = new Map()));
  let terms = cache.get(aspect);
  if (terms) return terms;
  const others = aspects.filter((a) => a !== aspect);
  const theirs = new Set(others.flatMap(linkedGroups));
  const added: string[] = [];
  for (const g of linkedGroups(aspect)) {
    if (theirs.has(g)) continue;
    for (const w of g.words) {
      if (aspect.terms.includes(w) || added.includes(w)) continue;
      if (others.some((o) => o.terms.includes(w) || o.heading?.includes(w) || o.name?.includes(w))) continue;
      added.push(w);
    }
  }
  terms = added.length ? [...aspect.terms, ...added.sort((a, b) => b.length - a.length)] : aspect.terms;
  cache.set(aspect, terms);
  return terms;
}

/**
 * Whether `text` contains one of the aspect's terms or their synonyms, joining words aside; the
 * longest one found. With `aspects` (the list the aspect belongs to), synonyms that another
 * aspect of the list also claims are not used.
 */
export function matchAspect(
  text: string,
  aspect: Pick<AspectSpec, "terms">,
  bare = text.replace(JOINERS, ""),
  aspects?: readonly Pick<AspectSpec, "terms">[],
): string | null {
  let best: string | null = null;
  for (const term of aspectTerms(aspect, aspects)) {
    const bareTerm = bareOf(term);
    const found = text.includes(term) || (bareTerm.length >= MIN_BARE && bare.includes(bareTerm));
    if (found && (!best || term.length > best.length)) best = term;
  }
  return best;
}

/** The aspect a heading is about: the one with the longest matching term (synonyms included). */
export function bestAspect(text: string, aspects: readonly AspectSpec[]): { aspect: AspectSpec; term: string } | null {
  let best: { aspect: AspectSpec; term: string } | null = null;
  const bare = text.replace(JOINERS, "");
  for (const aspect of aspects) {
    const term = matchAspect(text, aspect, bare, aspects);
    if (term && (!best || term.length > best.term.length)) best = { aspect, term };
  }
  return best;
}

/** Characters other than white space (counted in place: long documents are read often). */
function charactersIn(paragraphs: Paragraphs, first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last && i < paragraphs.length; i++) {
    const t = paragraphs[i].text;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) n++;
    }
  }
  return n;
}

/**
 * The year a meeting type is for, from its id or name ("2024-niandu-…", "2024年度 …"); null for
 * a type of any year (组织生活会, 巡视整改, most custom checklists).
 */
export function templateYear(template: Pick<MeetingTemplate, "id" | "name">): number | null {
  const m = /^((?:19|20)\d{2})-/.exec(template.id) ?? /((?:19|20)\d{2})\s*年/.exec(template.name);
  return m ? Number(m[1]) : null;
}

/**
 * Whether a type fits the year the draft is for. 2022年度 asks for a type of 2022; a bare 2024年
 * may also be the year a 2023年度 meeting is held in, so it fits 2024 and 2023. A placeholder
 * (202X) fits only a type of any year.
 */
export function templateFitsYear(template: Pick<MeetingTemplate, "id" | "name">, year: Pick<DraftYear, "year" | "annual" | "placeholder"> | null): boolean {
  const own = templateYear(template);
  if (own === null || !year) return true;
  if (year.placeholder || year.year === null) return false;
  return year.annual ? own === year.year : own === year.year || own === year.year - 1;
}

/** What suggestTemplateWithReason finds. */
export type TemplateSuggestion =
  /** A meeting type, with its score and the year the draft is for (null when none is written). */
  | { template: MeetingTemplate; score: number; year: DraftYear | null }
  /**
   * No type: the draft looks most like `closest`, but its year (`year`) is another one
   * ("year-unmatched") or is still a placeholder such as 202X ("year-placeholder"). The pane
   * and the CLI say so and offer a custom checklist.
   */
  | { template: null; reason: "year-unmatched" | "year-placeholder"; year: DraftYear; closest: MeetingTemplate; score: number };

/**
 * Suggest a meeting type from the title and preamble (weighted terms), helped by how many of a
 * type's aspects the problem groups cover. Never a type of another year than the one the draft
 * is written for (its title, 署名 or preamble), and never a 组织生活会 type for a draft that says
 * 民主生活会. Null when nothing points anywhere.
 */
export function suggestTemplateWithReason(
  paragraphs: Paragraphs,
  analysis: Pick<Analysis, "parts" | "items">,
  templates: readonly MeetingTemplate[],
): TemplateSuggestion | null {
  const head = analysis.parts
    .filter((p) => p.role === "title" || p.role === "preamble" || p.role === "signature")
    .map((p) => paragraphs.slice(p.first, p.last + 1).map((x) => x.text).join(""))
    .join("\n");
  const minzhuOnly = head.includes("民主生活会") && !head.includes("组织生活会");
  // A material has a few dozen groups at most; a longer file is judged by its first ones.
  const groupTitles = analysis.items.filter((i) => i.part === "problems").slice(0, 40).map((i) => i.title);
  let best: { template: MeetingTemplate; score: number } | null = null;
  for (const template of templates) {
    if (minzhuOnly && template.meeting === "zuzhi") continue;
    let score = 0;
    for (const d of template.detect) if (head.includes(d.term)) score += d.weight;
    // Each aspect the problem groups are about counts once.
    const covered = new Set<AspectSpec>();
    for (const t of groupTitles) {
      const match = bestAspect(t, template.aspects);
      if (match) covered.add(match.aspect);
      if (covered.size === template.aspects.length) break;
    }
    score += 2 * covered.size;
    if (score > 0 && (!best || score > best.score)) best = { template, score };
  }
  if (!best) return null;
  const year = findDraftYear(paragraphs, analysis.parts);
  if (templateFitsYear(best.template, year)) return { ...best, year };
  // The best type is of another year: suggest nothing rather than the wrong year's list.
  return { template: null, reason: year!.placeholder ? "year-placeholder" : "year-unmatched", year: year!, closest: best.template, score: best.score };
}

/**
 * The suggested meeting type, or null (nothing points anywhere, or the draft's year fits no
 * type: see suggestTemplateWithReason for why).
 */
export function suggestTemplate(
  paragraphs: Paragraphs,
  analysis: Pick<Analysis, "parts" | "items">,
  templates: readonly MeetingTemplate[],
): { template: MeetingTemplate; score: number } | null {
  const s = suggestTemplateWithReason(paragraphs, analysis, templates);
  return s?.template ? { template: s.template, score: s.score } : null;
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
  const inside = insideFinder(paragraphs, groups.map((g) => g.item), nodes, template.aspects);
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
    const found = inside(aspect);
    if (found) {
      const { item, term } = found;
      return { ...base, status: "inside", item: item.id, heading: item.title, paragraph: item.paragraph, term, items: 0, characters: 0 };
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
    voice: voiceCheck(paragraphs, analysis, template),
    balance: balance(paragraphs, analysis.parts),
  };
}

/**
 * Finds the first group whose text mentions an aspect. All the groups' text is joined once and
 * searched per term, so a long document costs one pass per term, not one per group and term.
 */
function insideFinder(paragraphs: Paragraphs, items: readonly Item[], nodes: ReadonlyMap<string, OutlineNode>, aspects: readonly AspectSpec[]) {
  let index: ReturnType<typeof buildIndex> | null = null; // built on first use: most drafts never need it
  return (aspect: AspectSpec) => findInside((index ??= buildIndex(paragraphs, items, nodes)), items, aspect, aspects);
}

function buildIndex(paragraphs: Paragraphs, items: readonly Item[], nodes: ReadonlyMap<string, OutlineNode>) {
  const texts = items.map((item) => {
    const node = nodes.get(item.node);
    return (node ? innerTitles(node) : "") + paragraphs.slice(item.paragraph, item.lastParagraph + 1).map((p) => p.text).join("");
  });
  const joined = (parts: string[]) => {
    const starts: number[] = [];
    let at = 0;
    for (const t of parts) {
      starts.push(at);
      at += t.length + 1;
    }
    return { all: parts.join("\u0000"), starts };
  };
  return { texts, raw: joined(texts), bare: joined(texts.map((t) => t.replace(JOINERS, ""))) };
}

function findInside(
  { texts, raw, bare }: ReturnType<typeof buildIndex>,
  items: readonly Item[],
  aspect: AspectSpec,
  aspects: readonly AspectSpec[],
): { item: Item; term: string } | null {
  const groupAt = (starts: number[], offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let first = -1;
  for (const term of aspectTerms(aspect, aspects)) {
    const a = raw.all.indexOf(term);
    if (a >= 0 && (first < 0 || groupAt(raw.starts, a) < first)) first = groupAt(raw.starts, a);
    const b = bareOf(term).length >= MIN_BARE ? bare.all.indexOf(bareOf(term)) : -1;
    if (b >= 0 && (first < 0 || groupAt(bare.starts, b) < first)) first = groupAt(bare.starts, b);
  }
  if (first < 0) return null;
  const term = matchAspect(texts[first], aspect, undefined, aspects);
  return term ? { item: items[first], term } : null;
}

function innerTitles(node: OutlineNode): string {
  return node.children.map((c) => c.title).join("；");
}

/**
 * The material's voice against how its problems are written. `expected` is the voice the title,
 * 署名 or preamble declare (the same one answer as Analysis.voice), or else the meeting type's
 * audience; `actual` is how the problems and causes are written.
 */
function voiceCheck(paragraphs: Paragraphs, analysis: Pick<Analysis, "voice" | "parts">, template: MeetingTemplate): ChecklistResult["voice"] {
  const declared = declaredVoice(paragraphs, analysis.parts)?.voice ?? null;
  const audience: Voice | null = template.audience !== "any" ? template.audience : null;
  const expected = declared ?? audience;
  // Where nothing is declared, the analysis' voice is the written one; else count it.
  const actual = declared === null ? analysis.voice : writtenVoice(paragraphs, analysis.parts).voice;
  if (declared && audience && declared !== audience) {
    const said = declared === "team" ? "班子" : "个人";
    const wanted = audience === "team" ? "班子" : "个人";
    return {
      expected,
      actual,
      mismatch: true,
      message: `标题或开头表明这是${said}的对照检查材料，而所选会议类型“${template.name}”是${wanted}材料；请核对会议类型。`,
    };
  }
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


import type { Correspondence, CorrespondenceGroup, CorrespondenceLink, SharedTopic, WriterLink, WriterLinkState } from "./types";

/*
 * The writer decides (shared/domain/README.md §4: the correspondence is the writer's argument,
 * not ours): a confirmed link stays whatever the engine says later, a rejected one is gone, one
 * added by hand counts as any other. The gap rules read the links after this, so a problem the
 * writer linked to a measure is no longer reported as unanswered.
 */

const isProblem = (g: CorrespondenceGroup) => g.part === "problems" || g.part === "case";
const isTarget = (g: CorrespondenceGroup) => g.part === "causes" || g.part === "measures";

/** The writer's links over the engine's: `c` itself when there are none. */
export function applyWriterLinks(c: Correspondence, writer: readonly WriterLink[]): Correspondence {
  if (writer.length === 0) return c;
  const groups = new Map(c.groups.map((g) => [g.id, g]));
  const auto = new Map(c.links.map((l) => [pairKey(l.problem, l.target), l]));
  // The last word on a pair counts (a stored list may say a pair twice).
  const decided = new Map<string, WriterLink>();
  for (const w of writer) decided.set(pairKey(w.problem, w.target), w);

  const states: WriterLinkState[] = [];
  const replaced = new Map<string, CorrespondenceLink | null>();
  for (const [key, w] of decided) {
    const problem = groups.get(w.problem);
    const target = groups.get(w.target);
    const found = auto.get(key);
    const applied = !!problem && !!target && isProblem(problem) && isTarget(target) && problem.block === target.block;
    states.push({ ...w, applied, auto: found?.strength ?? null });
    if (!applied) continue;
    if (!w.linked) replaced.set(key, null);
    else replaced.set(key, found ? { ...found, source: "writer" } : handLink(problem, target));
  }

  const links: CorrespondenceLink[] = [];
  for (const l of c.links) {
    const key = pairKey(l.problem, l.target);
    const r = replaced.get(key);
    if (r === undefined) links.push(l);
    else if (r) links.push(r);
    replaced.delete(key);
  }
  // Links the writer added: after the engine's, in document order of their problems.
  const order = new Map(c.groups.map((g, i) => [g.id, i]));
  const added = [...replaced.values()].filter((l): l is CorrespondenceLink => l !== null);
  for (const l of added) {
    const at = order.get(l.problem)!;
    let i = links.length;
    while (i > 0 && order.get(links[i - 1].problem)! > at) i--;
    links.splice(i, 0, l);
  }
  return { ...c, links, writer: states };
}

export const pairKey = (problem: string, target: string) => `${problem}\u0000${target}`;

/** A link the writer made where the engine saw none: what the two groups share of their topics is its evidence. */
function handLink(problem: CorrespondenceGroup, target: CorrespondenceGroup): CorrespondenceLink {
  const theirs = new Map(target.topics.map((t) => [t.topic, t]));
  const topics: SharedTopic[] = [];
  for (const t of problem.topics) {
    const other = theirs.get(t.topic);
    if (other) topics.push({ topic: t.topic, via: t.topic, problemTerms: t.terms, targetTerms: other.terms });
  }
  return {
    problem: problem.id,
    target: target.id,
    kind: target.part === "causes" ? "cause" : "measure",
    strength: "strong",
    score: 1,
    mirrored: false,
    source: "writer",
    evidence: { topics, words: [], headingWords: null, sentences: [] },
  };
}

// ------------------------------------------------------------------ stored

/** The document setting the writer's links are saved under (the add-in writes it, the CLI reads it from a .docx). */
export const WRITER_LINKS_KEY = "duizhao.links";
/** Keep at most this many of the writer's links per document; the oldest go first. */
export const MAX_WRITER_LINKS = 2000;
const MAX_GROUP_ID = 120;

const isGroupId = (x: unknown): x is string => typeof x === "string" && x.length > 2 && x.length <= MAX_GROUP_ID;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * The writer's links as stored, `{ links: [{ problem, target, linked }] }`, checked entry by
 * entry (a bad one dropped, `dropped` set); the newest kept when over the bound.
 */
export function parseWriterLinks(x: unknown): { value: WriterLink[]; dropped: boolean } {
  if (x === undefined || x === null) return { value: [], dropped: false };
  if (!isObject(x) || !Array.isArray(x.links)) return { value: [], dropped: true };
  const value: WriterLink[] = [];
  for (const l of x.links.slice(-MAX_WRITER_LINKS)) {
    if (isObject(l) && isGroupId(l.problem) && isGroupId(l.target) && typeof l.linked === "boolean") {
      value.push({ problem: l.problem, target: l.target, linked: l.linked });
    }
  }
  return { value, dropped: value.length !== x.links.length };
}

import type { Correspondence, CorrespondenceGroup, Restatement, TextSpan, TopicScore } from "./types";
import type { TopicIndex } from "./topics";
import { topicIndex } from "./topics";

/*
 * What the correspondence lacks, as the gap rules report it (src/core/rules/problem-without-
 * measure.ts and the others read these): kept here so that the rules stay thin and the tests of
 * the engine can judge a draft without the registry.
 */

const isProblem = (g: CorrespondenceGroup) => g.part === "problems" || g.part === "case";

/** Groups of one block (one material), by part. */
function blocks(c: Correspondence): { problems: CorrespondenceGroup[]; causes: CorrespondenceGroup[]; measures: CorrespondenceGroup[] }[] {
  const out: { problems: CorrespondenceGroup[]; causes: CorrespondenceGroup[]; measures: CorrespondenceGroup[] }[] = [];
  for (const g of c.groups) {
    const b = (out[g.block] ??= { problems: [], causes: [], measures: [] });
    if (isProblem(g)) b.problems.push(g);
    else if (g.part === "causes") b.causes.push(g);
    else b.measures.push(g);
  }
  return out.filter(Boolean);
}

/** Ids of the groups at either end of a link of this kind. */
function linked(c: Correspondence, kind: "cause" | "measure"): Set<string> {
  const ids = new Set<string>();
  for (const l of c.links) {
    if (l.kind !== kind) continue;
    ids.add(l.problem);
    ids.add(l.target);
  }
  return ids;
}

/**
 * The problem groups of a block that nothing links to. The groups of a case part (反面典型案例剖析:
 * the case, its lessons, the writer's own faults) are answered together: when one of them is, so is
 * the part (a measure answers the case by answering what the writer found in it).
 */
function unlinked(problems: readonly CorrespondenceGroup[], ids: ReadonlySet<string>): CorrespondenceGroup[] {
  const caseAnswered = problems.some((g) => g.part === "case" && ids.has(g.id));
  return problems.filter((g) => !ids.has(g.id) && !(g.part === "case" && caseAnswered));
}

/**
 * Problem (and case) groups that no measure answers. A material without any measure group is
 * left out: its missing part is one fault, not one per problem.
 */
export function problemsWithoutMeasure(c: Correspondence): CorrespondenceGroup[] {
  const ids = linked(c, "measure");
  return blocks(c).flatMap((b) => (b.measures.length ? unlinked(b.problems, ids) : []));
}

/** Measure groups that answer no problem (a material without problem groups is left out). */
export function measuresWithoutProblem(c: Correspondence): CorrespondenceGroup[] {
  const ids = linked(c, "measure");
  return blocks(c).flatMap((b) => (b.problems.length ? b.measures.filter((g) => !ids.has(g.id)) : []));
}

/** Problem groups that no cause explains (a material without cause groups is left out). */
export function problemsWithoutCause(c: Correspondence): CorrespondenceGroup[] {
  const ids = linked(c, "cause");
  return blocks(c).flatMap((b) => (b.causes.length ? unlinked(b.problems, ids) : []));
}

/** A cause restates problems when its restated sentences are this share of its text, or two or more. */
const RESTATED_SHARE = 1 / 3;
/**
 * One sentence copied from a problem (nearly all its character pairs found there, and long enough
 * to be a statement) makes the cause a restatement however long the rest of the cause is.
 */
const COPIED_OVERLAP = 0.9;
const COPIED_MIN = 15;
/** Figures, dates and examples in a cause from which it reads as a problem. */
const CONCRETE_MARKS = 2;

export interface CauseAsProblem {
  group: CorrespondenceGroup;
  /** Sentences that say again what a problem says, when they make the cause a restatement. */
  restates: readonly Restatement[];
  /** Figures, dates and examples, when there are CONCRETE_MARKS or more. */
  concrete: readonly (TextSpan & { text: string })[];
}

/** Causes that tell a problem rather than its root (问题与原因不分). */
export function causesAsProblems(c: Correspondence): CauseAsProblem[] {
  const out: CauseAsProblem[] = [];
  for (const g of c.groups) {
    if (g.part !== "causes") continue;
    const restated = g.restates.reduce((n, r) => n + (r.sentence.end - r.sentence.start), 0);
    const copied = g.restates.some((r) => r.overlap >= COPIED_OVERLAP && r.sentence.end - r.sentence.start >= COPIED_MIN);
    const restates = g.restates.length >= 2 || (g.restates.length === 1 && restated >= g.characters * RESTATED_SHARE) || copied ? g.restates : [];
    const concrete = g.concrete.length >= CONCRETE_MARKS ? g.concrete : [];
    if (restates.length || concrete.length) out.push({ group: g, restates, concrete });
  }
  return out;
}

/** A cause reaches a root when the root's score in it is at least this (one naming term). */
const ROOT_SCORE = 4;

/**
 * Per material, its causes when none of them reaches a root reviewers expect (理想信念,
 * 党性修养, 宗旨意识, 政治站位): the first cause group, and the topics the causes do reach.
 */
export function rootlessCauses(c: Correspondence, index: TopicIndex = topicIndex()): { first: CorrespondenceGroup; reached: string[] }[] {
  const deep = new Set(index.topics.filter((t) => t.deepRoot).map((t) => t.id));
  const out: { first: CorrespondenceGroup; reached: string[] }[] = [];
  for (const b of blocks(c)) {
    if (!b.causes.length) continue;
    const topics = b.causes.flatMap((g) => g.topics);
    if (topics.some((t) => deep.has(t.topic) && t.score >= ROOT_SCORE)) continue;
    const reached = [...new Set(b.causes.flatMap((g) => g.topics.slice(0, 2).map((t) => t.topic)))];
    out.push({ first: b.causes[0], reached });
  }
  return out;
}

/** The deep roots' names, for messages: 理想信念、党性修养、宗旨意识、政治站位. */
export function deepRootNames(index: TopicIndex = topicIndex()): string {
  return index.topics
    .filter((t) => t.deepRoot)
    .map((t) => t.name)
    .join("、");
}

/** Names of the first topics, for messages: "理论学习、政治站位"; "" when none. */
export function topicNames(topics: readonly (TopicScore | string)[], count = 3, index: TopicIndex = topicIndex()): string {
  return topics
    .slice(0, count)
    .map((t) => {
      const id = typeof t === "string" ? t : t.topic;
      return index.topics[index.byId.get(id) ?? -1]?.name ?? id;
    })
    .join("、");
}

/** A title as a message quotes it: the first words of a long one. */
export function shortTitle(title: string, max = 20): string {
  const t = title.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

import type { Place } from "../similarity/types";

/** A measure or a problem of a draft: one item (一是…, 1. …), or a group that has none. */
export interface DraftUnit {
  /** The outline node's id (or the group's id, for a group without a node). */
  id: string;
  /** The group it belongs to (analysis.items' id: M:强化理论武装, P:理论学习). */
  group: string;
  /** The number as written ("一是", "（二）"), or "". */
  label: string;
  /** Its words, up to the first full stop. */
  title: string;
  /** Where its text is: one span a paragraph, in order. */
  spans: Place[];
}

/** A sentence of this year's draft, with its text. */
export type Sentence = Place & { text: string };

/** Why a measure counts as reported: the best sentence of the follow-up part, and what it shares. */
export interface MeasureEvidence {
  sentence: Sentence;
  /** Topic terms (src/data/topics/) both the measure and the sentence use, most telling first. */
  terms: string[];
  /** The topics those terms show (ids, as in the correspondence). */
  topics: string[];
  /** Words (runs of three characters or more) the sentence takes from the measure. */
  words: string[];
}

/** One of last year's measures, and whether this year's follow-up part reports on it. */
export interface MeasureReport {
  measure: DraftUnit;
  /** reported: a sentence of the follow-up part is about it; skipped: none is. */
  status: "reported" | "skipped";
  /** 0–1: how much of the measure's telling words the best sentence has. */
  score: number;
  /** The best sentence and what it shares; null when the part has no sentence sharing anything. */
  evidence: MeasureEvidence | null;
}

/** A problem of this year's draft that says again, nearly word for word, a problem of last year's. */
export interface RepeatedProblem {
  problem: DraftUnit;
  /** Last year's problem it repeats (the one most of the shared text comes from), when found. */
  lastYear: DraftUnit | null;
  /** Share (0–1) of the problem's compared characters found in last year's problems. */
  share: number;
  /** The shared passages: `a` in last year's draft, `b` in this year's. */
  passages: { text: string; a: Place; b: Place }[];
}

export interface FollowUpResult {
  /** This year's 上次整改落实情况 part, or null when the draft has none (then every measure is skipped). */
  part: { heading: string | null; first: number; last: number } | null;
  /** Last year's measures, in document order. */
  measures: MeasureReport[];
  repeated: RepeatedProblem[];
}

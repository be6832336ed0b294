import type { TopicSpec } from "./types";
import { TermMatcher } from "./matcher";
import { TOPICS } from "../../data/topics";

/** The topics compiled for matching and linking: built once, shared by every analysis. */
export interface TopicIndex {
  topics: readonly TopicSpec[];
  /** Index of each topic id. */
  byId: ReadonlyMap<string, number>;
  /** One matcher over every term of every topic. */
  matcher: TermMatcher;
  /** For each term of the matcher: the topics it shows and its weight for each. */
  termTopics: readonly { topic: number; weight: number }[][];
  /**
   * How far a cause's topic u explains a problem's topic t: `cause[t * n + u]` (1 on the
   * diagonal, `related` made symmetric, and `explains`, one way: the cause's u explains t).
   */
  cause: Float64Array;
  /**
   * The same for a measure: `related` at MEASURE_RELATED of its weight (a measure answers what it
   * names; one on a close topic answers a problem only in part), no `explains`.
   */
  measure: Float64Array;
  /** For each problem topic t, the topics u (t first) with a weight above 0, per kind. */
  measureSources: readonly number[][];
  causeSources: readonly number[][];
}

/** Compiles topics (the shipped ones by default) into an index. */
/** What a related topic counts for in a measure, against a cause. */
const MEASURE_RELATED = 0.5;

export function compileTopics(topics: readonly TopicSpec[] = TOPICS): TopicIndex {
  const n = topics.length;
  const byId = new Map(topics.map((t, k) => [t.id, k]));
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const termTopics: { topic: number; weight: number }[][] = [];
  topics.forEach((topic, k) => {
    for (const [term, weight] of topic.terms) {
      let at = termIndex.get(term);
      if (at === undefined) {
        at = terms.length;
        termIndex.set(term, at);
        terms.push(term);
        termTopics.push([]);
      }
      termTopics[at].push({ topic: k, weight });
    }
  });
  const related = new Float64Array(n * n);
  for (let t = 0; t < n; t++) related[t * n + t] = 1;
  topics.forEach((topic, t) => {
    for (const [id, w] of Object.entries(topic.related)) {
      const u = byId.get(id);
      if (u === undefined || u === t) continue;
      related[t * n + u] = Math.max(related[t * n + u], w);
      related[u * n + t] = Math.max(related[u * n + t], w);
    }
  });
  const measure = related.map((w, k) => (k % (n + 1) === 0 ? w : w * MEASURE_RELATED));
  const cause = Float64Array.from(related);
  topics.forEach((topic, u) => {
    for (const [id, w] of Object.entries(topic.explains ?? {})) {
      const t = byId.get(id);
      if (t === undefined || t === u) continue;
      cause[t * n + u] = Math.max(cause[t * n + u], w);
    }
  });
  const sources = (m: Float64Array) =>
    Array.from({ length: n }, (_, t) => [t, ...Array.from({ length: n }, (_, u) => u).filter((u) => u !== t && m[t * n + u] > 0)]);
  return {
    topics,
    byId,
    matcher: new TermMatcher(terms),
    termTopics,
    measure,
    cause,
    measureSources: sources(measure),
    causeSources: sources(cause),
  };
}

let shipped: TopicIndex | null = null;

/** The shipped topics, compiled on first use. */
export function topicIndex(): TopicIndex {
  return (shipped ??= compileTopics());
}

import type { Paragraphs } from "../types";
import type { Correspondence, CorrespondenceLink, EvidenceSentence, SharedTopic } from "./types";
import { topicIndex, type TopicIndex } from "./topics";
import { headingKey } from "../structure/ids";
import { nodesById } from "../text/nodeText";
import { SAME_POSITIONS, type PositionMap } from "./mapBack";
import {
  FIRST_HITS,
  HITS,
  NONE,
  PAIRS,
  SCORES,
  SENTENCES,
  STRETCHES,
  cite,
  firstSentence,
  indexPairs,
  readGroup,
  sharesOf,
  type Call,
  type CorrespondenceInput,
  type Reading,
} from "./reading";
import { restatements, sharedPairs, sharedWords, WORDS_MIN, type SharedPairs } from "./words";

/*
 * Problems ↔ causes ↔ measures (shared/domain/README.md §4): the correspondence is many-to-many
 * and topical, not one-to-one by position.
 *
 * - Topics: each group's text is scanned once for the terms of every topic (src/data/topics/); a
 *   cause or a measure covers a problem group as far as it speaks to the problem's topics, or to
 *   close ones (`related`; for a cause also the roots it `explains`).
 * - Words: a measure that names what the problem names (景区, 报表, 古建筑修缮) answers it even
 *   without a topic's vocabulary: pairs of characters that few groups of the material share.
 * - Mirroring: a measure in the problem's place with the same aspect words in its heading covers
 *   it more strongly; the place alone never makes a link.
 *
 * Linear in the text: one scan per group for the terms, one for the character pairs, and each
 * problem compared only with the causes and measures that share a topic (at most
 * CANDIDATES_PER_TOPIC per topic) or a rare pair with it, inside its own material (block).
 */

/** A target's score for a topic at which it fully answers that topic (about two telling terms). */
const SATURATION = 6;
/**
 * Share of a target's own topics at which a topic counts in full: a measure that mentions a
 * topic once among much else (高质量发展 in a measure on 廉洁) answers it only that much.
 */
const SHARE_FULL = 0.2;
/** Share of a problem's topics a target must speak to for a link, and for a strong one. */
const WEAK = 0.3;
const STRONG = 0.6;
/**
 * What a cause or measure that covers one item of a problem group (一是…, 1. …) scores for the
 * group: it answers part of it.
 */
const ITEM_WEIGHT = 0.5;
/** What mirroring adds to a measure's score. */
const MIRROR_BONUS = 0.3;
/** Causes or measures considered per topic of a problem (the most telling first). */
const CANDIDATES_PER_TOPIC = 16;
/** Shared rare pairs (by weight) at which the words alone make a full link, and what they add at most. */
const WORDS_FULL = 6;
const WORDS_WEIGHT = 0.6;
/** Scratch for linkOf: the causes or measures to weigh for a problem, and what one covers of it or of an item. */
const CANDIDATES = new Set<Reading>();
const SHARED: number[] = [];
const ITEM_SHARED: number[] = [];
/** Evidence kept per link: topics (those that count for at least EVIDENCE_MIN). */
const TOPICS_SHOWN = 3;
const EVIDENCE_MIN = 0.05;

/**
 * The correspondence of a material's groups (`items`), over its paragraphs. `positions` tells the
 * positions found in `paragraphs` in the document's real paragraphs (when lines were joined).
 */
export function findCorrespondence(
  paragraphs: Paragraphs,
  input: CorrespondenceInput,
  positions: PositionMap = SAME_POSITIONS,
  index: TopicIndex = topicIndex(),
): Correspondence {
  const nodes = nodesById(input.outline);
  // The part of each paragraph that holds groups (parts do not overlap).
  const partAt = new Int32Array(paragraphs.length).fill(-1);
  input.parts.forEach((p, k) => {
    if (p.role !== "problems" && p.role !== "case" && p.role !== "causes" && p.role !== "measures") return;
    for (let i = p.first; i <= p.last && i < paragraphs.length; i++) partAt[i] = k;
  });
  const groups = input.items.filter((i) => i.part === "problems" || i.part === "case" || i.part === "causes" || i.part === "measures");
  // A case part (反面典型案例剖析) without groups of its own is one problem group, with an id from
  // its heading's words as the items' are.
  const ids = new Set(groups.map((g) => g.id));
  let added = false;
  for (const part of input.parts) {
    if (part.role !== "case" || groups.some((g) => g.part === "case" && part.first <= g.paragraph && g.paragraph <= part.last)) continue;
    const node = part.node ? nodes.get(part.node) : undefined;
    const title = node?.title || part.heading || "反面典型案例剖析";
    let id = `K:${headingKey(title)}`;
    for (let k = 2; ids.has(id); k++) id = `K:${headingKey(title)}#${k}`;
    ids.add(id);
    groups.push({ id, part: "case", title, paragraph: part.paragraph, lastParagraph: part.last, node: part.node ?? "", children: 0 });
    added = true;
  }
  if (added) groups.sort((a, b) => a.paragraph - b.paragraph);
  const n = index.topics.length;
  const call: Call = { paragraphs, positions, index, n, terms: new Array(groups.length * n) };
  STRETCHES.reset();
  SENTENCES.reset();
  HITS.reset();
  PAIRS.reset();
  SCORES.reset(groups.length * n);
  FIRST_HITS.reset(groups.length * n);
  FIRST_HITS.data.fill(-1, 0, groups.length * n);

  const readings: Reading[] = [];
  let block = 0;
  let seenTargets = false;
  const counters = { problems: 0, case: 0, causes: 0, measures: 0 };
  for (let k = 0; k < groups.length; k++) {
    const item = groups[k];
    // A problems group after causes or measures opens the next material in the document.
    if (item.part === "problems" && seenTargets) {
      block++;
      seenTargets = false;
      counters.problems = counters.case = counters.causes = counters.measures = 0;
    }
    if (item.part === "causes" || item.part === "measures") seenTargets = true;
    const at = partAt[item.paragraph] ?? -1;
    const part = at >= 0 && input.parts[at].role === item.part ? input.parts[at] : undefined;
    const next = groups[k + 1];
    const nextNode = next && next.part === item.part ? nodes.get(next.node) : undefined;
    readings.push(readGroup(call, k, item, nodes.get(item.node), nextNode, part, block, counters[item.part]++));
  }

  const links: CorrespondenceLink[] = [];
  for (let from = 0; from < readings.length; ) {
    let to = from;
    while (to < readings.length && readings[to].group.block === readings[from].group.block) to++;
    const inBlock = readings.slice(from, to);
    indexPairs(call, inBlock);
    linkBlock(call, inBlock, links);
    from = to;
  }
  return { groups: readings.map((r) => r.group), links, writer: [] };
}

const saturate = (x: number) => (x >= SATURATION ? 1 : x / SATURATION);

/** Links of one block: each problem (and case) group with the causes and measures that cover it. */
function linkBlock(call: Call, readings: readonly Reading[], links: CorrespondenceLink[]): void {
  const { index, n } = call;
  const isProblem = readings.map((r) => r.group.part === "problems" || r.group.part === "case");
  const causes = readings.filter((r) => r.group.part === "causes");
  const measures = readings.filter((r) => r.group.part === "measures");
  const measureAt = new Map(measures.map((m) => [m.group.index, m]));
  // Per topic, the causes (or measures) that speak of it, the most telling first.
  const byTopic = (targets: readonly Reading[]) => {
    const map = new Map<number, Reading[]>();
    for (const r of targets) {
      for (let t = 0; t < n; t++) {
        if (SCORES.data[r.k * n + t] < 1) continue;
        const list = map.get(t);
        if (list) list.push(r);
        else map.set(t, [r]);
      }
    }
    for (const [t, list] of map) {
      if (list.length <= CANDIDATES_PER_TOPIC) continue;
      list.sort((a, b) => SCORES.data[b.k * n + t] - SCORES.data[a.k * n + t]);
      list.length = CANDIDATES_PER_TOPIC;
    }
    return map;
  };
  const causeIndex = byTopic(causes);
  const measureIndex = byTopic(measures);

  const words = sharedPairs(call, readings, isProblem, measures);

  for (let b = 0; b < readings.length; b++) {
    if (!isProblem[b]) continue;
    const p = readings[b];
    const shares = sharesOf(SCORES.data, p.k * n, n);
    const found: CorrespondenceLink[] = [];
    for (const kind of ["cause", "measure"] as const) {
      const targetIndex = kind === "cause" ? causeIndex : measureIndex;
      const sources = kind === "cause" ? index.causeSources : index.measureSources;
      const candidates = CANDIDATES;
      candidates.clear();
      for (let x = 0; x < shares.length; x += 2) for (const u of sources[shares[x]]) for (const r of targetIndex.get(u) ?? []) candidates.add(r);
      // A measure that shares words, or stands in the problem's place, is a candidate whatever its topics.
      const shared = kind === "measure" ? words.get(b) : undefined;
      if (shared) for (const m of shared.keys()) candidates.add(m);
      const mirror = kind === "measure" && p.group.part === "problems" ? measureAt.get(p.group.index) : undefined;
      if (mirror) candidates.add(mirror);
      for (const target of candidates) {
        const w = shared?.get(target);
        const link = linkOf(call, p, target, kind, shares, target === mirror, w && w.at.length >= WORDS_MIN ? w : null);
        if (link) found.push(link);
      }
    }
    found.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "cause" ? -1 : 1) || (a.strength === b.strength ? 0 : a.strength === "strong" ? -1 : 1) || b.score - a.score);
    for (const l of found) links.push(l);
  }
  for (const c of causes) {
    const found = restatements(call, c, readings, isProblem);
    if (found.length) c.group.restates = found;
  }
}

/**
 * How much of a problem's topics (`shares`: topic, share, …) a cause or measure speaks to (0–1):
 * per topic the best of the target's topics that answer it (itself, or a related one at its
 * weight), by how much the target says of it (SATURATION) and how much of the target it is
 * (SHARE_FULL). The topics that count go into `shared` (problem topic, target topic, value, …).
 */
function coverage(call: Call, target: Reading, kind: "cause" | "measure", shares: readonly number[], shared: number[]): number {
  const { index, n } = call;
  if (target.total === 0) return 0;
  const weights = kind === "cause" ? index.cause : index.measure;
  const sources = kind === "cause" ? index.causeSources : index.measureSources;
  const scores = SCORES.data;
  const base = target.k * n;
  let covered = 0;
  for (let x = 0; x < shares.length; x += 2) {
    const t = shares[x];
    let best = 0;
    let via = t;
    for (const u of sources[t]) {
      const su = scores[base + u];
      if (su <= 0) continue;
      const v = weights[t * n + u] * saturate(su) * Math.min(1, su / target.total / SHARE_FULL);
      if (v > best) {
        best = v;
        via = u;
      }
    }
    if (best <= 0) continue;
    covered += shares[x + 1] * best;
    shared.push(t, via, shares[x + 1] * best);
  }
  return covered;
}

function linkOf(
  call: Call,
  p: Reading,
  target: Reading,
  kind: "cause" | "measure",
  shares: readonly number[],
  samePlace: boolean,
  pairs: SharedPairs | null,
): CorrespondenceLink | null {
  const { index, n } = call;
  // What the target covers of the problem's topics; failing more, of one of its items (which
  // can only give up to ITEM_WEIGHT).
  SHARED.length = 0;
  let shared = SHARED;
  let covered = coverage(call, target, kind, shares, shared);
  if (covered < ITEM_WEIGHT && p.itemShares) {
    for (const item of p.itemShares) {
      ITEM_SHARED.length = 0;
      const value = ITEM_WEIGHT * coverage(call, target, kind, item, ITEM_SHARED);
      if (value <= covered) continue;
      covered = value;
      shared = ITEM_SHARED.map((v, x) => (x % 3 === 2 ? v * ITEM_WEIGHT : v));
    }
  }
  const headingWords = samePlace ? sharedHeadingWords(call, p, target) : null;
  const mirrored = headingWords !== null;
  const fromWords = pairs ? WORDS_WEIGHT * Math.min(1, pairs.weight / WORDS_FULL) : 0;
  const value = Math.min(1, covered + (mirrored ? MIRROR_BONUS : 0) + fromWords);
  if (value < WEAK) return null;

  // Evidence: the topics that count most (by value), their terms and first sentences on each side.
  const order: number[] = [];
  for (let x = 0; x < shared.length; x += 3) if (shared[x + 2] >= EVIDENCE_MIN) order.push(x);
  if (order.length > 1) order.sort((a, b) => shared[b + 2] - shared[a + 2]);
  if (order.length > TOPICS_SHOWN) order.length = TOPICS_SHOWN;
  const topics: SharedTopic[] = [];
  const sentences: EvidenceSentence[] = [];
  for (const x of order) {
    const t = shared[x];
    const u = shared[x + 1];
    topics.push({ topic: index.topics[t].id, via: index.topics[u].id, problemTerms: call.terms[p.k * n + t] ?? NONE, targetTerms: call.terms[target.k * n + u] ?? NONE });
    cite(call, p, "problem", firstSentence(call, p, t), sentences);
    cite(call, target, "target", firstSentence(call, target, u), sentences);
  }
  const words = pairs ? sharedWords(call, p, target, pairs.at, sentences) : NONE;
  if (sentences.length > 1) sentences.sort((a, b) => (a.side === b.side ? 0 : a.side === "problem" ? -1 : 1) || a.paragraph - b.paragraph || a.start - b.start);
  return {
    problem: p.group.id,
    target: target.group.id,
    kind,
    strength: value >= STRONG ? "strong" : "weak",
    score: Math.round(value * 100) / 100,
    mirrored,
    source: "auto",
    evidence: { topics, words, headingWords, sentences },
  };
}

/** Normalised heading words, without the frame words every heading has (在…方面, 加强, 不够 …). */
function aspectKey(heading: string): string {
  let kept = "";
  for (let i = 0; i < heading.length; i++) {
    const c = heading.charCodeAt(i);
    // Chinese characters, letters and digits are words; anything else parts them.
    kept += (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? heading[i] : "|";
  }
  return kept
    .replace(/^在/, "")
    .replace(/方面|问题|进一步|切实|着力|持续|不断|坚持|加强|强化|提高|提升|增强|树牢|筑牢|深入|推动|推进|扎实|全面|努力|存在|差距|不够|不足|不到位|不强|不深|不实|不严|不高|有待|还需|还有|有所|工作|建设|上|的/g, "|");
}

/**
 * The aspect words a problem's heading and a measure's heading share: a telling term of a topic
 * in both, or the same words (three characters or more, frame words aside). Null when none.
 */
function sharedHeadingWords(call: Call, p: Reading, m: Reading): string | null {
  const { index } = call;
  let best: string | null = null;
  for (const t of p.headingTerms ?? []) {
    const term = index.matcher.terms[t];
    if (m.headingTerms?.includes(t) && index.termTopics[t].some((x) => x.weight >= 3) && (!best || term.length > best.length)) best = term;
  }
  if (best) return best;
  const a = (p.aspect ??= aspectKey(p.headingText));
  const b = (m.aspect ??= aspectKey(m.headingText));
  // Longest common run of the two short keys (headings are a few dozen characters at most).
  let run = "";
  for (let i = 0; i < a.length && i < 80; i++) {
    for (let j = 0; j < b.length && j < 80; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k] && a[i + k] !== "|") k++;
      if (k > run.length) run = a.slice(i, i + k);
    }
  }
  return run.length >= 3 ? run : null;
}


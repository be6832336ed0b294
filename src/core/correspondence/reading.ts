import type { Item, OutlineNode, Paragraphs, Part } from "../types";
import type { CorrespondenceGroup, CorrespondenceItem, EvidenceSentence, GroupPart, TextSpan, TopicScore } from "./types";
import type { TopicIndex } from "./topics";
import type { PositionMap } from "./mapBack";
import { concreteMarks } from "./concrete";
import { loose, PairTable, pairAt } from "./pairs";
import { FloatBuffer, IntBuffer } from "./buffers";

/*
 * Reading the groups of a material for the correspondence (correspondence.ts): each group's text
 * scanned once for the terms of every topic, cut into sentences, scored per topic (and per item),
 * and its character pairs put in the block's pair table. What it holds in numbers lives in a few
 * buffers shared by all groups, reused from one analysis to the next.
 */

/** Words of a group's heading tell what it is about: they count this many times. */
const HEADING_FACTOR = 2;
/** A term counts at most this many times in a group (or an item): repetition is no new evidence. */
const TERM_CAP = 3;
/** Below this score a topic of a group is noise (a lone 学习, 群众). */
const MIN_TOPIC = 2;
/** Terms shown per topic of a group; topics and terms kept for an item (一是…) inside a group. */
const TERMS_SHOWN = 5;
const ITEM_TOPICS = 3;
const ITEM_TERMS = 3;
/** Evidence sentences kept per link, a side. */
const SENTENCES_PER_SIDE = 4;
/** An item's topic counts for this only from this score up (one usual word of it: 学习不够, 调研). */
const ITEM_MIN_TOPIC = 3;

const isStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
const isBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0;

/**
 * A group while it is being read. What it holds in numbers (terms found, sentences, stretches of
 * text, character pairs, scores per topic) lives in the buffers below, as ranges: a long document
 * has thousands of groups, and the result is all that should be left to collect.
 */
export interface Reading {
  group: CorrespondenceGroup;
  /** Its number among the groups of the document: its scores and first hits are at k × topics. */
  k: number;
  /** Its number in its block (in the pair table). */
  inBlock: number;
  /** Its stretches of text, sentences, terms found and (for a measure) pairs: [from, to) in their buffers. */
  stretches: number;
  stretchesEnd: number;
  sentences: number;
  sentencesEnd: number;
  hits: number;
  hitsEnd: number;
  pairs: number;
  pairsEnd: number;
  /** The sum of its topic scores at or above MIN_TOPIC. */
  total: number;
  /** A problem group's items: each one's topics and their shares (topic, share, …), for the items that have some. */
  itemShares: number[][] | null;
  headingText: string;
  headingTerms: number[] | null;
  /** Its heading's aspect words, made when first compared. */
  aspect: string | null;
  /** Its sentences as evidence (in real positions), made when a link first cites them. */
  cited: Map<number, EvidenceSentence> | null;
}

/** One empty list for every group or link that has none (the result is read-only). */
export const NONE: readonly never[] = Object.freeze([]);

/** Stretches of text: paragraph, start, end. */
export const STRETCHES = new IntBuffer();
/** Sentences: paragraph, start, end. */
export const SENTENCES = new IntBuffer();
/** Terms found: term, sentence (its number in SENTENCES), item (-1 before the first), in the heading (1) or not. */
export const HITS = new IntBuffer();
/** Terms the matcher found in one stretch: term, offset. */
const FOUND = new IntBuffer();
/** A measure's distinct character pairs: slot in the block's pair table, paragraph and offset of the first. */
export const PAIRS = new IntBuffer();
/** Per group and topic: score, and the hit (its number) where the topic first shows (-1: none). */
export const SCORES = new FloatBuffer();
export const FIRST_HITS = new IntBuffer();
/** Character pairs of the block being linked, with the groups that hold them. */
export const table = new PairTable();

/** What one call works with. */
export interface Call {
  paragraphs: Paragraphs;
  positions: PositionMap;
  index: TopicIndex;
  /** Number of topics. */
  n: number;
  /** Per group and topic: its terms, most telling first. */
  terms: (string[] | undefined)[];
}

export interface CorrespondenceInput {
  parts: readonly Part[];
  items: readonly Item[];
  outline: readonly OutlineNode[];
}

/** Whether position (p1, o1) comes before (p2, o2). */
const before = (p1: number, o1: number, p2: number, o2: number) => p1 < p2 || (p1 === p2 && o1 < o2);

export function readGroup(
  call: Call,
  k: number,
  item: Item,
  node: OutlineNode | undefined,
  nextNode: OutlineNode | undefined,
  part: Part | undefined,
  block: number,
  position: number,
): Reading {
  const { paragraphs, positions, index } = call;
  const first = node?.paragraph ?? item.paragraph;
  const start = node ? node.start : 0;
  let last = Math.min(node?.lastParagraph ?? item.lastParagraph, part?.last ?? item.lastParagraph, paragraphs.length - 1);
  let lastEnd = paragraphs[last]?.text.length ?? 0;
  // A group that runs on in one paragraph (一是…二是… as groups) ends where the next one starts.
  if (nextNode && before(first, start, nextNode.paragraph, nextNode.start) && nextNode.paragraph <= last) {
    last = nextNode.paragraph;
    lastEnd = nextNode.start;
  }
  const heading: TextSpan = node
    ? node.titleEnd > node.titleStart
      ? { paragraph: node.paragraph, start: node.titleStart, end: node.titleEnd }
      : { paragraph: node.paragraph, start: node.start, end: node.end }
    : { paragraph: item.paragraph, start: 0, end: paragraphs[item.paragraph]?.text.length ?? 0 };
  const children = node?.children ?? [];
  const group: CorrespondenceGroup = {
    id: item.id,
    part: item.part as GroupPart,
    title: item.title,
    heading: positions.span(heading.paragraph, heading.start, heading.end),
    lastParagraph: positions.last(last),
    characters: 0,
    index: position,
    block,
    topics: NONE,
    items: NONE,
    restates: NONE,
    concrete: NONE,
  };
  const r: Reading = {
    group,
    k,
    inBlock: 0,
    stretches: STRETCHES.length / 3,
    stretchesEnd: 0,
    sentences: SENTENCES.length / 3,
    sentencesEnd: 0,
    hits: HITS.length / 4,
    hitsEnd: 0,
    pairs: 0,
    pairsEnd: 0,
    total: 0,
    itemShares: null,
    headingText: paragraphs[heading.paragraph]?.text.slice(heading.start, heading.end) ?? item.title,
    headingTerms: null,
    aspect: null,
    cited: null,
  };

  let child = -1;
  for (let p = first; p <= last; p++) {
    const text = paragraphs[p].text;
    const from = p === first ? Math.min(start, text.length) : 0;
    const to = p === last ? Math.min(lastEnd, text.length) : text.length;
    if (from >= to) continue;
    group.characters += to - from;
    STRETCHES.push(p);
    STRETCHES.push(from);
    STRETCHES.push(to);
    // Sentences of this stretch: each paragraph starts one, a full stop ends one.
    let s = SENTENCES.length / 3;
    let sentenceStart = from;
    let filled = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isBlank(c)) filled = true;
      if (!isStop(c) && i !== to - 1) continue;
      if (filled) {
        SENTENCES.push(p);
        SENTENCES.push(sentenceStart);
        SENTENCES.push(i + 1);
      }
      sentenceStart = i + 1;
      filled = false;
    }
    const count = SENTENCES.length / 3;
    FOUND.length = 0;
    index.matcher.scanInto(text, from, to, FOUND);
    for (let f = 0; f < FOUND.length; f += 2) {
      const term = FOUND.data[f];
      const at = FOUND.data[f + 1];
      while (child + 1 < children.length && !before(p, at, children[child + 1].paragraph, children[child + 1].start)) child++;
      while (s + 1 < count && SENTENCES.data[s * 3 + 2] <= at) s++;
      const inHeading = p === heading.paragraph && at >= heading.start && at < heading.end;
      HITS.push(term);
      HITS.push(s);
      HITS.push(child);
      HITS.push(inHeading ? 1 : 0);
      if (inHeading && !r.headingTerms?.includes(term)) (r.headingTerms ??= []).push(term);
    }
  }
  r.stretchesEnd = STRETCHES.length / 3;
  r.sentencesEnd = SENTENCES.length / 3;
  r.hitsEnd = HITS.length / 4;

  const n = call.n;
  group.topics = score(call, r.hits, r.hitsEnd, SCORES.data, k * n, r, TERMS_SHOWN);
  for (let t = 0; t < n; t++) if (SCORES.data[k * n + t] >= MIN_TOPIC) r.total += SCORES.data[k * n + t];
  // A problem group's items (一是…, 1. …) have topics of their own: a cause or a measure may answer one of them.
  if (children.length && (group.part === "problems" || group.part === "case")) {
    // An item's hits are the run of hits that name it (hits are in text order).
    const profile = scratch(index).profile;
    let h = r.hits;
    group.items = children.map((c, item): CorrespondenceItem => {
      while (h < r.hitsEnd && HITS.data[h * 4 + 2] < item) h++;
      const from = h;
      while (h < r.hitsEnd && HITS.data[h * 4 + 2] === item) h++;
      let topics = score(call, from, h, profile, 0, null, ITEM_TERMS);
      if (topics.length) (r.itemShares ??= []).push(sharesOf(profile, 0, call.n, ITEM_MIN_TOPIC));
      profile.fill(0);
      if (topics.length > ITEM_TOPICS) topics = topics.slice(0, ITEM_TOPICS);
      const at = positions.at(c.paragraph, c.start);
      return { node: c.id, label: c.label, title: c.title, paragraph: at.paragraph, start: at.offset, topics };
    });
  }
  if (group.part === "causes") {
    const marks = concreteMarks(paragraphs, first, start, last, lastEnd);
    if (marks.length) group.concrete = marks.map((m) => ({ ...positions.span(m.paragraph, m.start, m.end), text: m.text }));
  }
  return r;
}

/**
 * Topic scores from hits [from, to), into `profile` at `offset`: heading words count double, a
 * term at most TERM_CAP times. Returns the topics at or above MIN_TOPIC, highest first, each with
 * its `shown` most telling terms; for a whole group (`r`), also keeps each topic's first hit and terms.
 */
function score(call: Call, from: number, to: number, profile: Float64Array, offset: number, r: Reading | null, shown: number): readonly TopicScore[] {
  const { index, n } = call;
  const { counts, counted, touched } = scratch(index);
  touched.length = 0;
  const hits = HITS.data;
  for (let h = from; h < to; h++) {
    const term = hits[h * 4];
    if (counts[term] === 0) touched.push(term);
    const c = ++counts[term];
    if (r) for (const { topic } of index.termTopics[term]) if (FIRST_HITS.data[r.k * n + topic] < 0) FIRST_HITS.data[r.k * n + topic] = h;
    if (c > TERM_CAP) continue;
    const factor = hits[h * 4 + 3] ? HEADING_FACTOR : 1;
    for (const { topic, weight } of index.termTopics[term]) profile[offset + topic] += weight * factor;
    counted[term] += factor;
  }
  // Each topic's terms, most telling first: value and term in one number, to sort without objects.
  const { keyed, topics, terms: termsFor } = scratch(index);
  topics.length = 0;
  for (const term of touched) {
    if (counted[term] === 0) continue;
    for (const { topic, weight } of index.termTopics[term]) {
      const list = keyed[topic];
      if (list.length === 0) topics.push(topic);
      // Insertion in order: a topic has a few terms in a group.
      const key = counted[term] * weight * 65536 + (65535 - term);
      let at = list.length;
      list.push(key);
      while (at > 0 && list[at - 1] < key) {
        list[at] = list[at - 1];
        at--;
      }
      list[at] = key;
    }
  }
  // The topics at or above MIN_TOPIC, highest first (of equal scores, the first in the data). A
  // cause's or measure's weaker topics keep their terms too: they may answer a problem's topic.
  const shownTopics: number[] = [];
  const allTerms = r !== null && (r.group.part === "causes" || r.group.part === "measures");
  for (const topic of topics) {
    const list = keyed[topic];
    const value = profile[offset + topic];
    if (value >= MIN_TOPIC || allTerms) {
      const terms: string[] = [];
      for (let k = 0; k < list.length && k < shown; k++) terms.push(index.matcher.terms[65535 - (list[k] % 65536)]);
      if (r) call.terms[r.k * n + topic] = terms;
      termsFor[topic] = terms;
      if (value >= MIN_TOPIC) {
        let at = shownTopics.length;
        shownTopics.push(topic);
        while (at > 0 && (profile[offset + shownTopics[at - 1]] < value || (profile[offset + shownTopics[at - 1]] === value && shownTopics[at - 1] > topic))) {
          shownTopics[at] = shownTopics[at - 1];
          at--;
        }
        shownTopics[at] = topic;
      }
    }
    list.length = 0;
  }
  for (const term of touched) counts[term] = counted[term] = 0;
  if (!shownTopics.length) return NONE;
  return shownTopics.map((topic) => ({ topic: index.topics[topic].id, score: profile[offset + topic], terms: termsFor[topic]! }));
}

/** Scratch space for `score`, kept per topic index and cleared after each use. */
interface Scratch {
  counts: Int32Array;
  counted: Int32Array;
  touched: number[];
  profile: Float64Array;
  /** Per topic, its terms keyed for sorting, and as shown; and the topics that have some. */
  keyed: number[][];
  terms: (string[] | null)[];
  topics: number[];
}
const scratches = new WeakMap<TopicIndex, Scratch>();
function scratch(index: TopicIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const terms = index.matcher.terms.length;
    const n = index.topics.length;
    s = { counts: new Int32Array(terms), counted: new Int32Array(terms), touched: [], profile: new Float64Array(n), keyed: Array.from({ length: n }, () => []), terms: new Array<string[] | null>(n).fill(null), topics: [] };
    scratches.set(index, s);
  }
  return s;
}

/** The character pairs of a block's groups, into the pair table (group number: its place in the block). */
export function indexPairs(call: Call, readings: readonly Reading[]): void {
  let characters = 0;
  for (const r of readings) characters += r.group.characters;
  table.reset(characters);
  for (let b = 0; b < readings.length; b++) {
    const r = readings[b];
    r.inBlock = b;
    // Only a measure's pairs are read again (the words it shares with a problem).
    const measure = r.group.part === "measures";
    r.pairs = PAIRS.length / 3;
    for (let x = r.stretches; x < r.stretchesEnd; x++) {
      const paragraph = STRETCHES.data[x * 3];
      const end = STRETCHES.data[x * 3 + 2];
      const text = call.paragraphs[paragraph].text;
      for (let i = STRETCHES.data[x * 3 + 1]; i + 1 < end; i++) {
        const key = pairAt(text, i);
        // A pair with a particle or a numeral in it is no word, and says nothing of a restatement.
        if (key < 0 || loose(key)) continue;
        const slot = table.add(key, b);
        if (slot < 0 || !measure) continue;
        PAIRS.push(slot);
        PAIRS.push(paragraph);
        PAIRS.push(i);
      }
    }
    r.pairsEnd = PAIRS.length / 3;
  }
}

/** The topics (at or above `min`) of scores at `offset`, and the share of each: topic, share, for each. */
export function sharesOf(scores: Float64Array, offset: number, n: number, min = MIN_TOPIC): number[] {
  let total = 0;
  for (let t = 0; t < n; t++) if (scores[offset + t] >= min) total += scores[offset + t];
  const out: number[] = [];
  if (total === 0) return out;
  for (let t = 0; t < n; t++) if (scores[offset + t] >= min) out.push(t, scores[offset + t] / total);
  return out;
}

/** The sentence (its number) where a topic first shows in a group, or -1. */
export function firstSentence(call: Call, r: Reading, topic: number): number {
  const h = FIRST_HITS.data[r.k * call.n + topic];
  return h < 0 ? -1 : HITS.data[h * 4 + 1];
}

/** The sentence (its number) of a group that holds an offset of a paragraph (its last one before, failing that). */
export function sentenceAt(r: Reading, paragraph: number, offset: number): number {
  let lo = r.sentences;
  let hi = r.sentencesEnd - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const p = SENTENCES.data[mid * 3];
    if (p < paragraph || (p === paragraph && SENTENCES.data[mid * 3 + 1] <= offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Adds sentence `s` of a group to a link's evidence (one object per sentence, shared by the links citing it), within SENTENCES_PER_SIDE a side. */
export function cite(call: Call, r: Reading, side: "problem" | "target", s: number, out: EvidenceSentence[]): void {
  if (s < 0) return;
  let sentence = r.cited?.get(s);
  if (sentence && out.includes(sentence)) return;
  let count = 0;
  for (const x of out) if (x.side === side) count++;
  if (count >= SENTENCES_PER_SIDE) return;
  if (!sentence) {
    const span = call.positions.span(SENTENCES.data[s * 3], SENTENCES.data[s * 3 + 1], SENTENCES.data[s * 3 + 2]);
    sentence = { side, paragraph: span.paragraph, start: span.start, end: span.end };
    (r.cited ??= new Map()).set(s, sentence);
  }
  out.push(sentence);
}

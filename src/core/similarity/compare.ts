import type { Paragraphs } from "../types";
import { fingerprints } from "./fingerprint";
import { normalizeDraft, type NormalDraft } from "./normalize";
import { shippedStock, stockMask, type StockIndex } from "./stock";
import type { DraftSummary, Place, SharedPassage, SimilarPair, SimilarityResult } from "./types";

/*
 * 查重 between drafts: the passages each pair of drafts shares, with their places in both.
 *
 * 1. Each draft is normalised (normalize.ts: punctuation, spaces and list numbers left out) and
 *    its stock text marked (stock.ts: formulations, headings, built-in phrases, usual sentences).
 * 2. Fingerprints by winnowing (fingerprint.ts) over the writer's own text: every shared run of
 *    at least minChars own characters yields a common fingerprint.
 * 3. Fingerprints shared by two drafts are hits; each hit is extended both ways to the maximal
 *    passage the two drafts have in common (stock text included; over a paragraph's end only
 *    where both drafts end a paragraph there; lines broken inside a sentence are one paragraph),
 *    hits inside a passage already found are skipped. A passage over such lines is reported line
 *    by line: a place is in one paragraph.
 * 4. Overlaps are resolved longest first (a passage repeated in one draft is reported once), and
 *    a passage with fewer than minChars own characters is dropped: text that only stock makes up
 *    is not copying. A passage over several paragraphs counts whole towards the score (so a copy
 *    scores 1), and lists its paragraphs that have minChars own characters.
 *
 * The work grows with the text (fingerprints are a fixed share of it) and with what the drafts
 * share; drafts that share nothing cost nothing per pair.
 */

export interface CompareOptions {
  /** Own characters (not stock text, punctuation and numbers left out) a passage needs: 20 by default. */
  minChars?: number;
  /** Stock text to leave out: the shipped stock by default; null for none. */
  stock?: StockIndex | null;
}

export const DEFAULT_MIN_CHARS = 20;
/** The k-gram's length: a run of k characters is what two drafts must share to be compared at all. */
const MAX_K = 10;

/** A draft made ready: normalised, stock marked, own characters counted. */
interface Prepared {
  paragraphs: Paragraphs;
  normal: NormalDraft;
  mask: Uint8Array;
  /** ownBefore[i]: own characters in chars[0, i). */
  ownBefore: Int32Array;
}

function prepare(paragraphs: Paragraphs, stock: StockIndex | null): Prepared {
  const normal = normalizeDraft(paragraphs);
  const n = normal.chars.length;
  const mask = stock ? stockMask(normal, stock) : new Uint8Array(n);
  const ownBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) ownBefore[i + 1] = ownBefore[i] + (mask[i] ? 0 : 1);
  return { paragraphs, normal, mask, ownBefore };
}

/** Compare every pair of `drafts` (each a document's paragraphs). */
export function compareDrafts(drafts: readonly Paragraphs[], options: CompareOptions = {}): SimilarityResult {
  const minChars = Math.max(1, Math.floor(options.minChars ?? DEFAULT_MIN_CHARS));
  const k = Math.min(MAX_K, minChars);
  const window = minChars - k + 1;
  const stock = options.stock === undefined ? shippedStock() : options.stock;
  const prepared = drafts.map((d) => prepare(d, stock));

  // Every fingerprint of every draft: hash, draft, position.
  const fp: number[] = [];
  const hashes: number[] = [];
  const owners: number[] = [];
  const positions: number[] = [];
  prepared.forEach((d, index) => {
    fp.length = 0;
    fingerprints(d.normal, d.mask, k, window, fp);
    for (let x = 0; x < fp.length; x += 2) {
      hashes.push(fp[x]);
      owners.push(index);
      positions.push(fp[x + 1]);
    }
  });
  const order = Uint32Array.from(hashes.keys());
  order.sort((x, y) => hashes[x] - hashes[y] || x - y);

  // Hits per pair of drafts: the places of a fingerprint both hold (position in a, in b, …).
  const hits = new Map<number, number[]>();
  const count = drafts.length;
  for (let from = 0; from < order.length; ) {
    let to = from + 1;
    while (to < order.length && hashes[order[to]] === hashes[order[from]]) to++;
    for (let x = from; x < to; x++) {
      for (let y = x + 1; y < to; y++) {
        const ex = order[x];
        const ey = order[y];
        if (owners[ex] === owners[ey]) continue;
        const [first, second] = owners[ex] < owners[ey] ? [ex, ey] : [ey, ex];
        const key = owners[first] * count + owners[second];
        let list = hits.get(key);
        if (!list) hits.set(key, (list = []));
        list.push(positions[first], positions[second]);
      }
    }
    from = to;
  }

  const pairs: SimilarPair[] = [];
  for (const [key, list] of hits) {
    const a = Math.floor(key / count);
    const b = key % count;
    const pair = comparePair(prepared[a], prepared[b], list, minChars);
    if (pair) pairs.push({ a, b, ...pair });
  }
  pairs.sort((x, y) => y.score - x.score || y.shared - x.shared || x.a - y.a || x.b - y.b);
  const summaries: DraftSummary[] = prepared.map((d) => ({ characters: d.normal.chars.length, own: d.ownBefore[d.normal.chars.length] }));
  return { drafts: summaries, pairs, minChars, k, window };
}

/** Above any position in a draft (the readers refuse far smaller texts): keys stay below 2^53. */
const SPAN = 2 ** 26;

/** Scratch marks of what is taken in each draft of a pair, cleared after each pair. */
let takenA = new Uint8Array(0);
let takenB = new Uint8Array(0);

/** The passages two drafts share, from their common fingerprints; null when none is long enough. */
function comparePair(A: Prepared, B: Prepared, list: readonly number[], minChars: number): Omit<SimilarPair, "a" | "b"> | null {
  const ca = A.normal.chars;
  const cb = B.normal.chars;
  const pa = A.normal.block;
  const pb = B.normal.block;
  // Hits by diagonal (position in a − position in b), then along it: one number each, sorted as
  // numbers.
  const keys = new Float64Array(list.length / 2);
  for (let x = 0; x < keys.length; x++) keys[x] = (list[2 * x] - list[2 * x + 1] + SPAN) * SPAN + list[2 * x];
  keys.sort();

  // Maximal common runs: start in a, start in b, length.
  const runs: number[] = [];
  // A run goes on over a paragraph's end only where both drafts end the paragraph there:
  // paragraphs copied one after another are one run, the headings and short lines between them
  // included (alone, those fall under minChars, and a copy would score well below 1).
  const edge = (x: number, y: number) => (pa[x] !== pa[x - 1]) === (pb[y] !== pb[y - 1]);
  let diagonal = NaN;
  let reached = -1;
  for (const key of keys) {
    const i = key % SPAN;
    const j = i - (Math.floor(key / SPAN) - SPAN);
    if (i - j === diagonal && i < reached) continue; // inside the run found last on this diagonal
    let s = 0;
    while (i - s - 1 >= 0 && j - s - 1 >= 0 && ca.charCodeAt(i - s - 1) === cb.charCodeAt(j - s - 1) && edge(i - s, j - s)) s++;
    let e = 0;
    while (i + e < ca.length && j + e < cb.length && ca.charCodeAt(i + e) === cb.charCodeAt(j + e) && (e === 0 || edge(i + e, j + e))) e++;
    diagonal = i - j;
    reached = i + e;
    // Fewer characters than minChars: a hash collision or a short common run, never a passage.
    if (s + e >= minChars) runs.push(...trimEnds(A, B, i - s, j - s, s + e, minChars));
  }
  if (runs.length === 0) return null;

  // Longest first; a later run keeps only what no longer one has taken, in either draft.
  const byLength = Uint32Array.from({ length: runs.length / 3 }, (_, x) => x);
  byLength.sort((x, y) => runs[3 * y + 2] - runs[3 * x + 2] || runs[3 * x] - runs[3 * y]);
  if (takenA.length < ca.length) takenA = new Uint8Array(ca.length * 2);
  if (takenB.length < cb.length) takenB = new Uint8Array(cb.length * 2);
  const passages: SharedPassage[] = [];
  /** The length of the whole run each passage is (a piece of). */
  const runLength = new Map<SharedPassage, number>();
  /** What was taken: start in a, start in b, length. */
  const taken: number[] = [];
  let ownA = 0;
  let ownB = 0;
  for (const x of byLength) {
    const i = runs[3 * x];
    const j = runs[3 * x + 1];
    const length = runs[3 * x + 2];
    for (let t = 0; t < length; ) {
      while (t < length && (takenA[i + t] || takenB[j + t])) t++;
      let u = t;
      while (u < length && !takenA[i + u] && !takenB[j + u]) u++;
      if (u > t) {
        const own = Math.min(A.ownBefore[i + u] - A.ownBefore[i + t], B.ownBefore[j + u] - B.ownBefore[j + t]);
        if (own >= minChars) {
          takenA.fill(1, i + t, i + u);
          takenB.fill(1, j + t, j + u);
          taken.push(i + t, j + t, u - t);
          for (const [from, to] of listedParts(A, B, i + t, j + t, u - t, minChars)) {
            // A passage over lines broken inside a sentence is told line by line: a place is in one paragraph.
            for (const piece of piecesOf(A, B, i + t + from, j + t + from, to - from)) {
              passages.push(piece);
              runLength.set(piece, to - from);
            }
          }
          ownA += A.ownBefore[i + u] - A.ownBefore[i + t];
          ownB += B.ownBefore[j + u] - B.ownBefore[j + t];
        }
      }
      t = u;
    }
  }
  // Clear the marks for the next pair: only where passages were taken.
  for (let x = 0; x < taken.length; x += 3) {
    takenA.fill(0, taken[x], taken[x] + taken[x + 2]);
    takenB.fill(0, taken[x + 1], taken[x + 1] + taken[x + 2]);
  }
  if (passages.length === 0) return null;
  // Longest first; the pieces of one passage over broken lines stay together, in order.
  passages.sort((x, y) => runLength.get(y)! - runLength.get(x)! || x.a.paragraph - y.a.paragraph || x.a.start - y.a.start);
  const totalA = A.ownBefore[ca.length];
  const totalB = B.ownBefore[cb.length];
  // The shorter draft (by own characters) gives the score: how much of it is shared.
  const [covered, total] = totalA <= totalB ? [ownA, totalA] : [ownB, totalB];
  const score = total === 0 ? 0 : Math.min(1, covered / total);
  return {
    score: Math.round(score * 1000) / 1000,
    shared: Math.min(ownA, ownB),
    passages,
  };
}

const ownIn = (d: Prepared, from: number, to: number) => d.ownBefore[to] - d.ownBefore[from];

/** The ends of its paragraphs (blocks) inside a run of `length` from i: offsets in the run, 0 and length included. */
function blockEnds(A: Prepared, i: number, length: number): number[] {
  const pa = A.normal.block;
  const ends = [0];
  for (let x = 1; x < length; x++) if (pa[i + x] !== pa[i + x - 1]) ends.push(x);
  ends.push(length);
  return ends;
}

/**
 * A run over several paragraphs without a first or last paragraph that it holds only the end or
 * the start of, in either draft, and that has fewer own characters than minChars: a sentence
 * that happens to close both paragraphs before (现将对照检查情况报告如下), or one word that opens
 * both after, is not part of the copy. Returns start in a, start in b, length.
 */
function trimEnds(A: Prepared, B: Prepared, i: number, j: number, length: number, minChars: number): [number, number, number] {
  const ends = blockEnds(A, i, length);
  if (ends.length <= 2) return [i, j, length];
  const pa = A.normal.block;
  const pb = B.normal.block;
  const own = (from: number, to: number) => Math.min(ownIn(A, i + from, i + to), ownIn(B, j + from, j + to));
  let from = 0;
  let to = length;
  const headCut = (i > 0 && pa[i - 1] === pa[i]) || (j > 0 && pb[j - 1] === pb[j]);
  if (headCut && own(0, ends[1]) < minChars) from = ends[1];
  const last = ends[ends.length - 2];
  const tailCut = (i + length < pa.length && pa[i + length] === pa[i + length - 1]) || (j + length < pb.length && pb[j + length] === pb[j + length - 1]);
  if (tailCut && last > from && own(last, length) < minChars) to = last;
  return [i + from, j + from, to - from];
}

/**
 * What of a taken run is listed, as [from, to) offsets in it: each paragraph (block) of it that
 * has minChars own characters. A heading or a short line between copied paragraphs counts
 * towards the score but is not listed on its own; a run made only of such lines is listed
 * whole, but for its lines of stock text alone.
 */
function listedParts(A: Prepared, B: Prepared, i: number, j: number, length: number, minChars: number): [number, number][] {
  const ends = blockEnds(A, i, length);
  if (ends.length === 2) return [[0, length]];
  const parts: [number, number][] = [];
  const own = (x: number) => Math.min(ownIn(A, i + ends[x], i + ends[x + 1]), ownIn(B, j + ends[x], j + ends[x + 1]));
  for (let x = 0; x + 1 < ends.length; x++) if (own(x) >= minChars) parts.push([ends[x], ends[x + 1]]);
  if (parts.length) return parts;
  for (let x = 0; x + 1 < ends.length; x++) if (own(x) > 0) parts.push([ends[x], ends[x + 1]]);
  return parts;
}

/** A common run as passages: one, or one a paragraph where it runs over lines broken inside a sentence. */
function piecesOf(A: Prepared, B: Prepared, i: number, j: number, length: number): SharedPassage[] {
  const out: SharedPassage[] = [];
  const pa = A.normal.paragraph;
  const pb = B.normal.paragraph;
  for (let from = 0; from < length; ) {
    let to = from + 1;
    while (to < length && pa[i + to] === pa[i + from] && pb[j + to] === pb[j + from]) to++;
    const piece = passageOf(A, B, i + from, j + from, to - from);
    // A line of stock text alone is no copying, even inside a copied passage.
    if (piece && piece.own > 0) out.push(piece);
    from = to;
  }
  return out;
}

/** A common run inside one paragraph of each draft as a passage; null when it holds no whole character. */
function passageOf(A: Prepared, B: Prepared, i: number, j: number, length: number): SharedPassage | null {
  const ca = A.normal.chars;
  // A run cut by another may start on the second half of a surrogate pair, or end on the first.
  if (isLow(ca.charCodeAt(i))) {
    i++;
    j++;
    length--;
  }
  if (length > 0 && isHigh(ca.charCodeAt(i + length - 1))) length--;
  if (length <= 0) return null;
  const a = placeOf(A, i, length);
  const b = placeOf(B, j, length);
  const own = Math.min(A.ownBefore[i + length] - A.ownBefore[i], B.ownBefore[j + length] - B.ownBefore[j]);
  return { text: a.text, a, b, length, own };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function placeOf(d: Prepared, from: number, length: number): Place & { text: string } {
  const paragraph = d.normal.paragraph[from];
  const start = d.normal.offset[from];
  const end = d.normal.offset[from + length - 1] + 1;
  return { paragraph, start, end, text: d.paragraphs[paragraph].text.slice(start, end) };
}

import type { PartRole } from "../structure/roles";
import type { TopicId } from "../../data/phrases/topics";
import { HAN, type PhraseFacet, type PhraseKind, type PhraseVoice, type SearchablePhrase } from "./types";

/*
 * Phrase search as the writer types: Chinese substrings (学习), pinyin first letters (llxx),
 * full pinyin (lilunxuexi), and mixes (理论xx, lilunxx, lil xx); several terms separated by
 * spaces must all match. Results are ranked by where the cursor is (the part, the aspect, the
 * topics, the material's voice), then by how well they match.
 *
 * Pure and self-contained: the pinyin comes with the phrases (built at build time for the
 * library, by pinyinOf.ts for the writer's own), so this module never loads pinyin-pro.
 */

/** Where the cursor is, for ranking: 问题 › 理论学习 in a team material. */
export interface PhraseContext {
  part?: PartRole;
  /** Aspect id of the heading the cursor is under (src/data/templates/). */
  aspect?: string;
  /** Topics of the place (the problem group's, or the problems a measure answers). */
  topics?: readonly TopicId[];
  /** The material's voice. */
  voice?: "personal" | "team";
}

/** Filters the writer sets: only phrases that pass all of them are returned. */
export interface PhraseFilters {
  part?: PartRole;
  topic?: TopicId;
  /** "personal" or "team" keep that voice and voice-neutral phrases; "any" keeps only the neutral. */
  voice?: PhraseVoice;
  kind?: PhraseKind;
  facet?: PhraseFacet;
}

export interface SearchOptions {
  context?: PhraseContext;
  filters?: PhraseFilters;
  /** At most this many hits (default 50). */
  limit?: number;
  /**
   * Search only among the phrases the previous query matched when this one extends it (the
   * writer typed on): what `lilunx` matches is a subset of what `lilun` matched. Default true;
   * false searches the whole index (the bench's cold figure).
   */
  incremental?: boolean;
}

export type MatchKind = "text" | "pinyin" | "initials";

export interface SearchHit {
  phrase: SearchablePhrase;
  score: number;
  /** How the query matched (the weakest of its terms); null for an empty query. */
  match: MatchKind | null;
  /** Matched spans in the phrase's text (UTF-16 offsets), for highlighting. */
  ranges: { start: number; end: number }[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many phrases matched, before the limit. */
  total: number;
}

export interface PhraseIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchResult;
}

/** Queries longer than this are cut: nobody types more, and matching stays bounded. */
export const MAX_QUERY = 64;
const MAX_TERMS = 8;

/**
 * Characters whose reading depends on the word, with every reading the search accepts, so a
 * syllable read wrongly in context (执行情况 read as 行情 hang qing) still matches.
 */
const POLYPHONES: Record<string, readonly string[]> = {
  行: ["xing", "hang"], 长: ["chang", "zhang"], 重: ["zhong", "chong"], 调: ["diao", "tiao"], 了: ["le", "liao"],
  得: ["de", "dei"], 地: ["di", "de"], 的: ["de", "di"], 着: ["zhe", "zhuo", "zhao"], 差: ["cha", "chai", "ci"],
  还: ["hai", "huan"], 都: ["dou", "du"], 为: ["wei"], 传: ["chuan", "zhuan"], 当: ["dang"], 相: ["xiang"],
  应: ["ying"], 数: ["shu"], 乐: ["le", "yue"], 少: ["shao"], 会: ["hui", "kuai"], 发: ["fa"], 降: ["jiang", "xiang"],
  省: ["sheng", "xing"], 朝: ["chao", "zhao"], 仔: ["zi", "zai"], 处: ["chu"], 参: ["can", "shen", "cen"],
  曾: ["ceng", "zeng"], 解: ["jie", "xie"], 系: ["xi", "ji"], 给: ["gei", "ji"], 干: ["gan"], 正: ["zheng"],
  便: ["bian", "pian"], 更: ["geng"], 只: ["zhi"], 量: ["liang"], 结: ["jie"], 难: ["nan"], 强: ["qiang", "jiang"],
  和: ["he", "huo"], 度: ["du", "duo"], 分: ["fen"], 种: ["zhong"], 将: ["jiang"], 藏: ["cang", "zang"], 空: ["kong"],
};

// ------------------------------------------------------------------ the index

interface Entry {
  phrase: SearchablePhrase;
  order: number;
  /** The text lower-cased (Latin letters in the text match as typed). */
  lower: string;
  /** Lower-cased code points: the string itself when every character is one UTF-16 unit. */
  cps: string | readonly string[];
  /** Per code point: its reading (a syllable, or a Latin letter or digit as itself), or "". */
  syl: readonly string[];
  /** Per code point: the reading's first letter, or a space. */
  initials: string;
  /** Code points that have other readings (POLYPHONES). */
  poly: readonly number[];
  /** Per code point: UTF-16 offset, and one past the end (null when they are the same). */
  offsets: readonly number[] | null;
}

function entryOf(phrase: SearchablePhrase, order: number): Entry {
  const text = phrase.text;
  const lower = text.toLowerCase();
  const chars = Array.from(lower);
  const simple = chars.length === text.length && lower.length === text.length;
  const syllables = phrase.pinyin?.full ? phrase.pinyin.full.split(" ") : [];
  const han = chars.map((ch) => HAN.test(ch));
  // Pinyin that does not fit the text (a stale or hand-edited value) is ignored, not trusted.
  const aligned = syllables.length === han.filter(Boolean).length;
  let k = 0;
  const poly: number[] = [];
  const syl = chars.map((ch, i) => {
    if (POLYPHONES[ch]) poly.push(i);
    if (han[i]) return aligned ? syllables[k++] : "";
    return /^[a-z0-9]$/.test(ch) ? ch : "";
  });
  let offsets: number[] | null = null;
  if (!simple) {
    offsets = [0];
    for (const ch of Array.from(text)) offsets.push(offsets[offsets.length - 1] + ch.length);
  }
  return {
    phrase,
    order,
    lower,
    cps: simple ? lower : chars,
    syl,
    initials: syl.map((r) => r[0] ?? " ").join(""),
    poly,
    offsets,
  };
}

/** Build the index once per library (and again when the writer's own phrases change). */
export function createPhraseIndex(phrases: readonly SearchablePhrase[]): PhraseIndex {
  const entries = phrases.map(entryOf);
  // The last query (normalised), its filters, and the phrases it matched.
  let last: { query: string; filters: string; matched: readonly Entry[] } | null = null;
  return {
    size: entries.length,
    search: (query, options = {}) => {
      const normalised = normaliseQuery(query);
      const filters = JSON.stringify(options.filters ?? {});
      // A query that extends the last one (same filters) can only match what that one matched.
      const from =
        options.incremental !== false && last && last.filters === filters && normalised.startsWith(last.query) ? last.matched : entries;
      const { result, matched } = searchEntries(from, normalised, options);
      last = { query: normalised, filters, matched };
      return result;
    },
  };
}

// ------------------------------------------------------------------ queries

/** One term of a query: its characters, which are letters, and how many letters run on from each. */
interface Term {
  literal: string;
  units: readonly string[];
  letter: readonly boolean[];
  run: readonly number[];
  hasLetter: boolean;
}

/** Full-width Latin letters and digits as ASCII, lower case; separators of pinyin (') dropped. */
function normaliseQuery(query: string): string {
  return query
    .slice(0, MAX_QUERY)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/['’]/g, "")
    .toLowerCase();
}

function termsOf(normalised: string): Term[] {
  return normalised
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_TERMS)
    .map((literal) => {
      const units = Array.from(literal);
      const letter = units.map((ch) => ch >= "a" && ch <= "z");
      const run = units.map(() => 0);
      for (let i = units.length - 1; i >= 0; i--) run[i] = letter[i] ? 1 + (run[i + 1] ?? 0) : 0;
      return { literal, units, letter, run, hasLetter: letter.includes(true) };
    });
}

// ------------------------------------------------------------------ matching

interface TermMatch {
  kind: MatchKind;
  start: number;
  end: number;
}

/*
 * Positions already known not to match, for the walk below: marks[ci * (units + 1) + qi] ===
 * stamp. A new stamp per phrase and term, so nothing is cleared between them.
 */
let marks = new Uint32Array(1024);
let stamp = 0;

function newStamp(size: number): number {
  if (marks.length < size) marks = new Uint32Array(Math.max(size, marks.length * 2));
  if (stamp === 0xffffffff) {
    marks.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/**
 * Match a term from character `ci` on: a unit that is not a letter must be the character itself;
 * a run of letters is eaten by characters whose reading starts with some of them (a whole
 * syllable, or its first letters: li, l, lil…). Returns the end (code point) × 256 plus how many
 * characters matched a partial syllable before the end of the query, or -1 (no objects, so a
 * keystroke leaves little garbage behind).
 */
function matchAt(e: Entry, t: Term, ci: number, qi: number, width: number): number {
  if (qi === t.units.length) return ci * 256;
  if (ci >= e.syl.length) return -1;
  const key = ci * width + qi;
  if (marks[key] === stamp) return -1;
  if (!t.letter[qi]) {
    if (e.cps[ci] === t.units[qi]) {
      const rest = matchAt(e, t, ci + 1, qi + 1, width);
      if (rest >= 0) return rest;
    }
  } else {
    const own = e.syl[ci];
    if (own) {
      const m = matchReading(e, t, ci, qi, width, own);
      if (m >= 0) return m;
    }
    const more = POLYPHONES[e.cps[ci]];
    if (more) {
      for (const reading of more) {
        if (reading === own) continue;
        const m = matchReading(e, t, ci, qi, width, reading);
        if (m >= 0) return m;
      }
    }
  }
  marks[key] = stamp;
  return -1;
}

function matchReading(e: Entry, t: Term, ci: number, qi: number, width: number, reading: string): number {
  // Longest prefix of the reading that the query spells here; try it, then shorter ones.
  const run = t.run[qi];
  let k = 0;
  while (k < reading.length && k < run && sameLetter(t.units[qi + k], reading[k])) k++;
  for (; k >= 1; k--) {
    const rest = matchAt(e, t, ci + 1, qi + k, width);
    // A partial syllable counts unless it ends the query (the writer is still typing it).
    if (rest >= 0) return rest + (k < reading.length && qi + k < t.units.length ? 1 : 0);
  }
  return -1;
}

/** A typed letter against a reading's letter: v for ü, and u for it too (lu for 律). */
function sameLetter(typed: string, reading: string): boolean {
  return typed === reading || (typed === "u" && reading === "v");
}

function found(ci: number, m: number): TermMatch {
  return { kind: m % 256 > 0 ? "initials" : "pinyin", start: ci, end: Math.floor(m / 256) };
}

function matchTerm(e: Entry, t: Term): TermMatch | null {
  // Chinese, digits, punctuation, or Latin letters that are in the text as typed.
  const at = e.lower.indexOf(t.literal);
  if (at >= 0) {
    const start = e.offsets ? e.offsets.indexOf(at) : at;
    if (start >= 0) return { kind: "text", start, end: start + t.units.length };
  }
  if (!t.hasLetter) return null;
  const width = t.units.length + 1;
  newStamp((e.syl.length + 1) * width);
  const first = t.units[0];
  if (!t.letter[0]) {
    // The term starts with a character: only where the text has it.
    for (let ci = indexOfCp(e, first, 0); ci >= 0; ci = indexOfCp(e, first, ci + 1)) {
      const m = matchAt(e, t, ci, 0, width);
      if (m >= 0) return found(ci, m);
    }
    return null;
  }
  // The term starts with a letter: where a reading starts with it (polyphones by any reading).
  let best = -1;
  let bestAt = -1;
  for (let ci = e.initials.indexOf(first); ci >= 0; ci = e.initials.indexOf(first, ci + 1)) {
    const m = matchAt(e, t, ci, 0, width);
    if (m >= 0) {
      best = m;
      bestAt = ci;
      break;
    }
  }
  for (const ci of e.poly) {
    if (bestAt >= 0 && ci >= bestAt) break;
    if (e.initials[ci] === first) continue;
    const m = matchAt(e, t, ci, 0, width);
    if (m >= 0) {
      best = m;
      bestAt = ci;
      break;
    }
  }
  return bestAt >= 0 ? found(bestAt, best) : null;
}

function indexOfCp(e: Entry, ch: string, from: number): number {
  if (typeof e.cps === "string") return e.cps.indexOf(ch, from);
  return e.cps.indexOf(ch, from);
}

// ------------------------------------------------------------------ ranking

const MATCH_SCORE: Record<MatchKind, number> = { text: 100, pinyin: 80, initials: 60 };

/** How well a phrase fits the cursor's place: the part first, then the aspect, topics and voice. */
export function contextScore(p: SearchablePhrase, ctx: PhraseContext | undefined): number {
  if (!ctx) return 0;
  let score = 0;
  if (ctx.part) {
    if (p.parts[0] === ctx.part) score += 300;
    else if (p.parts.includes(ctx.part)) score += 200;
  }
  if (ctx.aspect && p.aspects.includes(ctx.aspect)) score += 120;
  if (ctx.topics && ctx.topics.length > 0) {
    if (p.topics.length > 0 && ctx.topics.includes(p.topics[0])) score += 80;
    score += 30 * Math.min(2, p.topics.slice(1).filter((t) => ctx.topics!.includes(t)).length);
  }
  if (ctx.voice) {
    if (p.voice === ctx.voice) score += 60;
    else if (p.voice === "any") score += 40;
  }
  return score;
}

function passes(p: SearchablePhrase, f: PhraseFilters | undefined): boolean {
  if (!f) return true;
  if (f.part && !p.parts.includes(f.part)) return false;
  if (f.topic && !p.topics.includes(f.topic)) return false;
  if (f.voice && p.voice !== f.voice && p.voice !== "any") return false;
  if (f.kind && p.kind !== f.kind) return false;
  if (f.facet && p.facet !== f.facet) return false;
  return true;
}

const WEAKEST: MatchKind[] = ["initials", "pinyin", "text"];

function searchEntries(entries: readonly Entry[], normalised: string, options: SearchOptions): { result: SearchResult; matched: Entry[] } {
  const terms = termsOf(normalised);
  const limit = Math.max(0, options.limit ?? 50);
  const hits: SearchHit[] = [];
  const matched: Entry[] = [];
  for (const e of entries) {
    if (!passes(e.phrase, options.filters)) continue;
    let matchScore = 0;
    let weakest: MatchKind | null = null;
    const ranges: { start: number; end: number }[] = [];
    let ok = true;
    for (const term of terms) {
      const m = matchTerm(e, term);
      if (!m) {
        ok = false;
        break;
      }
      // Earlier is better: a match at the start of the phrase is what the writer is after.
      matchScore += MATCH_SCORE[m.kind] + Math.max(0, 20 - m.start);
      if (weakest === null || WEAKEST.indexOf(m.kind) < WEAKEST.indexOf(weakest)) weakest = m.kind;
      ranges.push(e.offsets ? { start: e.offsets[m.start], end: e.offsets[m.end] } : { start: m.start, end: m.end });
    }
    if (!ok) continue;
    if (terms.length > 0) matchScore = matchScore / terms.length;
    const score = contextScore(e.phrase, options.context) + matchScore;
    hits.push({ phrase: e.phrase, score, match: weakest, ranges: mergeRanges(ranges) });
    matched.push(e);
  }
  const byIndex = hits.map((_, i) => i);
  byIndex.sort((a, b) => hits[b].score - hits[a].score || matched[a].order - matched[b].order);
  return { result: { hits: byIndex.slice(0, limit).map((i) => hits[i]), total: hits.length }, matched };
}

function mergeRanges(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

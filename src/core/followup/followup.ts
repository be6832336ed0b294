import type { Analysis, Paragraphs } from "../types";
import { topicIndex, type TopicIndex } from "../correspondence/topics";
import { compareDrafts } from "../similarity/compare";
import { normalizeText } from "../similarity/normalize";
import type { Place } from "../similarity/types";
import type { DraftUnit, FollowUpResult, MeasureEvidence, MeasureReport, RepeatedProblem, Sentence } from "./types";
import { overlaps, sentencesOf, unitsOf, unitText } from "./units";

/*
 * The follow-up check (上次整改落实情况): given last year's material and this year's, whether this
 * year's follow-up part reports on each of last year's measures, and which of this year's
 * problems say again what last year's said.
 *
 * A measure is reported when a sentence of the follow-up part takes up its telling words: the
 * character pairs of the measure, each weighted by how few of last year's measures have it (班子,
 * 成员, 每年 tell nothing; 台账, 比价, 蹲点 do), shared with the sentence. The topic terms both use
 * (src/data/topics/, as the correspondence reads them) are shown as evidence and add a little: a
 * report says 召开会议十二次 where the measure said 每月召开一次, and keeps the things it names.
 */

/** Share of a measure's weighted pairs a sentence needs for the measure to count as reported. */
export const REPORTED = 0.3;
/** What each shared topic term adds to the share (at most TERMS_MAX in all). */
const TERM_BONUS = 0.04;
const TERMS_MAX = 0.12;
/** Share of a problem's characters found in last year's problems at which it repeats them. */
export const REPEATED = 0.6;
/** Own characters a passage shared with last year's problems needs (problems are short). */
const REPEAT_MIN_CHARS = 12;
/** Sentences longer than this are read only this far for the words they share (the evidence). */
const EVIDENCE_SPAN = 400;

export interface FollowUpInput {
  paragraphs: Paragraphs;
  analysis: Analysis;
}

export function checkFollowUp(lastYear: FollowUpInput, thisYear: FollowUpInput, index: TopicIndex = topicIndex()): FollowUpResult {
  const part = thisYear.analysis.parts.find((p) => p.role === "followup") ?? null;
  const measures = unitsOf(lastYear.paragraphs, lastYear.analysis, "measures");
  const sentences = part ? sentencesOf(thisYear.paragraphs, part.first, part.last) : [];
  return {
    part: part && { heading: part.heading, first: part.first, last: part.last },
    measures: reportMeasures(lastYear.paragraphs, measures, sentences, index),
    repeated: repeatedProblems(lastYear, thisYear),
  };
}

/** Distinct pairs of compared characters of a text (punctuation, spaces and numbers left out). */
function pairsOf(text: string): Set<string> {
  const s = normalizeText(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Topic terms found in a text: term index → how telling it is (its highest weight). */
function termsOf(text: string, index: TopicIndex): Map<number, number> {
  const out = new Map<number, number>();
  index.matcher.scan(text, 0, text.length, (term) => out.set(term, Math.max(...index.termTopics[term].map((t) => t.weight))));
  return out;
}

function reportMeasures(paragraphs: Paragraphs, measures: DraftUnit[], sentences: Sentence[], index: TopicIndex): MeasureReport[] {
  const texts = measures.map((m) => unitText(paragraphs, m));
  const pairs = texts.map(pairsOf);
  // How many measures have each pair: the fewer, the more telling.
  const df = new Map<string, number>();
  for (const set of pairs) for (const p of set) df.set(p, (df.get(p) ?? 0) + 1);
  const weight = (p: string) => Math.log((measures.length + 1) / ((df.get(p) ?? 0) + 0.5));
  const sentencePairs = sentences.map((s) => pairsOf(s.text));
  const sentenceTerms = sentences.map((s) => termsOf(s.text, index));

  return measures.map((measure, m) => {
    let total = 0;
    for (const p of pairs[m]) total += weight(p);
    const terms = termsOf(texts[m], index);
    let best = -1;
    let bestScore = 0;
    sentences.forEach((_, s) => {
      let shared = 0;
      for (const p of pairs[m]) if (sentencePairs[s].has(p)) shared += weight(p);
      let bonus = 0;
      for (const t of terms.keys()) if (sentenceTerms[s].has(t)) bonus += TERM_BONUS;
      const score = (total > 0 ? shared / total : 0) + Math.min(TERMS_MAX, bonus);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    });
    const score = Math.round(Math.min(1, bestScore) * 100) / 100;
    const evidence = best < 0 ? null : evidenceOf(texts[m], terms, sentences[best], sentenceTerms[best], index);
    return { measure, status: bestScore >= REPORTED ? "reported" : "skipped", score, evidence };
  });
}

function evidenceOf(measure: string, terms: Map<number, number>, sentence: Sentence, sentenceTerms: Map<number, number>, index: TopicIndex): MeasureEvidence {
  const shared = [...terms.keys()].filter((t) => sentenceTerms.has(t)).sort((a, b) => terms.get(b)! - terms.get(a)!);
  const topics = new Set<string>();
  for (const t of shared) for (const x of index.termTopics[t]) topics.add(index.topics[x.topic].id);
  return { sentence, terms: shared.map((t) => index.matcher.terms[t]), topics: [...topics], words: commonWords(normalizeText(measure), normalizeText(sentence.text).slice(0, EVIDENCE_SPAN)) };
}

/** Runs of three characters or more of `a` found in `b`, longest at each place, left to right. */
function commonWords(a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= a.length; ) {
    let best = 0;
    for (let len = 3; i + len <= a.length && b.includes(a.slice(i, i + len)); len++) best = len;
    if (best >= 3) {
      const word = a.slice(i, i + best);
      if (!out.includes(word)) out.push(word);
      i += best;
    } else i++;
  }
  return out;
}

/**
 * This year's problems that say again what last year's problems said: the passages the two
 * drafts share (查重, stock text left out) that lie in last year's problems part, as a share of
 * each of this year's problems.
 */
function repeatedProblems(lastYear: FollowUpInput, thisYear: FollowUpInput): RepeatedProblem[] {
  const problems = unitsOf(thisYear.paragraphs, thisYear.analysis, "problems");
  if (problems.length === 0) return [];
  const lastProblems = unitsOf(lastYear.paragraphs, lastYear.analysis, "problems");
  const inLastProblems = (place: Place) => lastYear.analysis.parts.some((p) => (p.role === "problems" || p.role === "case") && place.paragraph >= p.first && place.paragraph <= p.last);
  const { pairs } = compareDrafts([lastYear.paragraphs, thisYear.paragraphs], { minChars: REPEAT_MIN_CHARS });
  const passages = (pairs[0]?.passages ?? []).filter((p) => inLastProblems(p.a));
  const out: RepeatedProblem[] = [];
  for (const problem of problems) {
    const text = unitText(thisYear.paragraphs, problem);
    const total = normalizeText(text).length;
    if (total === 0) continue;
    let covered = 0;
    const mine: RepeatedProblem["passages"] = [];
    for (const p of passages) {
      if (overlaps(problem.spans, p.b) === 0) continue;
      // Only the part of the passage inside the problem counts.
      const inside = problem.spans.find((s) => s.paragraph === p.b.paragraph)!;
      const from = Math.max(inside.start, p.b.start);
      const to = Math.min(inside.end, p.b.end);
      covered += normalizeText(thisYear.paragraphs[p.b.paragraph].text.slice(from, to)).length;
      mine.push({ text: p.b.text, a: { paragraph: p.a.paragraph, start: p.a.start, end: p.a.end }, b: { paragraph: p.b.paragraph, start: p.b.start, end: p.b.end } });
    }
    const share = Math.min(1, covered / total);
    if (share < REPEATED) continue;
    // Last year's problem most of it comes from.
    let lastYearUnit: DraftUnit | null = null;
    let most = 0;
    for (const u of lastProblems) {
      const n = mine.reduce((sum, p) => sum + overlaps(u.spans, p.a), 0);
      if (n > most) {
        most = n;
        lastYearUnit = u;
      }
    }
    out.push({ problem, lastYear: lastYearUnit, share: Math.round(share * 100) / 100, passages: mine });
  }
  return out;
}

/*
 * Problems ↔ causes ↔ measures (shared/domain/README.md §4): what each group is about (its
 * topics), which causes and measures cover each problem group, with how strongly and why.
 * Positions are real paragraphs and UTF-16 offsets, as everywhere in an Analysis.
 */

/** A term of a topic: the words as written in drafts, and how much they tell (1 a hint … 5 names the topic). */
export type TopicTerm = readonly [term: string, weight: number];

/** A topic these materials are about (理论学习, 宗旨意识 …). Data: src/data/topics/, one file per topic. */
export interface TopicSpec {
  /** Stable id, also the data file's name: pinyin, as the phrase library's topics ("lilun-xuexi"). */
  id: string;
  /** Chinese name: "理论学习". */
  name: string;
  /**
   * A root that reviewers expect the causes to reach (理想信念, 党性修养, 宗旨意识, 政治站位):
   * causes that name none of them stay on the surface.
   */
  deepRoot: boolean;
  /** Words and phrases that show the topic, with their weights; one term may serve two topics. */
  terms: readonly TopicTerm[];
  /**
   * Topics close to this one (0–1): a measure or a cause about one of them partly answers a
   * problem about this one. Read both ways (the index makes the relation symmetric).
   */
  related: Readonly<Record<string, number>>;
  /**
   * For a root that causes name (理想信念, 党性修养 …): the problem topics a cause about it
   * explains (0–1), one way only (a cause of weak 理想信念 explains shallow 理论学习, not the reverse).
   */
  explains?: Readonly<Record<string, number>>;
}

/** A piece of a paragraph's text, [start, end). */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** A topic of a group or item: the weights of its terms found there, and those terms (most telling first). */
export interface TopicScore {
  topic: string;
  score: number;
  readonly terms: readonly string[];
}

/** An item inside a problem (or case) group (一是…, 1. …), with its own topics. */
export interface CorrespondenceItem {
  /** The outline node's id. */
  node: string;
  /** The number as written ("一是", "2."). */
  label: string;
  title: string;
  paragraph: number;
  start: number;
  readonly topics: readonly TopicScore[];
}

export type GroupPart = "problems" | "case" | "causes" | "measures";

/** A problem, case, cause or measure group, with its topics. */
export interface CorrespondenceGroup {
  /** The id of `analysis.items` (P:理论学习 …): made from the heading's words, it survives edits elsewhere. */
  id: string;
  part: GroupPart;
  title: string;
  /** Where its heading words are (a finding about the group goes there). */
  heading: TextSpan;
  /** Last paragraph of the group (inclusive). */
  lastParagraph: number;
  /** Characters of its text (heading included). */
  characters: number;
  /** Position among the groups of its part, from 0. */
  index: number;
  /**
   * Which problems, causes and measures belong together: 0 for a single material, one more for
   * each further problems part after a measures part (documents that hold several materials).
   */
  block: number;
  topics: readonly TopicScore[];
  /** A problem (or case) group's items, with their topics; empty for causes and measures. */
  items: readonly CorrespondenceItem[];
  /** Causes only: sentences that say again what a problem says (问题与原因不分). */
  restates: readonly Restatement[];
  /** Causes only: figures, dates and examples (比如…) — what a problem tells, not a cause. */
  concrete: readonly (TextSpan & { text: string })[];
}

/** A sentence of a cause that largely repeats what a problem group says. */
export interface Restatement {
  problem: string;
  /** The cause's sentence, and the problem's sentence that shares most with it. */
  sentence: TextSpan;
  problemSentence: TextSpan;
  /** Share of the cause sentence's telling character pairs found in the problem group (0–1). */
  overlap: number;
}

/** One reason for a link: a topic of the problem that the cause or measure also speaks of. */
export interface SharedTopic {
  /** The problem's topic. */
  topic: string;
  /** The topic of the cause or measure that speaks to it: `topic` itself, or a related one. */
  via: string;
  readonly problemTerms: readonly string[];
  readonly targetTerms: readonly string[];
}

/**
 * A sentence where the terms or words of a link occur (the problem's side or the cause's or
 * measure's). Which terms: those of the link's topics and words that the sentence holds. One
 * object per sentence of a group, shared by the links that cite it: read-only.
 */
export interface EvidenceSentence extends TextSpan {
  readonly side: "problem" | "target";
}

export interface CorrespondenceLink {
  /** The problem (or case) group's id. */
  problem: string;
  /** The cause or measure group's id. */
  target: string;
  kind: "cause" | "measure";
  /** strong: the target answers most of the problem, or mirrors it; weak: part of it. */
  strength: "strong" | "weak";
  /** How much of the problem's topics the target speaks to (0–1; mirroring adds to it). */
  score: number;
  /** The measure has the problem's position and the same aspect words in its heading. */
  mirrored: boolean;
  /**
   * Where the link comes from: the engine ("auto"), or the writer, who confirmed the engine's
   * link or added one by hand ("writer"; saved in the document, see WriterLink).
   */
  source: "auto" | "writer";
  evidence: {
    topics: SharedTopic[];
    /** Words the measure shares with the problem that few other groups have (景区, 古建筑修缮). */
    words: readonly string[];
    /** Aspect words both headings share, when mirrored. */
    headingWords: string | null;
    sentences: EvidenceSentence[];
  };
}

/**
 * The writer's word on one problem ↔ cause or measure pair, saved in the document against the
 * groups' ids (made from their heading words, so edits elsewhere keep them): `linked` confirms
 * the engine's link or adds one; `false` rejects it.
 */
export interface WriterLink {
  problem: string;
  target: string;
  linked: boolean;
}

/** A writer's link as applied: `applied` false when one of its groups is not in the draft now (kept, not lost). */
export interface WriterLinkState extends WriterLink {
  applied: boolean;
  /** What the engine said of the pair: its strength, or null for no link. */
  auto: "strong" | "weak" | null;
}

/**
 * The correspondence of a material; null in an Analysis that is not a material. Read-only: empty
 * lists and cited sentences are shared between groups and links.
 */
export interface Correspondence {
  groups: CorrespondenceGroup[];
  /** Links in document order of the problems, strongest first within a problem; the writer's rejections left out. */
  links: CorrespondenceLink[];
  /** The writer's links, in the order saved. */
  writer: WriterLinkState[];
}

import type { Analysis, Paragraphs } from "../../core/types";
import type { SimilarityResult } from "../../core/similarity/types";
import type { PlaceUnit } from "../text";

/** A draft of the batch as read and checked. */
export interface ReportDraft {
  /** The path as given ("-" for standard input). */
  file: string;
  /** What a paragraph number counts: lines of a .txt, paragraphs of a .docx. */
  unit: PlaceUnit;
  paragraphs: Paragraphs;
  analysis: Analysis;
}

/** A file of the batch that could not be read or checked, and why. */
export interface ReportUnreadable {
  file: string;
  messageZh: string;
  messageEn: string;
}

/** What `duizhao check --report` puts in its page. */
export interface BatchReport {
  drafts: ReportDraft[];
  unreadable: ReportUnreadable[];
  /** 查重 over `drafts` (pairs by their indexes there); null when it was not run or failed. */
  similarity: SimilarityResult | null;
  /** When the report was made (shown on the page); left out, the page carries no time. */
  created?: Date;
}

/**
 * Which pairs the 查重 section lists: a share of the shorter draft's own text, or one passage
 * this long (own characters). A pair below both shares a sentence or two, which drafts on the
 * same subject do.
 */
export const PAIR_THRESHOLD = { score: 0.1, passage: 50 } as const;

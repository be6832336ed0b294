import type { PartRole } from "../structure/roles";

/** How sure we are that a list matches the official notice (see shared/domain/aspects.md). */
export type Confidence = "high" | "medium" | "low";

/** A meeting type: what its 对照检查材料 must contain. Data, validated by tests. */
export interface MeetingTemplate {
  /** Stable id, saved in documents: "2023-zhuti-liuge". */
  id: string;
  /** Chinese name shown in the picker: "2023年 主题教育（六个方面突出问题）". */
  name: string;
  /** 民主生活会 or 组织生活会. */
  meeting: "minzhu" | "zuzhi";
  /** Whose material: a person's, a team's (班子), or either. */
  audience: "personal" | "team" | "any";
  /** Parts the material is expected to have, in order (title/preamble/closing not listed). */
  parts: PartRole[];
  /** Heading text for each listed part, used by the skeleton (without the number). */
  partHeadings: Partial<Record<PartRole, string>>;
  /** The title the skeleton inserts, with 【…】 slots for the writer to fill. */
  skeletonTitle: string;
  /** A preamble sentence with 【…】 slots. */
  skeletonPreamble: string;
  /** Required aspects of the problems part, in the notice's order. Empty when the writer supplies them. */
  aspects: AspectSpec[];
  /** True when the aspects are not fixed (巡视整改, 以案促改): the writer types them. */
  writerDefinesAspects?: boolean;
  /** Terms in a title or preamble that suggest this type, each with a weight. */
  detect: { term: string; weight: number }[];
  confidence: Confidence;
  /** Chinese note for the pane: the source and how sure the wording is. */
  note: string;
}

export interface AspectSpec {
  /** Stable id within the template: "lilun-xuexi". */
  id: string;
  /** Short name shown in the checklist: "理论学习". */
  name: string;
  /** Heading text the skeleton and "insert missing aspect" write (without the number). */
  heading: string;
  /**
   * Key terms: a heading matches the aspect when it contains any of them. Real drafts reword
   * headings, so list the distinctive terms and their usual variants, longest first.
   */
  terms: string[];
  confidence: Confidence;
}

import type { SourceParagraph } from "./paragraph";
import type { LabelStyle } from "./outline/labels";
import type { PartRole } from "./structure/roles";
import type { ChecklistResult } from "./checklist/checklist";
import type { Fix, RuleCategory } from "./rules/types";
import type { LineBreak } from "./text/lines";
import type { Correspondence } from "./correspondence/types";

export type { LineBreak, Correspondence };

/** No meeting type suggested: the draft's year has none (`year-unmatched`), or reads 202X. */
export interface TemplateNote {
  reason: "year-unmatched" | "year-placeholder";
  /** The year as the draft writes it: "2022年度", "202X年度". */
  year: string;
  /** The type that would have fitted but for the year. */
  closest: string;
}

export type { SourceParagraph, PartRole, LabelStyle };

/** A numbered heading or item, with where it is. Offsets are UTF-16, in the paragraph's text. */
export interface OutlineNode {
  id: string;
  /** heading: opens its own paragraph; item: a run-on 一是… inside a paragraph. */
  kind: "heading" | "item";
  style: LabelStyle | "runon" | "heading-style" | "plain";
  /** The number as written ("（一）", "一是", "3."), or "" for unnumbered headings. */
  label: string;
  number: number | null;
  /** True when the number is Word's list number, not in the text. */
  fromList: boolean;
  /** The heading's own words, up to the first full stop. */
  title: string;
  paragraph: number;
  start: number;
  end: number;
  titleStart: number;
  titleEnd: number;
  /** Last paragraph (inclusive) under this node. */
  lastParagraph: number;
  /** Pattern of the number (e.g. "（%1）") to number a new sibling the same way. */
  pattern?: string;
  numeral?: "cn" | "arabic" | "circled";
  children: OutlineNode[];
}

export interface Part {
  role: PartRole;
  /** The heading as written, or null when the part was recognised without one. */
  heading: string | null;
  /** Paragraph of the heading, or the first paragraph of the part. */
  paragraph: number;
  /** First and last paragraph of the part (inclusive). */
  first: number;
  last: number;
  /** The outline node of the heading, when there is one. */
  node?: string;
  /** True when recognised from position and content, not from a heading. */
  inferred: boolean;
}

/** A problem, cause or measure group (or case study section). */
export interface Item {
  id: string;
  part: "problems" | "case" | "causes" | "measures";
  title: string;
  paragraph: number;
  lastParagraph: number;
  /** The outline node, when the group is numbered or is a heading. */
  node: string;
  /** Number of items under the group (一是…, 1. …). */
  children: number;
}

export type DocumentKind = "material" | "speech" | "unknown";

export interface Analysis {
  kind: DocumentKind;
  /** Why the kind was chosen, in Chinese (shown where the kind is not a material). */
  kindReason: string;
  /** Whose voice a material speaks in. */
  voice: "personal" | "team" | null;
  voiceEvidence: { personal: number; team: number };
  paragraphCount: number;
  characters: number;
  title: { paragraph: number; text: string } | null;
  outline: OutlineNode[];
  parts: Part[];
  items: Item[];
  checklist: ChecklistResult | null;
  /** Why no meeting type was recognised although the draft names a year (null otherwise). */
  templateNote: TemplateNote | null;
  /** Lines broken inside a sentence, joined for the analysis (the 断行 finding reports them). */
  lineBreaks: LineBreak[];
  /** Problems ↔ causes ↔ measures: each group's topics and the links, with evidence (null when not a material). */
  correspondence: Correspondence | null;
  findings: Finding[];
}

export type Severity = "error" | "warning" | "info";

/** What a rule found, where: `text` is exactly [start, end) of the paragraph when it was read. */
export interface Finding {
  rule: string;
  category: RuleCategory;
  severity: Severity;
  messageId: string;
  message: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  fix?: Fix;
  /** What the writer's "ignore" is remembered by (rule, text and the words around it). */
  key: string;
}

export type Paragraphs = readonly SourceParagraph[];

import type { Analysis, OutlineNode, Paragraphs, PartRole, Severity } from "../types";
import type { TextEdit } from "../edits";

/** What a rule is about; the pane groups findings by it and the docs list rules under it. */
export type RuleCategory =
  | "placeholder"
  | "names"
  | "formulation"
  | "wording"
  | "punctuation"
  | "paste"
  | "numbering"
  | "correspondence"
  | "structure"
  | "voice"
  | "substance"
  | "balance"
  | "text";

/** Chinese names of the categories, in the order the pane lists them. */
export const CATEGORY_NAMES: Record<RuleCategory, string> = {
  placeholder: "占位符",
  names: "人名与理论名称",
  formulation: "规范提法",
  wording: "错字与重复",
  punctuation: "标点",
  paste: "粘贴残留",
  numbering: "序号",
  correspondence: "问题、原因、措施的对应",
  structure: "结构",
  voice: "口吻",
  substance: "内容",
  balance: "篇幅",
  text: "文字",
};

export interface RuleMeta {
  /** Also the file name: `src/core/rules/<id>.ts`. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** Chinese name, short: shown beside each finding. */
  name: string;
  /** What the rule finds, in Chinese. */
  description: string;
  /** Why a reviewer cares, in Chinese. */
  why: string;
  /** A sentence or two that the rule reports, and how it reads when right (for the docs). */
  example: { bad: string; good?: string };
  /**
   * Severities of some messages where they differ from `severity` (a wrong name is an error, a
   * member order a warning); the user's choice for the rule overrides them all.
   */
  severities?: Partial<Record<string, Severity>>;
  /** Message templates by id; `{{name}}` is filled from the report's `data`. */
  messages: Record<string, string>;
  /** Whether some of its findings carry a fix. */
  fixable: boolean;
}

/** A change to the document: replace [start, end) of a paragraph, only if it still reads `expected`. */
export type Fix = TextEdit;

/** What a rule reports. Offsets are UTF-16 code units in the paragraph's text. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  paragraph: number;
  start: number;
  end: number;
  /** A fix of the reported place or another; `expected` is filled by the runner. */
  fix?: Omit<Fix, "expected">;
}

/** The analysis the rules read: everything but the findings, which they make. */
export type RuleInput = Omit<Analysis, "findings">;

export interface RuleContext {
  readonly paragraphs: Paragraphs;
  readonly analysis: RuleInput;
  /** The part a paragraph is in (problems, causes …), or null (before the title, blank lines). */
  partOf(paragraph: number): PartRole | null;
  /** The numbered heading or unnumbered part heading that opens a paragraph, or null for body text. */
  headingAt(paragraph: number): OutlineNode | null;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** The user's choices: rules switched off or given another severity, findings ignored. */
export interface RuleSettings {
  rules?: Readonly<Record<string, "off" | Severity>>;
  /** Keys (`findingKey`) of findings the writer chose to ignore. */
  ignored?: readonly string[];
}

import type { Rule } from "./types";
import { achievementsInProblems } from "./achievements-in-problems";
import { damagedNames } from "./damaged-names";
import { duplicatedWords } from "./duplicated-words";
import { followupWithoutResults } from "./followup-without-results";
import { placeholders } from "./placeholders";
import { problemWithoutExample } from "./problem-without-example";
import { punctuation } from "./punctuation";
import { vagueMeasures } from "./vague-measures";
import { formulations } from "./formulations";
import { garbledText } from "./garbled-text";
import { junk } from "./junk";
import { lineBreak } from "./line-break";
import { numberingSequence } from "./numbering-sequence";
import { numberingStyle } from "./numbering-style";
import { problemsShare } from "./problems-share";
import { typos } from "./typos";
import { voiceMismatch } from "./voice-mismatch";

/** Every rule, by id: one literal list, no directory scan (a test checks file name = id). */
export const RULES: readonly Rule[] = [
  achievementsInProblems,
  damagedNames,
  duplicatedWords,
  followupWithoutResults,
  formulations,
  garbledText,
  junk,
  lineBreak,
  numberingSequence,
  numberingStyle,
  placeholders,
  problemWithoutExample,
  problemsShare,
  punctuation,
  typos,
  vagueMeasures,
  voiceMismatch,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export type { Rule, RuleMeta, RuleSettings, Fix, RuleCategory } from "./types";

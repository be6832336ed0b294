import type { Rule } from "./types";
import { achievementsInProblems } from "./achievements-in-problems";
import { causeRestatesProblem } from "./cause-restates-problem";
import { causesWithoutRoots } from "./causes-without-roots";
import { damagedNames } from "./damaged-names";
import { duplicatedWords } from "./duplicated-words";
import { followupWithoutResults } from "./followup-without-results";
import { placeholders } from "./placeholders";
import { problemWithoutCause } from "./problem-without-cause";
import { problemWithoutExample } from "./problem-without-example";
import { problemWithoutMeasure } from "./problem-without-measure";
import { punctuation } from "./punctuation";
import { vagueMeasures } from "./vague-measures";
import { formulations } from "./formulations";
import { garbledText } from "./garbled-text";
import { junk } from "./junk";
import { lineBreak } from "./line-break";
import { measureWithoutProblem } from "./measure-without-problem";
import { numberingSequence } from "./numbering-sequence";
import { numberingStyle } from "./numbering-style";
import { problemsShare } from "./problems-share";
import { typos } from "./typos";
import { voiceMismatch } from "./voice-mismatch";

/** Every rule, by id: one literal list, no directory scan (a test checks file name = id). */
export const RULES: readonly Rule[] = [
  achievementsInProblems,
  causeRestatesProblem,
  causesWithoutRoots,
  damagedNames,
  duplicatedWords,
  followupWithoutResults,
  formulations,
  garbledText,
  junk,
  lineBreak,
  measureWithoutProblem,
  numberingSequence,
  numberingStyle,
  placeholders,
  problemWithoutCause,
  problemWithoutExample,
  problemWithoutMeasure,
  problemsShare,
  punctuation,
  typos,
  vagueMeasures,
  voiceMismatch,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export type { Rule, RuleMeta, RuleSettings, Fix, RuleCategory } from "./types";

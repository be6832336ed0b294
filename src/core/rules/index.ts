import type { Rule } from "./types";
import { formulations } from "./formulations";
import { garbledText } from "./garbled-text";
import { lineBreak } from "./line-break";
import { numberingSequence } from "./numbering-sequence";
import { numberingStyle } from "./numbering-style";
import { problemsShare } from "./problems-share";
import { typos } from "./typos";
import { voiceMismatch } from "./voice-mismatch";

/** Every rule, by id: one literal list, no directory scan (a test checks file name = id). */
export const RULES: readonly Rule[] = [formulations, garbledText, lineBreak, numberingSequence, numberingStyle, problemsShare, typos, voiceMismatch];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export type { Rule, RuleMeta, RuleSettings, Fix, RuleCategory } from "./types";

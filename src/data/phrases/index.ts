import type { Phrase } from "../../core/phrases/types";
import { CASES } from "./cases";
import { CAUSES } from "./causes";
import { CLOSINGS } from "./closings";
import { expandEntry, type PhraseEntry } from "./entry";
import { FOLLOWUPS } from "./followup";
import { LINKS } from "./links";
import { MEASURES_POLITICS } from "./measures-politics";
import { MEASURES_WORK } from "./measures-work";
import { OPENINGS } from "./openings";
import { PROBLEMS_DUTY } from "./problems-duty";
import { PROBLEMS_POLITICS } from "./problems-politics";
import { PROBLEMS_WORK } from "./problems-work";
import { REFLECTIONS } from "./reflection";

/*
 * The built-in phrase library: our own writing, one file per part, in the order of a material.
 * Data, validated by test/unit/phrases/library.test.ts (schema, duplicates, tags, voices, and no
 * copying from the real materials of shared/corpus). Pinyin is in pinyin.generated.ts, written
 * by `npm run phrases:pinyin`; this module does not import it, so the pinyin script can read the
 * library without the pinyin.
 */
export const PHRASE_ENTRIES: readonly PhraseEntry[] = [
  ...OPENINGS,
  ...REFLECTIONS,
  ...FOLLOWUPS,
  ...PROBLEMS_POLITICS,
  ...PROBLEMS_WORK,
  ...PROBLEMS_DUTY,
  ...CASES,
  ...CAUSES,
  ...MEASURES_POLITICS,
  ...MEASURES_WORK,
  ...CLOSINGS,
  ...LINKS,
];

/** Every phrase of the library: an entry's voice-neutral text, or its personal and team forms. */
export const PHRASES: readonly Phrase[] = PHRASE_ENTRIES.flatMap(expandEntry);

export const PHRASES_BY_ID: ReadonlyMap<string, Phrase> = new Map(PHRASES.map((p) => [p.id, p]));

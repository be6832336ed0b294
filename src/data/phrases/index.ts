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
 * copying from the real materials of shared/corpus). Pinyin is in pinyin/ (one file per file here), written
 * by `npm run phrases:pinyin`; this module does not import it, so the pinyin script can read the
 * library without the pinyin.
 */
/** The library's files, by name, in the order of a material (the pinyin is written one file each too). */
const PHRASE_FILES: readonly { name: string; entries: readonly PhraseEntry[] }[] = [
  { name: "openings", entries: OPENINGS },
  { name: "reflection", entries: REFLECTIONS },
  { name: "followup", entries: FOLLOWUPS },
  { name: "problems-politics", entries: PROBLEMS_POLITICS },
  { name: "problems-work", entries: PROBLEMS_WORK },
  { name: "problems-duty", entries: PROBLEMS_DUTY },
  { name: "cases", entries: CASES },
  { name: "causes", entries: CAUSES },
  { name: "measures-politics", entries: MEASURES_POLITICS },
  { name: "measures-work", entries: MEASURES_WORK },
  { name: "closings", entries: CLOSINGS },
  { name: "links", entries: LINKS },
];

export const PHRASE_ENTRIES: readonly PhraseEntry[] = PHRASE_FILES.flatMap((f) => f.entries);

/** Every phrase of the library, file by file: an entry's voice-neutral text, or its personal and team forms. */
export const PHRASES_BY_FILE: readonly { name: string; phrases: readonly Phrase[] }[] = PHRASE_FILES.map((f) => ({ name: f.name, phrases: f.entries.flatMap(expandEntry) }));

export const PHRASES: readonly Phrase[] = PHRASES_BY_FILE.flatMap((f) => f.phrases);

export const PHRASES_BY_ID: ReadonlyMap<string, Phrase> = new Map(PHRASES.map((p) => [p.id, p]));

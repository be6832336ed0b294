import { PHRASES } from "../../data/phrases";
import { PHRASE_PINYIN } from "../../data/phrases/pinyin";
import { createPhraseIndex, type PhraseIndex } from "./search";
import type { SearchablePhrase } from "./types";

/*
 * The built-in library with its pinyin (computed at build time), ready for the search. The pane
 * imports this, never pinyinOf.ts, so pinyin-pro stays out of its first load.
 */
export const BUILTIN_PHRASES: readonly SearchablePhrase[] = PHRASES.map((p) => {
  const pinyin = PHRASE_PINYIN[p.id];
  return pinyin !== undefined ? { ...p, pinyin: { full: pinyin } } : p;
});

let builtin: PhraseIndex | null = null;

/** The index of the built-in library, built on first use. */
export function builtinPhraseIndex(): PhraseIndex {
  builtin ??= createPhraseIndex(BUILTIN_PHRASES);
  return builtin;
}

/** An index of the library and the writer's own phrases (theirs first on equal rank). */
export function phraseIndexWith(own: readonly SearchablePhrase[]): PhraseIndex {
  return own.length === 0 ? builtinPhraseIndex() : createPhraseIndex([...own, ...BUILTIN_PHRASES]);
}

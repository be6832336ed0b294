import { CHARACTER_TYPOS } from "./characters";
import { IDIOM_TYPOS } from "./idioms";
import { WORD_TYPOS } from "./words";
import type { Typo } from "./types";

export type { Typo } from "./types";

/** Every confusion the `typos` rule looks for (the rules of the list: types.ts). */
export const TYPOS: Typo[] = [...CHARACTER_TYPOS, ...IDIOM_TYPOS, ...WORD_TYPOS];

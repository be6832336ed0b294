import { FULL_NAMES, KNOWN_ERRORS } from "./names";
import { MEMBER_LISTS } from "./memberLists";
import { FIXED_PAIRS } from "./pairs";

export type { FixedPair, FormulationSource, FullName, KnownError, MemberList } from "./types";
export { FIXED_PAIRS, FULL_NAMES, KNOWN_ERRORS, MEMBER_LISTS };

/** How many formulations the data holds (the issue asks for at least 60). */
export const FORMULATION_COUNT = FULL_NAMES.length + KNOWN_ERRORS.length + MEMBER_LISTS.length + FIXED_PAIRS.length;

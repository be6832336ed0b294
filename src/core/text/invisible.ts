/**
 * Characters a reader does not see: the soft hyphen, zero-width spaces and joiners (which some
 * websites put between every two characters), direction marks and bidi controls (which can
 * reorder what a reviewer sees), the word joiner and a stray byte-order mark. One list for the
 * analysis (which leaves them out), the rules and the terminal report (which escapes them).
 * Written as escapes: the source must never hold them raw.
 */
export const INVISIBLE_CLASS = "\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF";

/** One invisible character. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);

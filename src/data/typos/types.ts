/*
 * Confusions common in official writing (公文常见错别字), for the `typos` rule.
 *
 * Rules the list is written for (test/unit/data/typos.test.ts checks them):
 * - `wrong` is wrong wherever it is matched. Where the same characters are right across a word
 *   boundary (来自|已有, 上报|有关, 学习|贯彻), the entry carries a context: `after`/`before` say
 *   where it is wrong, `notAfter`/`notBefore` where it is right. Pairs that are right in some
 *   senses and wrong in others (做/作, 的/地/得, 反应/反映, 其他/其它) are left out.
 * - `wrong` is replaced by `right`, which is never itself reported.
 * - `example` is a sentence of our own in which the entry is reported and fixed to `right`.
 * Contexts are tested on the text right after the match (`after`, `notAfter`, anchored with ^) or
 * right before it (`before`, `notBefore`, anchored with $), within the same paragraph.
 */
export interface Typo {
  wrong: string;
  right: string;
  /** Reported only where the text after the match matches this (anchored with ^). */
  after?: RegExp;
  /** Not reported where the text after the match matches this (anchored with ^). */
  notAfter?: RegExp;
  /** Reported only where the text before the match matches this (anchored with $). */
  before?: RegExp;
  /** Not reported where the text before the match matches this (anchored with $). */
  notBefore?: RegExp;
  /** Why, in a cadre's words: what each character means. */
  note: string;
  /** A sentence of ours with the typo. */
  example: string;
}

/*
 * Canonical formulations (规范表述) that the `formulations` rule checks, taken from
 * shared/domain/formulations.md (`source` is the row number there). Official wording is a fact and
 * is written here as it is; the example sentences of the tests are our own.
 *
 * Four kinds of entry, each checked its own way (src/core/rules/formulations.ts):
 * - FULL_NAMES: a long name found between two exact anchors (习近平 … 思想); a middle one or two
 *   characters off (wrong or missing) is reported with the full name as its fix. A middle with
 *   more characters is another name (习近平新时代中国特色社会主义经济思想) and is never reported.
 * - KNOWN_ERRORS: wrong forms seen in drafts (以习近平总书记为核心的党中央, 思想的 dropped before
 *   指导地位), and outdated forms (马克思主义中国化最新成果 after the 二十大), each with its fix.
 * - MEMBER_LISTS: ordered lists (四个意识: 政治意识、大局意识、核心意识、看齐意识). A list is judged only
 *   where its members stand together, joined by punctuation or 和/及/与 (a "run"): its order when
 *   at least `minForOrder` members are there; a missing, substituted or added member only when the
 *   list's name stands right next to it (“四个意识”即……), so that a partial mention on purpose
 *   (特别是政治意识、大局意识) is never taken for a list with a member missing.
 * - FIXED_PAIRS: fixed verb–object pairs (增强“四个意识”、坚定“四个自信”、做到“两个维护”, 拥护“两个确立”)
 *   and layouts (统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局): a verb that belongs to another
 *   name of the chain, right before the name, is reported with the right verb as its fix.
 */

/** Rows of shared/domain/formulations.md. */
export type FormulationSource = number;

export interface FullName {
  id: string;
  /** The full name as it must be written. */
  canonical: string;
  /** Exact text the name starts with, and ends with; `canonical` is head + middle + tail. */
  head: string;
  middle: string;
  tail: string;
  /** Characters of the middle that may be wrong or missing for a text to count as this name. */
  maxEdits: 1 | 2;
  /** Other middles that are accepted forms, not errors. */
  accepted?: string[];
  source: FormulationSource;
  /** A sentence of ours with the name miswritten, and the same sentence right. */
  example: { bad: string; good: string };
}

export interface KnownError {
  id: string;
  /** The formulation, for messages: "以习近平同志为核心的党中央". */
  name: string;
  /** Matches exactly the text to replace (lookarounds for context); compiled with the g flag. */
  pattern: RegExp;
  /** A word every match contains or touches: the pattern runs only on paragraphs that have it. */
  needs: string;
  /** What replaces the matched text. */
  right: string;
  kind: "wrongName" | "outdated";
  /** For an outdated form: when the current form was adopted (a draft for a later year is reported). */
  since?: { year: number; event: string };
  source: FormulationSource;
  example: { bad: string; good: string };
}

export interface MemberList {
  id: string;
  /** The formulation's name as messages show it, quotes included: "“四个意识”". */
  name: string;
  /** Names a draft may put right next to the members (quoted or not) to say that this is the list. */
  names: string[];
  /** The members, in their fixed order. */
  members: string[];
  /** Other ways drafts write a member (same meaning), with the member's index. */
  aliases?: { text: string; member: number }[];
  /** RegExp source for a word of the same kind that is not a member (责任意识 among the 四个意识). */
  shape?: string;
  /** Words that may stand between members besides punctuation (the verbs of 立足新发展阶段、贯彻…). */
  joiners?: string[];
  /** Members that must stand together before their order is judged. */
  minForOrder: number;
  /** A member's earlier form: reported in drafts for `since.year` or later. */
  outdated?: { text: string; member: number; since: { year: number; event: string } };
  source: FormulationSource;
}

export interface FixedPair {
  id: string;
  /** The name the verb governs: "四个自信". */
  name: string;
  /** Verbs that belong to another name of the chain; found right before this name, they are wrong. */
  wrongVerbs: string[];
  /** The verb that goes with this name. */
  verb: string;
  /** Words right after the name that belong to the other layout (五位一体 is a 总体布局). */
  wrongAfter?: string[];
  after?: string;
  source: FormulationSource;
}

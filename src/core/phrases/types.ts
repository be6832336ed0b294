import type { PartRole } from "../structure/roles";
import type { TopicId } from "../../data/phrases/topics";

/**
 * Whose words a phrase speaks: a person's (我、自己、本人), a team's (班子、有的班子成员), or
 * either (a measure or a link that names no one).
 */
export type PhraseVoice = "personal" | "team" | "any";

/** A sentence the writer adapts, or a link (比如，/ 究其原因，) that joins sentences. */
export type PhraseKind = "sentence" | "link";

/**
 * Finer kinds within a part, shown as filters: what an opening is about, what a link does.
 * Chinese names in PHRASE_FACETS.
 */
export type PhraseFacet =
  | "xuexi-zhunbei"
  | "zhengqiu-yijian"
  | "tanxin-tanhua"
  | "zongshu"
  | "juli"
  | "biaoxian"
  | "yuanyin"
  | "chengjie"
  | "zhenggai";

export const PHRASE_FACETS: Record<PhraseFacet, string> = {
  "xuexi-zhunbei": "学习准备",
  "zhengqiu-yijian": "征求意见",
  "tanxin-tanhua": "谈心谈话",
  zongshu: "总述",
  juli: "举例",
  biaoxian: "表现",
  yuanyin: "究因",
  chengjie: "承接",
  zhenggai: "整改要求",
};

/** One phrase of the library (or of the writer's own), as the search sees it. */
export interface Phrase {
  /** Stable id, kept by favourites and recently used: "wt-lilun-01.p". */
  id: string;
  /** The words, with 【…】 slots for the writer to fill. */
  text: string;
  /** The parts it is written for, the main one first. */
  parts: readonly PartRole[];
  kind: PhraseKind;
  facet?: PhraseFacet;
  /** Topics of the correspondence taxonomy (src/data/phrases/topics.ts), the main one first. */
  topics: readonly TopicId[];
  /** Aspect ids of the meeting types (src/data/templates/) the phrase serves. */
  aspects: readonly string[];
  voice: PhraseVoice;
  /** The entry this phrase comes from: the personal and team forms of one entry share it. */
  entry: string;
}

/** Chinese characters: those that get a pinyin syllable. */
export const HAN = /^\p{Script=Han}$/u;

/**
 * Pinyin of a phrase, for the search: one syllable per Chinese character of the text (HAN), in
 * order; other characters (punctuation, 【】, digits, Latin letters) have none and are matched as
 * they are.
 */
export interface PhrasePinyin {
  /** Space-separated syllables without tones, lower case, ü as v: "li lun xue xi". (The search takes the initials from them.) */
  full: string;
}

/** A phrase with the pinyin the search needs (absent: Chinese matching only). */
export interface SearchablePhrase extends Phrase {
  pinyin?: PhrasePinyin;
}

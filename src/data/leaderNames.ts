/**
 * Leaders' names as websites damage them when a text is copied: cut down to pinyin initials
 * (xjp), a character replaced by a filter's mask (习*平), or the given name masked after the
 * surname (邓--理论). Used by the damaged-names rule (and by the placeholders rule, which leaves
 * these spans to it).
 */

export interface Leader {
  /** The name as it must be written. */
  name: string;
  /** Pinyin initials a copy leaves instead of the name, lower case. */
  initials: string;
  /**
   * Words that, right after the surname and a masked given name, say for certain whose name it
   * is (邓 + ？？ + 理论 can only be 邓小平理论). A plain 同志 is not among them: 毛**同志 may be
   * anyone named 毛 whose name a writer masked.
   */
  certainAfter: readonly string[];
  /**
   * Characters that, just before the surname, make the surname part of another word: 学习**总书记
   * is 学习 + a masked 习近平, not 习 + a masked 近平.
   */
  notAfter?: string;
  /**
   * A character masked inside the name (习*平) is this leader's name whatever follows. Not so for
   * 毛*东 or 邓*平, which may be anyone's masked name: those need a word of `certainAfter` after.
   */
  maskedAlone?: boolean;
}

export const LEADERS: readonly Leader[] = [
  { name: "习近平", initials: "xjp", certainAfter: ["新时代", "总书记", "主席", "同志为核心的党中央"], notAfter: "学复练实见研温修自补传讲演恶陋积", maskedAlone: true },
  { name: "毛泽东", initials: "mzd", certainAfter: ["思想", "主席"], notAfter: "羽皮鸡鹅" },
  { name: "邓小平", initials: "dxp", certainAfter: ["理论"] },
  { name: "江泽民", initials: "jzm", certainAfter: [] },
  { name: "胡锦涛", initials: "hjt", certainAfter: [] },
];

/**
 * What follows a name masked whole (xx, ××, ***, A) when it can only be 习近平's: the name is
 * then restored with certainty. Patterns are anchored at the end of the mask. 为核心 only with
 * 的党中央: 以……同志为核心的党的第一代中央领导集体 is 毛泽东's.
 */
export const XI_CERTAIN_AFTER = /^(?:同志)?(?:为核心的党中央|新时代中国特色社会主义思想)|^(?:强军|经济|外交|生态文明|法治|文化)思想|^总书记/;

/**
 * What follows a masked name that is a leader's without saying whose: 思想 (毛泽东思想 or
 * 习近平新时代…思想), 关于……的重要论述 (习近平 or 习近平总书记). Reported, not fixed.
 */
export const NAME_AFTER = /^思想|^关于[^。；！？]{0,40}?(?:重要论述|重要讲话|重要指示|论述摘编)/;

/** The canonical name of the thought, which 总书记/主席 + 新时代… stands in for when 习近平 is dropped. */
export const XI_THOUGHT_TAIL = "新时代中国特色社会主义";

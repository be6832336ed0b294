import type { PartRole } from "./roles";

/**
 * Recognise a part from its heading. Order matters: the case study (反面典型案例剖析) before the
 * causes (剖析), follow-up (整改落实情况) before measures (整改措施), causes and measures before
 * problems (问题产生的原因 mentions 问题).
 */
const HEADING_RULES: [PartRole, RegExp][] = [
  ["case", /案例|反面典型|以案为鉴|以案促改剖析/],
  ["followup", /(整改|落实|完成)(落实)?(情况|回头看)|上一?(年度|次).{0,12}(情况|整改)/],
  ["causes", /原因|根源|根子|症结|剖析根源|问题剖析|深层次/],
  ["measures", /措施|努力方向|改进方向|整改方向|下一?步|今后|打算|举措|整改目标|改进意见/],
  ["reflection", /体会|收获|感悟|心得|认识$|认识和|认识与/],
  ["problems", /问题|不足|差距|短板|查摆|检视/],
];

/** The role a heading names, or null. `title` is the heading text without its number. */
export function roleOfHeading(title: string): PartRole | null {
  const t = title.replace(/[\s*#]+/g, "");
  if (t.length > 40) return null; // a sentence, not a heading
  // "在……方面" names an aspect of the problems, even when it says 整改落实情况.
  if (/^在.*方面[。：:]?$/.test(t) || /方面[。：:]?$/.test(t)) return null;
  for (const [role, re] of HEADING_RULES) if (re.test(t)) return role;
  return null;
}

/**
 * An unnumbered line that is a part heading: short, no sentence in it, and naming a part with
 * one of the nouns part headings use (党性修养有差距 and 补齐能力短板 are sub-headings).
 */
export function namesPart(content: string): PartRole | null {
  if (!looksLikeStandaloneHeading(content)) return null;
  const role = roleOfHeading(content);
  if (role === "problems" && !/问题|不足|查摆|检视/.test(content)) return null; // 党性修养有差距
  if (role === "measures" && !/措施|举措|方向|打算|下一?步|今后|目标/.test(content)) return null;
  return role;
}

/** The order of the core parts, to tell a later part's heading from a sub-heading. */
export const CORE_ORDER: Partial<Record<PartRole, number>> = { problems: 1, case: 2, causes: 3, measures: 4 };

/** A line that can stand as an unnumbered part heading: short, no sentence inside it. */
export function looksLikeStandaloneHeading(content: string): boolean {
  if (content.length > 60) return false; // a body paragraph: skip the copying below
  const t = content.replace(/[\s*#]/g, "").replace(/[。：:]$/, "");
  return t.length >= 2 && t.length <= 24 && !/[。；;！!？?，,]/.test(t);
}

export const CLOSING = /批评指正|以上是|以上发言|不妥之处|不当之处|请.{0,6}(同志|各位).{0,8}(指正|帮助|提出)|恳请.{0,10}(批评|指正|帮助)/;
export const TITLE_WORDS = /材料|提纲|发言|讲话|对照|检查|检视|剖析|民主生活会|组织生活会/;
export const SPEECH_TITLE = /讲话|致辞|主持词|讲稿|动员|总结讲话/;

/** The parts a material is made of, in their usual order. */
export const PART_ROLES = [
  "title",
  "signature",
  "preamble",
  "reflection",
  "followup",
  "problems",
  "case",
  "causes",
  "measures",
  "closing",
] as const;

export type PartRole = (typeof PART_ROLES)[number];

/** Chinese names of the parts, as the pane and the CLI report show them. */
export const PART_NAMES: Record<PartRole, string> = {
  title: "标题",
  signature: "署名",
  preamble: "开头",
  reflection: "认识与体会",
  followup: "上次整改落实情况",
  problems: "存在的问题",
  case: "反面典型案例剖析",
  causes: "问题产生的原因",
  measures: "整改措施",
  closing: "结束语",
};

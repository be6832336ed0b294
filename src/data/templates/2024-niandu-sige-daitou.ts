import type { MeetingTemplate } from "../../core/checklist/template";

/** 2024年度 民主生活会（四个带头） (see index.ts for how the data is meant to be read). */
export const MEETING_2024_NIANDU_SIGE_DAITOU: MeetingTemplate = {
  id: "2024-niandu-sige-daitou",
  name: "2024年度 民主生活会（四个带头）",
  meeting: "minzhu",
  audience: "any",
  parts: ["problems", "case", "causes", "measures"],
  partHeadings: {
    problems: "对照检查查摆的问题",
    case: "反面典型案例剖析",
    causes: "问题产生的原因剖析",
    measures: "整改措施和努力方向",
  },
  skeletonTitle: "【单位】【个人/领导班子】2024年度民主生活会对照检查材料",
  skeletonPreamble:
    "按照【上级党组织】关于召开2024年度民主生活会的安排，【本人/班子】结合巩固深化党纪学习教育成果，通过【学习研讨、谈心谈话、征求意见】做好会前准备，围绕“四个带头”查摆问题，并对照【反面典型案例】举一反三、深刻剖析。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "zhengzhi-jilv",
      name: "带头严守政治纪律和政治规矩，维护党的团结统一",
      heading: "在带头严守政治纪律和政治规矩、维护党的团结统一方面",
      terms: ["政治纪律", "政治规矩", "团结统一", "党的团结"],
      confidence: "high",
    },
    {
      id: "dangxing-zuofeng",
      name: "带头增强党性、严守纪律、砥砺作风",
      heading: "在带头增强党性、严守纪律、砥砺作风方面",
      terms: ["增强党性", "严守纪律", "砥砺作风", "党性", "作风"],
      confidence: "high",
    },
    {
      id: "danze-chuangxin",
      name: "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新",
      heading: "在带头遵规守纪、清正廉洁前提下勇于担责、敢于创新方面",
      terms: ["勇于担责", "敢于创新", "担当作为", "干事创业", "担责", "担当", "创新"],
      confidence: "high",
    },
    {
      id: "congyan-zhidang",
      name: "带头履行全面从严治党政治责任",
      heading: "在带头履行全面从严治党政治责任方面",
      terms: ["全面从严治党", "从严治党", "管党治党", "主体责任", "一岗双责"],
      confidence: "high",
    },
  ],
  detect: [
    { term: "四个带头", weight: 8 },
    { term: "勇于担责、敢于创新", weight: 6 },
    { term: "严守纪律、砥砺作风", weight: 6 },
    { term: "严守政治纪律和政治规矩", weight: 4 },
    { term: "党纪学习教育", weight: 3 },
    { term: "2024年度", weight: 3 },
    { term: "反面典型案例", weight: 2 },
    { term: "民主生活会", weight: 1 },
  ],
  confidence: "high",
  note: "依据：2024年度县以上党和国家机关民主生活会的“四个带头”，主题与四个方面见于高校公开报道，方面数有其他报道印证（未见通知原文）。这一年度的材料通常在查摆问题之后增加“反面典型案例剖析”。部分组织生活会的支部班子材料也采用四个带头。",
};

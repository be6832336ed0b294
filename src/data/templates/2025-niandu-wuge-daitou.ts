import type { MeetingTemplate } from "../../core/checklist/template";

/** 2025年度 民主生活会（五个带头） (see index.ts for how the data is meant to be read). */
export const MEETING_2025_NIANDU_WUGE_DAITOU: MeetingTemplate = {
  id: "2025-niandu-wuge-daitou",
  name: "2025年度 民主生活会（五个带头）",
  meeting: "minzhu",
  audience: "any",
  parts: ["problems", "case", "causes", "measures"],
  partHeadings: {
    problems: "对照检查查摆的问题",
    case: "反面典型案例剖析",
    causes: "问题产生的原因剖析",
    measures: "整改措施和努力方向",
  },
  skeletonTitle: "【单位】【个人/领导班子】2025年度民主生活会对照检查材料",
  skeletonPreamble:
    "按照【上级党组织】关于召开2025年度民主生活会的部署，【本人/班子】把深入贯彻中央八项规定精神学习教育成果贯穿会前准备，通过【学习研讨、谈心谈话、征求意见】广泛听取意见，围绕“五个带头”逐项检视，并结合【反面典型案例】对照查摆。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "zhengzhi-zhongcheng",
      name: "带头强化政治忠诚、提高政治能力",
      heading: "在带头强化政治忠诚、提高政治能力方面",
      terms: ["政治判断力", "政治忠诚", "政治能力", "两个确立", "两个维护", "忠诚"],
      confidence: "high",
    },
    {
      id: "guben-peiyuan",
      name: "带头固本培元、增强党性",
      heading: "在带头固本培元、增强党性方面",
      terms: ["固本培元", "增强党性", "理论武装", "党性"],
      confidence: "medium",
    },
    {
      id: "jingwei",
      name: "带头敬畏人民、敬畏组织、敬畏法纪",
      heading: "在带头敬畏人民、敬畏组织、敬畏法纪方面",
      terms: ["敬畏人民", "敬畏组织", "敬畏法纪", "三个敬畏", "敬畏"],
      confidence: "medium",
    },
    {
      id: "dandang-zuowei",
      name: "带头干事创业、担当作为",
      heading: "在带头干事创业、担当作为方面",
      terms: ["干事创业", "担当作为", "真抓实干", "担当"],
      confidence: "medium",
    },
    {
      id: "guandang-zhidang",
      name: "带头坚决扛起管党治党责任",
      heading: "在带头坚决扛起管党治党责任方面",
      terms: ["全面从严治党", "管党治党", "从严治党", "主体责任", "一岗双责"],
      confidence: "medium",
    },
  ],
  detect: [
    { term: "五个带头", weight: 8 },
    { term: "固本培元", weight: 6 },
    { term: "敬畏人民、敬畏组织", weight: 6 },
    { term: "强化政治忠诚、提高政治能力", weight: 4 },
    { term: "八项规定精神学习教育", weight: 3 },
    { term: "2025年度", weight: 3 },
    { term: "二十届四中全会", weight: 2 },
    { term: "反面典型案例", weight: 2 },
    { term: "民主生活会", weight: 1 },
  ],
  confidence: "medium",
  note: "依据：2025年度民主生活会的“五个带头”。第（一）项“带头强化政治忠诚、提高政治能力”有多份材料印证；第（二）至（五）项的措辞只见于一份材料的目录，尚未与通知原文核实，请以本单位收到的通知为准并按需修改清单。这一年度的材料通常增加“反面典型案例剖析”。",
};

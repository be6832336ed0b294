import type { MeetingTemplate } from "../../core/checklist/template";

/** 组织生活会（党员个人） (see index.ts for how the data is meant to be read). */
export const MEETING_ZUZHI_DANGYUAN: MeetingTemplate = {
  id: "zuzhi-dangyuan",
  name: "组织生活会（党员个人）",
  meeting: "zuzhi",
  audience: "personal",
  parts: ["problems", "causes", "measures"],
  partHeadings: {
    problems: "存在的问题",
    causes: "问题产生的原因",
    measures: "整改措施",
  },
  skeletonTitle: "【支部】【姓名】【年度】年度组织生活会个人对照检查材料",
  skeletonPreamble:
    "按照【党支部】召开【年度】年度组织生活会的通知要求，本人认真学习【党章、党规党纪和规定学习材料】，对照党员义务和合格党员标准，结合【谈心谈话、征求意见】情况查找自身不足。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "zhengzhi-xinyang",
      name: "政治信仰",
      heading: "政治信仰方面",
      terms: ["政治信仰", "理想信念", "信仰信念", "政治立场"],
      confidence: "medium",
    },
    {
      id: "dangyuan-yishi",
      name: "党员意识",
      heading: "党员意识方面",
      terms: ["党员意识", "党员身份", "身份意识", "组织观念", "党章意识"],
      confidence: "medium",
    },
    {
      id: "lilun-xuexi",
      name: "理论学习",
      heading: "理论学习方面",
      terms: ["理论学习", "理论武装", "学懂弄通", "政治理论", "学习贯彻"],
      confidence: "medium",
    },
    {
      id: "nengli-benling",
      name: "能力本领",
      heading: "能力本领方面",
      terms: ["能力本领", "本领能力", "能力素质", "业务能力", "履职能力", "能力水平", "本领"],
      confidence: "medium",
    },
    {
      id: "zuoyong-fahui",
      name: "作用发挥",
      heading: "作用发挥方面",
      terms: ["先锋模范", "作用发挥", "发挥作用", "模范作用", "先锋作用", "带头作用"],
      confidence: "medium",
    },
    {
      id: "jilv-zuofeng",
      name: "纪律作风",
      heading: "纪律作风方面",
      terms: ["纪律作风", "作风纪律", "纪律", "作风", "规矩", "廉洁"],
      confidence: "medium",
    },
  ],
  detect: [
    { term: "政治信仰、党员意识", weight: 8 },
    { term: "作用发挥、纪律作风", weight: 6 },
    { term: "组织生活会", weight: 6 },
    { term: "党员个人", weight: 2 },
    { term: "普通党员", weight: 2 },
    { term: "党员义务", weight: 2 },
    { term: "合格党员", weight: 1 },
  ],
  confidence: "medium",
  note: "依据：2024年度组织生活会的地方通知和报道，要求党员对照党员义务，查找在政治信仰、党员意识、理论学习、能力本领、作用发挥、纪律作风等方面的问题；这六个方面在普通党员材料中广泛使用，但措辞未经中央通知原文核实，各地、各年度可能不同，请以本支部通知为准。",
};

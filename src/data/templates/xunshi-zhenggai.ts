import type { MeetingTemplate } from "../../core/checklist/template";

/** 巡视整改 / 以案促改 专题 (see index.ts for how the data is meant to be read). */
export const MEETING_XUNSHI_ZHENGGAI: MeetingTemplate = {
  id: "xunshi-zhenggai",
  name: "巡视整改 / 以案促改 专题",
  meeting: "minzhu",
  audience: "any",
  parts: ["problems", "causes", "measures"],
  partHeadings: {
    problems: "对照反馈意见查摆的问题",
    causes: "问题产生的原因剖析",
    measures: "整改措施",
  },
  skeletonTitle: "【单位】【个人/领导班子】【巡视/巡察/以案促改】整改专题民主生活会对照检查材料",
  skeletonPreamble:
    "按照【上级党组织】关于开好【巡视/巡察】反馈问题整改专题民主生活会的要求，【本人/班子】聚焦反馈指出的【问题清单】，结合分管工作逐条对照、深入剖析。现将对照检查情况报告如下：",
  aspects: [],
  writerDefinesAspects: true,
  detect: [
    { term: "以案促改", weight: 6 },
    { term: "巡视", weight: 6 },
    { term: "巡察", weight: 6 },
    { term: "以案为鉴", weight: 3 },
    { term: "整改专题", weight: 3 },
    { term: "反馈意见", weight: 2 },
    { term: "反馈问题", weight: 2 },
  ],
  confidence: "medium",
  note: "这类专题会没有统一的中央清单：要对照的方面按巡视（巡察）反馈意见或案件暴露的问题确定，请把反馈意见列出的方面逐项填入清单。结构依据真实材料：查摆问题、原因剖析、整改措施，常在前面加“认识与体会”。",
};

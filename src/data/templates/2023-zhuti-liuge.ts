import type { MeetingTemplate } from "../../core/checklist/template";

/** 2023年 主题教育（六个方面突出问题） (see index.ts for how the data is meant to be read). */
export const MEETING_2023_ZHUTI_LIUGE: MeetingTemplate = {
  id: "2023-zhuti-liuge",
  name: "2023年 主题教育（六个方面突出问题）",
  meeting: "minzhu",
  audience: "any",
  parts: ["problems", "causes", "measures"],
  partHeadings: {
    problems: "存在的突出问题",
    causes: "问题产生的原因剖析",
    measures: "整改措施和努力方向",
  },
  skeletonTitle: "【单位】【个人/领导班子】2023年度主题教育专题民主生活会对照检查材料",
  skeletonPreamble:
    "按照【上级党组织】关于召开主题教育专题民主生活会的部署，【本人/班子】在【集中学习、谈心谈话、征求意见】的基础上，对照理论学习、政治素质、能力本领、担当作为、工作作风和廉洁自律这六个方面查摆问题、剖析根源。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "lilun-xuexi",
      name: "理论学习",
      heading: "理论学习方面",
      terms: ["学习贯彻习近平", "理论学习", "理论武装", "学懂弄通", "学深悟透", "创新理论"],
      confidence: "high",
    },
    {
      id: "zhengzhi-suzhi",
      name: "政治素质",
      heading: "政治素质方面",
      terms: ["政治判断力", "政治执行力", "政治素质", "政治站位", "政治能力", "政治忠诚", "两个确立", "两个维护", "讲政治"],
      confidence: "high",
    },
    {
      id: "nengli-benling",
      name: "能力本领",
      heading: "能力本领方面",
      terms: ["能力本领", "本领能力", "能力素质", "能力水平", "履职能力", "本领"],
      confidence: "high",
    },
    {
      id: "dandang-zuowei",
      name: "担当作为",
      heading: "担当作为方面",
      terms: ["担当作为", "敢于担当", "干事创业", "真抓实干", "履职尽责", "担当"],
      confidence: "high",
    },
    {
      id: "gongzuo-zuofeng",
      name: "工作作风",
      heading: "工作作风方面",
      terms: ["形式主义", "官僚主义", "工作作风", "作风建设", "四风", "作风"],
      confidence: "high",
    },
    {
      id: "lianjie-zilv",
      name: "廉洁自律",
      heading: "廉洁自律方面",
      terms: ["八项规定", "廉洁自律", "清正廉洁", "廉洁从政", "廉洁奉公", "廉洁", "廉政", "自律"],
      confidence: "high",
    },
  ],
  detect: [
    { term: "理论学习、政治素质", weight: 8 },
    { term: "政治素质、能力本领", weight: 8 },
    { term: "六个方面突出问题", weight: 8 },
    { term: "担当作为、工作作风", weight: 6 },
    { term: "主题教育", weight: 5 },
    { term: "2023年度", weight: 3 },
    { term: "学思想、强党性", weight: 2 },
    { term: "检视整改", weight: 2 },
  ],
  confidence: "high",
  note: "依据：《中共中央关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》提出的理论学习、政治素质、能力本领、担当作为、工作作风、廉洁自律这6个方面的突出问题（据公开报道转引，未见通知原文）。许多2023—2024年的个人和班子材料以此分组，组织生活会也常用。注意：它与2023年度专题民主生活会通知列出的6个方面不是同一清单，请按本单位通知选择。",
};

import type { MeetingTemplate } from "../../core/checklist/template";

/** 2023年度 专题民主生活会（通知六个方面） (see index.ts for how the data is meant to be read). */
export const MEETING_2023_NIANDU_ZHUANTI: MeetingTemplate = {
  id: "2023-niandu-zhuanti",
  name: "2023年度 专题民主生活会（通知六个方面）",
  meeting: "minzhu",
  audience: "any",
  parts: ["problems", "causes", "measures"],
  partHeadings: {
    problems: "存在的主要问题",
    causes: "问题产生的原因剖析",
    measures: "整改措施和努力方向",
  },
  skeletonTitle: "【单位】【个人/领导班子】2023年度主题教育专题民主生活会对照检查材料",
  skeletonPreamble:
    "根据【上级党组织】关于开好2023年度专题民主生活会的通知要求，【本人/班子】紧扣“学思想、强党性、重实践、建新功”的总要求，通过【学习研讨、谈心谈话、征求意见】做好会前准备，对照通知明确的6个方面逐项检视。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "xuexi-guanche",
      name: "学习贯彻习近平新时代中国特色社会主义思想",
      heading: "在学习贯彻习近平新时代中国特色社会主义思想方面",
      terms: ["新时代中国特色社会主义思想", "学习贯彻习近平", "理论学习", "理论武装", "学懂弄通", "学深悟透", "创新理论", "凝心铸魂"],
      confidence: "high",
    },
    {
      id: "weihu-quanwei",
      name: "维护党中央权威和集中统一领导",
      heading: "在维护党中央权威和集中统一领导方面",
      terms: ["集中统一领导", "党中央权威", "政治忠诚", "政治纪律", "政治站位", "两个维护", "两个确立"],
      confidence: "high",
    },
    {
      id: "zongzhi-renmin",
      name: "践行宗旨、服务人民",
      heading: "在践行宗旨、服务人民方面",
      terms: ["以人民为中心", "为人民服务", "践行宗旨", "宗旨意识", "服务人民", "服务群众", "为民服务", "为民造福", "人民立场"],
      confidence: "high",
    },
    {
      id: "qiushi-luoshi",
      name: "求真务实、狠抓落实",
      heading: "在求真务实、狠抓落实方面",
      terms: ["求真务实", "狠抓落实", "真抓实干", "实干担当", "担当作为", "干事创业", "形式主义", "官僚主义", "抓落实"],
      confidence: "high",
    },
    {
      id: "lianjie-zilv",
      name: "以身作则、廉洁自律",
      heading: "在以身作则、廉洁自律方面",
      terms: ["以身作则", "廉洁自律", "清正廉洁", "廉洁从政", "廉洁奉公", "八项规定", "廉洁"],
      confidence: "high",
    },
    {
      id: "congyan-zhidang",
      name: "履行全面从严治党政治责任",
      heading: "在履行全面从严治党政治责任方面",
      terms: ["党风廉政建设", "全面从严治党", "从严治党", "管党治党", "主体责任", "一岗双责"],
      confidence: "high",
    },
  ],
  detect: [
    { term: "践行宗旨、服务人民", weight: 8 },
    { term: "求真务实、狠抓落实", weight: 8 },
    { term: "以身作则、廉洁自律", weight: 6 },
    { term: "主题教育", weight: 3 },
    { term: "2023年度", weight: 3 },
    { term: "履行全面从严治党政治责任", weight: 2 },
    { term: "学思想、强党性", weight: 2 },
    { term: "专题民主生活会", weight: 1 },
  ],
  confidence: "high",
  note: "依据：2023年度学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会通知列出的6个方面，由两份相互独立的公开材料印证（未见通知原文）。注意：它与主题教育《意见》的“理论学习、政治素质……廉洁自律”六个方面不同，两种分组在实际材料中都有，请按本单位通知选择。",
};

import type { MeetingTemplate } from "../../core/checklist/template";

/** 2019年 “不忘初心、牢记使命”专题（四个找一找） (see index.ts for how the data is meant to be read). */
export const MEETING_2019_BUWANG_CHUXIN: MeetingTemplate = {
  id: "2019-buwang-chuxin",
  name: "2019年 “不忘初心、牢记使命”专题（四个找一找）",
  meeting: "minzhu",
  audience: "any",
  parts: ["problems", "causes", "measures"],
  partHeadings: {
    problems: "检视查摆的主要问题",
    causes: "问题产生的原因剖析",
    measures: "整改措施",
  },
  skeletonTitle: "【单位】【个人/领导班子】“不忘初心、牢记使命”专题民主生活会对照检查材料",
  skeletonPreamble:
    "按照【上级党组织】关于“不忘初心、牢记使命”主题教育专题民主生活会的安排，【本人/班子】围绕“守初心、担使命，找差距、抓落实”的总要求，按照“四个对照”“四个找一找”的要求，结合【征求意见、谈心谈话】情况检视问题。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "sige-yishi",
      name: "找一找：增强“四个意识”、坚定“四个自信”、做到“两个维护”",
      heading: "在增强“四个意识”、坚定“四个自信”、做到“两个维护”方面",
      terms: ["四个意识", "四个自信", "两个维护"],
      confidence: "high",
    },
    {
      id: "jingwei-dixian",
      name: "找一找：知敬畏、存戒惧、守底线",
      heading: "在知敬畏、存戒惧、守底线方面",
      terms: ["知敬畏", "存戒惧", "守底线", "敬畏", "戒惧", "底线"],
      confidence: "high",
    },
    {
      id: "qunzhong",
      name: "找一找：群众观点、群众立场、群众感情、服务群众",
      heading: "在群众观点、群众立场、群众感情、服务群众方面",
      terms: ["群众观点", "群众立场", "群众感情", "服务群众", "联系群众", "宗旨意识", "为民服务"],
      confidence: "high",
    },
    {
      id: "sixiang-zuofeng",
      name: "找一找：思想觉悟、能力素质、道德修养、作风形象",
      heading: "在思想觉悟、能力素质、道德修养、作风形象方面",
      terms: ["思想觉悟", "能力素质", "道德修养", "作风形象", "觉悟", "作风"],
      confidence: "high",
    },
  ],
  detect: [
    { term: "四个找一找", weight: 8 },
    { term: "不忘初心", weight: 6 },
    { term: "守初心、担使命", weight: 4 },
    { term: "找差距、抓落实", weight: 4 },
    { term: "四个对照", weight: 3 },
    { term: "2019年", weight: 3 },
    { term: "十八个是否", weight: 3 },
  ],
  confidence: "high",
  note: "依据：2019年“不忘初心、牢记使命”主题教育专题民主生活会的“四个找一找”（据新华网评等公开报道）。同时要求“四个对照”：对照习近平新时代中国特色社会主义思想和党中央决策部署，对照党章党规，对照人民群众新期待，对照先进典型、身边榜样；它们是对照的标尺，不作为清单的方面。有的班子材料按其他分组列问题（如思想政治建设、担当作为、作风、从严治党等），这时请修改清单。",
};

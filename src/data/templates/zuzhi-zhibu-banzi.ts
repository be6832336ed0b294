import type { MeetingTemplate } from "../../core/checklist/template";

/** 组织生活会（支部班子） (see index.ts for how the data is meant to be read). */
export const MEETING_ZUZHI_ZHIBU_BANZI: MeetingTemplate = {
  id: "zuzhi-zhibu-banzi",
  name: "组织生活会（支部班子）",
  meeting: "zuzhi",
  audience: "team",
  parts: ["problems", "causes", "measures"],
  partHeadings: {
    problems: "存在的问题",
    causes: "问题产生的原因",
    measures: "整改措施",
  },
  skeletonTitle: "【党支部】支部班子【年度】年度组织生活会对照检查材料",
  skeletonPreamble:
    "按照【上级党组织】关于召开【年度】年度组织生活会的通知，支部班子在【集中学习、谈心谈话、征求党员群众意见】的基础上，对照支部职责逐项检视履职情况。现将对照检查情况报告如下：",
  aspects: [
    {
      id: "zhengzhi-yinling",
      name: "发挥政治引领作用",
      heading: "发挥政治引领作用方面",
      terms: ["政治引领", "政治功能", "引领作用", "政治建设"],
      confidence: "low",
    },
    {
      id: "guanche-bushu",
      name: "贯彻落实上级党组织工作部署",
      heading: "贯彻落实上级党组织工作部署方面",
      terms: ["上级党组织", "工作部署", "决策部署", "上级部署", "贯彻落实"],
      confidence: "low",
    },
    {
      id: "zuzhi-shenghuo",
      name: "定期开展党的组织生活",
      heading: "定期开展党的组织生活方面",
      terms: ["组织生活", "三会一课", "主题党日"],
      confidence: "low",
    },
    {
      id: "jiaoyu-guanli",
      name: "严格党员日常教育管理监督",
      heading: "严格党员日常教育管理监督方面",
      terms: ["教育管理", "管理监督", "党员管理", "党员教育", "党员队伍"],
      confidence: "low",
    },
    {
      id: "fuwu-qunzhong",
      name: "联系服务群众",
      heading: "联系服务群众方面",
      terms: ["联系服务群众", "服务群众", "联系群众", "群众工作", "为民服务", "办实事"],
      confidence: "low",
    },
    {
      id: "gongzuo-zuofeng",
      name: "改进工作作风",
      heading: "改进工作作风方面",
      terms: ["工作作风", "形式主义", "官僚主义", "作风"],
      confidence: "low",
    },
  ],
  detect: [
    { term: "支部班子", weight: 6 },
    { term: "支委班子", weight: 6 },
    { term: "发挥政治引领作用", weight: 4 },
    { term: "定期开展党的组织生活", weight: 4 },
    { term: "组织生活会", weight: 4 },
    { term: "支部委员会", weight: 3 },
    { term: "联系服务群众", weight: 2 },
  ],
  confidence: "low",
  note: "依据：一份2022年度支部班子组织生活会的真实材料所用的分组（发挥政治引领作用、贯彻落实上级党组织工作部署、定期开展党的组织生活、严格党员日常教育管理监督、联系服务群众、改进工作作风），不是通知原文，尚未核实。各地支部班子也常用当年民主生活会的方面（如2024年度的“四个带头”），请以上级通知为准修改清单。",
};

import { testRule } from "../../helpers/ruleTester";
import { followupWithoutResults } from "../../../src/core/rules/followup-without-results";

const draft = (followup: string[], title = "县卫健局领导班子2024年度民主生活会对照检查材料") => [
  title,
  "会前，班子认真开展学习研讨，广泛征求意见建议。现将对照检查情况报告如下：",
  "一、上年度民主生活会整改落实情况",
  ...followup,
  "二、存在的问题",
  "（一）理论学习方面。学习不够深入，比如全年只集中研讨了3次。",
  "三、问题产生的原因",
  "理想信念有所松懈，对党性锻炼重视不够。",
  "四、整改措施",
  "每月召开一次党组理论学习中心组会议。",
];

testRule(followupWithoutResults, {
  valid: [
    { description: "results with numbers", text: draft(["上年度查摆的4个方面11个问题，制定的23项整改措施已完成21项，其余2项正在推进。"]) },
    { description: "results without numbers", text: draft(["针对基层负担重的问题，建立了检查考核统筹制度，督查检查已全部整改到位。"]) },
    { description: "a personal material", text: draft(["我对上次查摆的问题逐条整改，按期完成了全部整改任务。"], "县卫健局副局长2024年度民主生活会个人对照检查材料") },
    { description: "no follow-up part at all", text: draft([]).filter((l) => !l.includes("整改落实情况")) },
  ],
  invalid: [
    {
      description: "attitudes, no result",
      text: draft(["班子对上次民主生活会查摆的问题高度重视，逐条研究整改措施，认真抓好整改落实，取得了较好效果。"]),
      errors: [{ messageId: "noResults", paragraph: 2, text: "一、上年度民主生活会整改落实情况" }],
    },
    {
      description: "a heading with nothing under it",
      text: draft([]),
      errors: [{ messageId: "empty", paragraph: 2 }],
    },
  ],
});

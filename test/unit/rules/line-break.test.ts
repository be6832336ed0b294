import { testRule } from "../../helpers/ruleTester";
import { lineBreak } from "../../../src/core/rules/line-break";

// A draft of ours as a PDF gives it: every printed line its own paragraph.
const wrapped = [
  "交通运输局副局长2024年度民主生活会个人对照检查材料",
  "一、存在的突出问题",
  "（一）在带头强化政治忠诚方面",
  "我对新出台的政策文件往往只看摘要，没有逐条研读",
  "，比如去年公路养护新规出台后，",
  "直到科室汇报才细看。",
  "二、整改措施",
  "每月集中学习一次。",
];

testRule(lineBreak, {
  valid: [
    { description: "one paragraph a line, each ending its sentence", text: ["交通运输局副局长2024年度民主生活会个人对照检查材料", "一、存在的突出问题", "我学习不够深入。", "二、整改措施", "每月集中学习一次。"] },
    { description: "a heading is never glued to its body", text: ["个人对照检查材料", "一、存在的突出问题", "（一）在带头强化政治忠诚方面", "我学习不够深入。"] },
  ],
  invalid: [
    {
      description: "a paragraph broken twice, joined back with both fixes",
      text: wrapped,
      errors: [
        { messageId: "broken", paragraph: 3, start: 17, end: 23, text: "没有逐条研读" },
        { messageId: "broken", paragraph: 4, text: "新规出台后，" },
      ],
      output: [
        "交通运输局副局长2024年度民主生活会个人对照检查材料",
        "一、存在的突出问题",
        "（一）在带头强化政治忠诚方面",
        "我对新出台的政策文件往往只看摘要，没有逐条研读，比如去年公路养护新规出台后，直到科室汇报才细看。",
        "二、整改措施",
        "每月集中学习一次。",
      ],
    },
  ],
});

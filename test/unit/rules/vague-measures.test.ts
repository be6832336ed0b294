import { testRule } from "../../helpers/ruleTester";
import { vagueMeasures } from "../../../src/core/rules/vague-measures";

const draft = (measures: string[], title = "自然资源局局长2024年度民主生活会个人对照检查材料") => [
  title,
  "一、存在的问题",
  "（一）理论学习方面。学习不够深入，比如今年只参加了3次专题研讨。",
  "二、问题产生的原因",
  "理论学习的自觉性不强，把学习当成软任务。",
  "三、整改措施",
  ...measures,
];

testRule(vagueMeasures, {
  valid: [
    {
      description: "frequency, deadline, number, owner, a named document",
      text: draft([
        "（一）加强理论学习。每月参加一次中心组专题学习，进一步提高学习质量。",
        "（二）提升能力本领。年底前完成耕地保护专项调研，形成调研报告，切实提高决策水平。",
        "（三）压实管党治党责任。由分管副局长牵头，对下属单位党组织书记开展一轮约谈，不断压实责任。",
        "（四）筑牢廉洁防线。认真学习《中国共产党纪律处分条例》，进一步增强纪律意识，持续强化自我约束。",
      ]),
    },
    {
      description: "a team's measures with run-on items, one of them concrete",
      text: draft(
        ["（一）强化理论武装。一是进一步提高政治站位，不断增强学习自觉。二是严格落实“第一议题”制度，把学习成果转化为工作成效。"],
        "县委常委班子2023年度民主生活会对照检查材料",
      ),
    },
    { description: "a measure heading still to be written", text: draft(["（一）加强理论学习", "（二）改进工作作风"]) },
  ],
  invalid: [
    {
      description: "a group of attitudes only",
      text: draft([
        "（一）加强理论学习。进一步提高思想认识，不断增强学习的自觉性和主动性，切实把学习成果转化为推动工作的实际成效。",
        "（二）改进工作作风。每季度到联系乡镇蹲点调研一次，年底前解决一批群众反映的问题。",
      ]),
      errors: [{ messageId: "vague", paragraph: 6, text: "加强理论学习" }],
    },
    {
      description: "run-on items, none concrete",
      text: draft(["（一）强化责任担当。一是进一步增强担当意识，不断提升履职能力。二是切实转变工作作风，持续加强自身建设，努力做到干在实处、走在前列。"]),
      errors: [{ messageId: "vague", text: "强化责任担当" }],
    },
    {
      description: "a short sentence of attitude is written, not a heading still to be written",
      text: draft(["（一）规范组织生活。进一步加强学习，不断提高组织生活质量。", "（二）加强学习。不断提高政治站位，进一步增强责任意识。"]),
      errors: [
        { messageId: "vague", text: "规范组织生活" },
        { messageId: "vague", text: "加强学习" },
      ],
    },
  ],
});

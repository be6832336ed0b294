import { testRule } from "../../helpers/ruleTester";
import { problemWithoutCause } from "../../../src/core/rules/problem-without-cause";

const title = "2023年主题教育专题民主生活会个人对照检查材料";
const problems = [
  "一、存在的问题",
  "（一）理论学习方面。一是学习不够系统，读原著少。二是学用结合不紧。",
  "（二）廉洁自律方面。一是对身边人管得不严。二是公务接待把关不严。",
];
const measures = ["三、整改措施", "（一）加强理论学习。每周自学两个半天。", "（二）严守廉洁底线。每季度开展一次廉政谈话，严格执行公务接待规定。"];
const closing = "以上是我的对照检查，请同志们批评指正。";

testRule(problemWithoutCause, {
  valid: [
    {
      description: "one general cause (理想信念, the 总开关) explains both",
      text: [title, ...problems, "二、问题产生的原因", "（一）理想信念有所松懈。思想上的总开关拧得不够紧。", ...measures, closing],
    },
    { description: "no causes part: the checklist reports it", text: [title, ...problems, ...measures, closing] },
  ],
  invalid: [
    {
      description: "causes that say nothing of 廉洁 or its roots",
      text: [title, ...problems, "二、问题产生的原因", "（一）理论学习的自觉性不强。把学习当作软任务。", ...measures, closing],
      errors: [{ messageId: "noCause", paragraph: 3, text: "廉洁自律方面" }],
    },
    {
      description: "a problem group too thin to tell its topic",
      text: [title, ...problems.slice(0, 2), "（二）其他方面。偶尔迟到早退。", "二、问题产生的原因", "（一）理论学习的自觉性不强。把学习当作软任务。", ...measures, closing],
      errors: [{ messageId: "noCauseNoTopic", paragraph: 3, text: "其他方面" }],
    },
  ],
});

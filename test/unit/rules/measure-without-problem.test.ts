import { testRule } from "../../helpers/ruleTester";
import { measureWithoutProblem } from "../../../src/core/rules/measure-without-problem";

const title = "2023年主题教育专题民主生活会个人对照检查材料";
const problems = [
  "一、存在的问题",
  "（一）理论学习方面。一是学习不够系统，读原著少。二是学用结合不紧。",
  "（二）调查研究方面。一是下基层调研多是听汇报，蹲点少。二是对群众反映的停车难问题了解不深。",
];
const causes = ["二、问题产生的原因", "（一）理想信念有所松懈。把理论学习当作软任务。", "（二）宗旨意识有所淡化。站在群众立场想问题不够。"];
const measures = ["三、整改措施", "（一）加强理论学习。每周自学两个半天，年底前通读规定篇目。", "（二）深入调查研究。每月到联系点蹲点调研一天，年内解决小区停车难问题。"];
const closing = "以上是我的对照检查，请同志们批评指正。";

testRule(measureWithoutProblem, {
  valid: [
    { description: "every measure answers a problem", text: [title, ...problems, ...causes, ...measures, closing] },
    {
      description: "a measure that names what the problem names, without a topic's words",
      text: [title, "一、存在的问题", "（一）履职方面。古建筑修缮资金缺口大，我等待上级补助。", "二、原因", "一是担当精神不足。", "三、整改措施", "（一）半年内牵头制定古建筑修缮多渠道筹资方案。", closing],
    },
    { description: "no problems part: nothing to answer", text: [title, ...causes, ...measures, closing] },
  ],
  invalid: [
    {
      description: "a measure on safety in a draft that raises no such problem",
      text: [title, ...problems, ...causes, ...measures, "（三）守牢安全生产底线。每月开展一次安全生产隐患排查，汛期前完成应急演练。", closing],
      errors: [{ messageId: "noProblem", paragraph: 10, text: "守牢安全生产底线" }],
    },
    {
      description: "a measure too thin to tell its topic",
      text: [title, ...problems, ...causes, ...measures, "（三）年底前完成档案整理。", closing],
      errors: [{ messageId: "noProblemNoTopic", paragraph: 10, text: "年底前完成档案整理" }],
    },
  ],
});

import { testRule } from "../../helpers/ruleTester";
import { causeRestatesProblem } from "../../../src/core/rules/cause-restates-problem";

const title = "2023年主题教育专题民主生活会个人对照检查材料";
const problems = [
  "一、存在的问题",
  "（一）理论学习方面。一是学习不够系统，读原著少。二是学用结合不紧。",
  "（二）调查研究方面。一是下基层调研多是听汇报，蹲点少。二是对群众反映的停车难问题了解不深。",
];
const measures = ["三、整改措施", "（一）加强理论学习。每周自学两个半天。", "（二）深入调查研究。每月到联系点蹲点调研一天。"];
const closing = "以上是我的对照检查，请同志们批评指正。";

testRule(causeRestatesProblem, {
  valid: [
    {
      description: "causes at the roots, in words of their own",
      text: [title, ...problems, "二、问题产生的原因", "（一）理想信念有所松懈。把理论学习当作软任务。", "（二）宗旨意识有所淡化。站在群众立场想问题不够。", ...measures, closing],
    },
    {
      description: "one date in a cause is no example",
      text: [title, ...problems, "二、问题产生的原因", "（一）理想信念有所松懈。2023年以来，把理论学习当作软任务。", ...measures, closing],
    },
  ],
  invalid: [
    {
      description: "a cause that says the problem again",
      text: [title, ...problems, "二、问题产生的原因", "（一）理想信念有所松懈。把理论学习当作软任务。", "（二）调研不够深入。下基层调研多是听汇报，蹲点少，对群众反映的停车难问题了解不深。", ...measures, closing],
      errors: [{ messageId: "restates", paragraph: 6, text: "调研不够深入" }],
    },
    {
      description: "one problem sentence copied into a long cause is still a restatement",
      text: [
        title,
        ...problems,
        "二、问题产生的原因",
        "（一）宗旨意识有所淡化。随着职务变化，自己与群众的感情有所疏远，站在群众立场想问题、办事情不够，对群众的急难愁盼体会不深，服务群众的内在动力明显不足，没有真正把群众的事当作自己的事。下基层调研多是听汇报，蹲点少，对群众反映的停车难问题了解不深。",
        ...measures,
        closing,
      ],
      errors: [{ messageId: "restates", paragraph: 5, text: "宗旨意识有所淡化" }],
    },
    {
      description: "a cause that tells figures and an example",
      text: [title, ...problems, "二、问题产生的原因", "（一）理想信念有所松懈。比如今年3月到联系点只去了2次。", ...measures, closing],
      errors: [{ messageId: "concrete", paragraph: 5, text: "理想信念有所松懈" }],
    },
  ],
});

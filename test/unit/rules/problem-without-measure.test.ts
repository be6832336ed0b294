import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { testRule } from "../../helpers/ruleTester";
import { problemWithoutMeasure } from "../../../src/core/rules/problem-without-measure";

const title = "2023年主题教育专题民主生活会个人对照检查材料";
const problems = [
  "一、存在的问题",
  "（一）理论学习方面。一是学习不够系统，读原著少。二是学用结合不紧。",
  "（二）调查研究方面。一是下基层调研多是听汇报，蹲点少。二是对群众反映的停车难问题了解不深。",
];
const causes = ["二、问题产生的原因", "（一）理想信念有所松懈。把理论学习当作软任务。", "（二）宗旨意识有所淡化。站在群众立场想问题不够。"];
const closing = "以上是我的对照检查，请同志们批评指正。";
/** Our own drafts of the correspondence suite: each measure answers some problem. */
const suite = (file: string) => readFileSync(resolve(__dirname, "../../fixtures/correspondence", file), "utf8").trimEnd();

testRule(problemWithoutMeasure, {
  valid: [
    {
      description: "each problem answered by a measure (by topic and by words)",
      text: [title, ...problems, ...causes, "三、整改措施", "（一）加强理论学习。每周自学两个半天，年底前通读规定篇目。", "（二）深入调查研究。每月到联系点蹲点调研一天，年内解决小区停车难问题。", closing],
    },
    {
      description: "one measure may answer two problems",
      text: [title, ...problems, ...causes, "三、整改措施", "（一）学用结合、深入基层。每周自学两个半天，每月到联系点蹲点调研一天。", closing],
    },
    {
      description: "文风会风 is a matter of 作风: 改进工作作风 answers it",
      text: [
        title,
        "一、存在的问题",
        "（一）履职尽责方面。一是文风会风改进不够彻底，起草的通知照搬上级文件，针对性不强。",
        ...causes,
        "三、整改措施",
        "（一）改进工作作风。每季度开展两次暗访，严格控制发文数量和篇幅。",
        closing,
      ],
    },
    {
      description: "no measures part: the checklist reports the missing part, not each problem",
      text: [title, ...problems, ...causes, closing],
    },
    { description: "a personal draft, numbered items, six groups", text: suite("a-personal-numbered-646.txt") },
    { description: "a team draft, run-on items, a measure answering two problems", text: suite("b-team-runon-646.txt") },
    { description: "groups that run on in one paragraph", text: suite("c-personal-runon-333.txt") },
    { description: "measures in another order than the problems", text: suite("d-team-numbered-545-shuffled.txt") },
    { description: "a case part without groups of its own", text: suite("e-personal-runon-545-case.txt") },
  ],
  invalid: [
    {
      description: "the research problem has no measure",
      text: [title, ...problems, ...causes, "三、整改措施", "（一）加强理论学习。每周自学两个半天，年底前通读规定篇目。", "（二）严守廉洁底线。每季度开展一次廉政谈话。", closing],
      errors: [{ messageId: "noMeasure", paragraph: 3, text: "调查研究方面" }],
    },
    {
      description: "a problem group too thin to tell its topic, and no measure on it",
      text: [title, ...problems.slice(0, 2), "（二）其他方面。偶尔迟到早退。", ...causes, "三、整改措施", "（一）加强理论学习。每周自学两个半天，年底前通读规定篇目。", closing],
      errors: [{ messageId: "noMeasureNoTopic", paragraph: 3, text: "其他方面" }],
    },
    {
      description: "a case part is a problem too",
      text: [
        "2024年度民主生活会个人对照检查材料",
        "一、存在的问题",
        "（一）理论学习方面。学习不够系统，读原著少。",
        "二、反面典型案例剖析",
        "某县原局长收受工程承包商财物被开除党籍。对照反思，我对分管工程招投标的廉政风险防控不严。",
        "三、问题产生的原因",
        "一是理想信念有所松懈。",
        "四、整改措施",
        "（一）加强理论学习。每周自学两个半天。",
      ],
      errors: [{ messageId: "noMeasure", paragraph: 3, text: "反面典型案例剖析" }],
    },
  ],
});

import { testRule } from "../../helpers/ruleTester";
import { numberingSequence } from "../../../src/core/rules/numbering-sequence";

const head = ["关于本人的对照检查材料", "一、存在的主要问题"];

testRule(numberingSequence, {
  valid: [
    { description: "groups counted up by one", text: [...head, "（一）学习方面", "正文。", "（二）作风方面", "正文。", "二、整改措施", "（一）抓学习。", "（二）改作风。"] },
    {
      description: "items numbered straight through the groups",
      text: [...head, "（一）学习方面", "1.学得不深。", "2.用得不够。", "（二）作风方面", "3.调研不实。", "4.会议偏多。", "（三）纪律方面", "5.要求不严。"],
    },
    {
      description: "items starting again at 1 under each group",
      text: [...head, "（一）学习方面", "1.学得不深。", "2.用得不够。", "（二）作风方面", "1.调研不实。", "2.会议偏多。"],
    },
    { description: "each part's groups start at one", text: [...head, "（一）甲。", "（二）乙。", "二、原因剖析", "（一）丙。", "（二）丁。"] },
    { description: "run-on items are not headings", text: [...head, "（一）学习方面。一是学得不深。二是用得不够。"] },
    {
      description: "run-on chains: each paragraph starts at 一是; 第一，… goes on across paragraphs",
      text: [...head, "（一）学习方面。一是学得不深。二是用得不够。", "（二）作风方面。一是调研不实。二是会议偏多。三是文件偏长。", "二、整改措施", "第一，抓学习。", "第二，改作风。"],
    },
  ],
  invalid: [
    {
      description: "a run-on number skipped inside a paragraph (一是…三是), fixed",
      text: [...head, "（一）学习方面。一是学得不深，读原著少。三是用得不够，联系实际少。"],
      errors: [{ messageId: "skipped", paragraph: 2, text: "三是" }],
      output: [...head, "（一）学习方面。一是学得不深，读原著少。二是用得不够，联系实际少。"],
    },
    {
      description: "a run-on number skipped, then the skipped one taken twice",
      text: [...head, "（一）原因。一是理想信念松懈。二是党性修养不够。四是宗旨意识淡化。四是担当精神不足。"],
      errors: [
        { messageId: "skipped", paragraph: 2, text: "四是" },
        { messageId: "repeated", paragraph: 2, text: "四是" },
      ],
      output: [...head, "（一）原因。一是理想信念松懈。二是党性修养不够。三是宗旨意识淡化。四是担当精神不足。"],
    },
    {
      description: "a number taken twice, fixed when the next one already follows",
      text: [...head, "（一）学习方面", "（二）作风方面", "（二）纪律方面"],
      errors: [{ messageId: "repeated", paragraph: 4, start: 0, end: 3, text: "（二）" }],
      output: [...head, "（一）学习方面", "（二）作风方面", "（三）纪律方面"],
    },
    {
      description: "a number taken twice with more after it: no one-place fix",
      text: [...head, "（一）甲方面", "（二）乙方面", "（二）丙方面", "（三）丁方面"],
      errors: [{ messageId: "repeated", paragraph: 4, text: "（二）" }],
    },
    {
      description: "a skipped number",
      text: [...head, "（一）甲方面", "（三）乙方面"],
      errors: [{ messageId: "skipped", paragraph: 3, start: 0, end: 3 }],
      output: [...head, "（一）甲方面", "（二）乙方面"],
    },
    {
      description: "a list that starts at two",
      text: [...head, "（二）甲方面", "（三）乙方面"],
      errors: [{ messageId: "startsAt", paragraph: 2, text: "（二）" }],
    },
    {
      description: "a sequence that starts again under one parent",
      text: [...head, "（一）学习方面", "1.甲。", "2.乙。", "1.丙。", "2.丁。"],
      errors: [{ messageId: "restarted", paragraph: 5, text: "1." }],
    },
    {
      description: "numbers going backwards",
      text: [...head, "（一）甲方面", "（二）乙方面", "（三）丙方面", "（二）丁方面"],
      errors: [{ messageId: "backwards", paragraph: 5 }],
    },
    {
      description: "straight through that breaks: 5 follows 3",
      text: [...head, "（一）学习方面", "1.甲。", "2.乙。", "（二）作风方面", "3.丙。", "5.丁。"],
      errors: [{ messageId: "skipped", paragraph: 7, text: "5." }],
      output: [...head, "（一）学习方面", "1.甲。", "2.乙。", "（二）作风方面", "3.丙。", "4.丁。"],
    },
    {
      description: "top-level parts",
      text: ["关于本人的对照检查材料", "一、存在的主要问题", "正文。", "三、产生问题的原因", "正文。"],
      errors: [{ messageId: "skipped", paragraph: 3, text: "三、" }],
      output: ["关于本人的对照检查材料", "一、存在的主要问题", "正文。", "二、产生问题的原因", "正文。"],
    },
  ],
});

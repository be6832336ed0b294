import { testRule } from "../../helpers/ruleTester";
import { achievementsInProblems } from "../../../src/core/rules/achievements-in-problems";

const draft = (problems: string[], before: string[] = []) => [
  "县教育局党组班子2024年度民主生活会对照检查材料",
  ...before,
  "一、存在的问题",
  ...problems,
  "二、问题产生的原因",
  "宗旨意识有所淡化，对群众的急难愁盼关注不够。",
  "三、整改措施",
  "每季度开展一次家校座谈，确保整改取得实效。",
];

testRule(achievementsInProblems, {
  valid: [
    {
      description: "negated achievements and complacency are the problem itself",
      text: draft([
        "（一）担当作为方面。在推动集团化办学上没有取得实质性突破，特色课程建设成效不明显。",
        "（二）工作作风方面。有的班子成员满足于已取得的成绩，躺在过去的功劳簿上，得到家长认可的程度不高。",
      ]),
    },
    { description: "a goal in the problems part", text: draft(["（一）工作作风方面。对整改方案跟踪不够，难以确保整改取得实效。"]) },
    {
      description: "achievements in the reflection, not in the problems",
      text: draft(["（一）理论学习方面。学习不够系统，比如全年只集中研讨了3次。"], ["一、认识与体会", "一年来，班子团结带领全系统取得了明显成效，圆满完成了年度目标任务。"]).map((l) =>
        l === "一、存在的问题" ? "二、存在的问题" : l === "二、问题产生的原因" ? "三、问题产生的原因" : l === "三、整改措施" ? "四、整改措施" : l,
      ),
    },
  ],
  invalid: [
    {
      description: "achievements written into the problems",
      text: draft(["（一）担当作为方面。班子在推进义务教育优质均衡上取得了显著成绩，得到了市教育局的充分肯定，但在课后服务上还有短板。"]),
      errors: [
        { messageId: "achievement", paragraph: 2, text: "取得了显著成绩" },
        { messageId: "achievement", paragraph: 2, text: "得到了市教育局的充分肯定" },
      ],
    },
    {
      description: "a concession before the problem",
      text: draft(["（一）工作作风方面。虽然校舍改造项目圆满完成，但对师生的实际需求调研不够。"]),
      errors: [{ messageId: "concession", text: "圆满完成" }],
    },
    {
      description: "成效显著 in a personal material",
      text: ["县教育局副局长2025年度民主生活会个人对照检查材料", "一、存在的问题", "我分管的课后服务工作成效显著，但宣传总结不够。", "二、整改措施", "每月总结一次。"],
      errors: [{ messageId: "achievement", text: "成效显著" }],
    },
  ],
});

import { testRule } from "../../helpers/ruleTester";
import { problemsShare } from "../../../src/core/rules/problems-share";

const title = "2025年度民主生活会个人对照检查材料";
const long = "我在这方面做得不够，对照要求还有差距，具体表现为学用脱节、调研不深、落实不力。";
const short = "每月学习一次。";

testRule(problemsShare, {
  valid: [{ description: "problems and causes carry the material", text: [title, "一、存在的主要问题", long, long, "二、问题产生的原因", long, "三、整改措施", short] }],
  invalid: [
    {
      description: "measures longer than problems and causes",
      text: [title, "一、存在的主要问题", short, "二、问题产生的原因", short, "三、整改措施", long, long],
      errors: [{ messageId: "low", paragraph: 5, text: "三、整改措施" }],
    },
  ],
});

import { testRule } from "../../helpers/ruleTester";
import { causesWithoutRoots } from "../../../src/core/rules/causes-without-roots";

const title = "2023年主题教育专题民主生活会个人对照检查材料";
const problems = ["一、存在的问题", "（一）担当作为方面。一是遇到难题绕着走。二是抓落实不够有力。"];
const measures = ["三、整改措施", "（一）强化担当。对遗留难题实行领导领办，年底前办结。"];
const closing = "以上是我的对照检查，请同志们批评指正。";

testRule(causesWithoutRoots, {
  valid: [
    { description: "a cause at a root (党性修养)", text: [title, ...problems, "二、问题产生的原因", "一是党性修养有所放松。二是担当精神不足。", ...measures, closing] },
    { description: "a cause at a root (宗旨意识)", text: [title, ...problems, "二、问题产生的原因", "（一）宗旨意识有所淡化。", ...measures, closing] },
    { description: "no causes part", text: [title, ...problems, ...measures, closing] },
  ],
  invalid: [
    {
      description: "causes on the surface only (担当, 作风)",
      text: [title, ...problems, "二、问题产生的原因", "（一）担当精神不足。遇到矛盾求稳怕错。", "（二）工作作风不实。抓落实不够有力。", ...measures, closing],
      errors: [{ messageId: "noRoots", paragraph: 3, text: "问题产生的原因" }],
    },
    {
      description: "causes that name no topic at all (任务重, 时间少)",
      text: [title, ...problems, "二、问题产生的原因", "一是工作任务繁重。二是时间精力不足。", ...measures, closing],
      errors: [{ messageId: "noRootsNoTopic", paragraph: 3, text: "问题产生的原因" }],
    },
  ],
});

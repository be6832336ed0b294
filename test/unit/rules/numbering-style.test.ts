import { testRule } from "../../helpers/ruleTester";
import { numberingStyle } from "../../../src/core/rules/numbering-style";

const head = ["关于本人的对照检查材料", "一、存在的主要问题"];

testRule(numberingStyle, {
  valid: [
    { description: "one way of writing each level", text: [...head, "（一）学习方面", "1.甲。", "2.乙。", "（二）作风方面", "1.丙。"] },
    { description: "groups without a level above them in a draft that has none", text: ["关于本人的对照检查材料", "（一）学习方面", "正文。", "（二）作风方面", "正文。"] },
    { description: "different styles under different parents are each consistent", text: [...head, "（一）甲。", "二、整改措施", "(一)乙。", "(二)丙。"] },
  ],
  invalid: [
    {
      description: "1. beside 2、",
      text: [...head, "（一）学习方面", "1.甲。", "2、乙。", "3.丙。"],
      errors: [{ messageId: "mixed", paragraph: 4, start: 0, end: 2, text: "2、" }],
      output: [...head, "（一）学习方面", "1.甲。", "2.乙。", "3.丙。"],
    },
    {
      description: "ASCII brackets beside full-width ones",
      text: [...head, "（一）甲方面", "(二)乙方面", "（三）丙方面"],
      errors: [{ messageId: "mixed", paragraph: 3, text: "(二)" }],
      output: [...head, "（一）甲方面", "（二）乙方面", "（三）丙方面"],
    },
    {
      description: "ASCII brackets in most of the list: the full-width form is still the one asked for",
      text: [...head, "(一)甲方面", "(二)乙方面", "（三）丙方面"],
      errors: [
        { messageId: "mixed", paragraph: 2, text: "(一)" },
        { messageId: "mixed", paragraph: 3, text: "(二)" },
      ],
      output: [...head, "（一）甲方面", "（二）乙方面", "（三）丙方面"],
    },
    {
      description: "a （一） under no 一、",
      text: ["关于本人的对照检查材料", "（一）会前准备情况", "正文。", "一、存在的主要问题", "正文。", "二、整改措施", "正文。"],
      errors: [{ messageId: "orphan", paragraph: 1, text: "（一）" }],
    },
  ],
});

import { testRule } from "../../helpers/ruleTester";
import { garbledText } from "../../../src/core/rules/garbled-text";

testRule(garbledText, {
  valid: [{ description: "clean text", text: ["个人对照检查材料", "我对苗头性问题提醒不及时。"] }],
  invalid: [
    {
      description: "two runs of lost characters in one line, one in another",
      text: ["个人对照检查材料", "我对苗头性问题提醒不及\uFFFD\uFFFD，监督\uFFFD松。", "\uFFFD"],
      errors: [
        { messageId: "garbled", paragraph: 1, start: 11, end: 13, text: "\uFFFD\uFFFD" },
        { messageId: "garbled", paragraph: 1, start: 16, end: 17 },
        { messageId: "garbled", paragraph: 2, start: 0, end: 1 },
      ],
    },
  ],
});

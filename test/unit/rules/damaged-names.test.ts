import { testRule } from "../../helpers/ruleTester";
import { damagedNames } from "../../../src/core/rules/damaged-names";

const personal = ["县农业农村局局长2025年度民主生活会个人对照检查材料", "一、存在的问题"];
const team = ["县委常委班子2023年度主题教育专题民主生活会对照检查材料", "一、存在的突出问题"];

testRule(damagedNames, {
  valid: [
    {
      description: "the names written right, and 总书记 alone where the name came before",
      text: [
        ...personal,
        "习近平总书记指出，干部要敢于担当。总书记强调的这一要求，我落实得还不够。以习近平同志为核心的党中央作出的部署，我学习贯彻习近平新时代中国特色社会主义思想还不深。",
      ],
    },
    { description: "other leaders and theories, written right", text: [...team, "班子学习毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观还不系统。"] },
    { description: "xx before a place or a post is a placeholder, another rule's", text: [...personal, "我在xx市调研，与xx同志谈心，向xx主席汇报。"] },
    { description: "a masked person's name is not a leader's", text: [...personal, "我对毛**同志、江**同志反映的问题回应不及时。"] },
    { description: "学习 before a masked name: the 习 is part of 学习", text: [...personal, "学习近X年来的讲话摘编还不系统。"] },
    { description: "接近平均 is no name", text: [...personal, "我分管领域的考核成绩只接近平均水平。"] },
    { description: "Markdown bold around the name is another rule's", text: [...team, "**习近平新时代中国特色社会主义思想**是行动指南，要认真学习**总书记重要讲话**精神。"] },
    { description: "a bullet and a question before 总书记", text: [...personal, "● 总书记强调，这样做对吗？总书记指出，要坚持问题导向。"] },
    { description: "以……同志为核心 of the first generation", text: [...team, "以毛泽东同志为核心的党的第一代中央领导集体，团结带领人民站起来。"] },
    { description: "习近平总书记 before the thought is the formulations rule's", text: [...personal, "我对习近平总书记新时代中国特色社会主义思想的学习还不深。"] },
    { description: "letters that are real", text: [...personal, "我们采用PPP模式推进项目，建设5G基站，召开APEC专题学习会。"] },
  ],
  invalid: [
    {
      description: "pinyin initials, restored",
      text: [...personal, "以xjp同志为核心的党中央，坚决维护XJP总书记核心地位，学好mzd思想。"],
      errors: [
        { messageId: "initials", paragraph: 2, start: 1, end: 4, text: "xjp" },
        { messageId: "initials", paragraph: 2, text: "XJP" },
        { messageId: "initials", paragraph: 2, text: "mzd" },
      ],
      output: [...personal, "以习近平同志为核心的党中央，坚决维护习近平总书记核心地位，学好毛泽东思想。"],
    },
    {
      description: "a masked given name before a word that says whose, restored",
      text: [...team, "班子学习邓--理论、毛**思想还不够，对习□□新时代中国特色社会主义思想领会不深。"],
      errors: [
        { messageId: "maskedKnown", text: "邓--" },
        { messageId: "maskedKnown", text: "毛**" },
        { messageId: "maskedKnown", text: "习□□" },
      ],
      output: [...team, "班子学习邓小平理论、毛泽东思想还不够，对习近平新时代中国特色社会主义思想领会不深。"],
    },
    {
      description: "one character of the name masked",
      text: [...personal, "学习习*平总书记重要讲话，对照×近平同志的要求，读毛泽*思想和邓*平理论。"],
      errors: [
        { messageId: "maskedKnown", text: "习*平" },
        { messageId: "maskedKnown", text: "×近平" },
        { messageId: "maskedKnown", text: "毛泽*" },
        { messageId: "maskedKnown", text: "邓*平" },
      ],
      output: [...personal, "学习习近平总书记重要讲话，对照习近平同志的要求，读毛泽东思想和邓小平理论。"],
    },
    {
      description: "the whole name masked before words that only go with it",
      text: [...personal, "以XX同志为核心的党中央，A总书记，用××新时代中国特色社会主义思想武装头脑，学习xx强军思想，学习**总书记讲话。"],
      errors: [
        { messageId: "maskedKnown", text: "XX" },
        { messageId: "maskedKnown", text: "A" },
        { messageId: "maskedKnown", text: "××" },
        { messageId: "maskedKnown", text: "xx" },
        { messageId: "maskedKnown", text: "**" },
      ],
      output: [...personal, "以习近平同志为核心的党中央，习近平总书记，用习近平新时代中国特色社会主义思想武装头脑，学习习近平强军思想，学习习近平总书记讲话。"],
    },
    {
      description: "a masked name whose owner is not certain: reported, not fixed",
      text: [...team, "坚持用xx思想武装头脑，学习x'x关于党的建设的重要论述。"],
      errors: [
        { messageId: "masked", text: "xx" },
        { messageId: "masked", text: "x'x" },
      ],
    },
    {
      description: "习近平 dropped before the thought, restored",
      text: [...team, "班子学习总书记新时代中国特色社会主义思想、主席新时代中国特色社会主义思想不够深入。"],
      errors: [
        { messageId: "dropped", text: "总书记" },
        { messageId: "dropped", text: "主席" },
      ],
      output: [...team, "班子学习习近平新时代中国特色社会主义思想、习近平新时代中国特色社会主义思想不够深入。"],
    },
    {
      description: "dropped before a cut-off name: reported, not fixed",
      text: [...personal, "我对总书记新时代中国特色社会主义的理论体系领会不深。"],
      errors: [{ messageId: "dropped", text: "总书记" }],
    },
    {
      description: "the surname cut off, restored",
      text: [...personal, "近平新时代中国特色社会主义思想是行动指南。"],
      errors: [{ messageId: "truncated", paragraph: 2, start: 0, end: 2, text: "近平" }],
      output: [...personal, "习近平新时代中国特色社会主义思想是行动指南。"],
    },
  ],
});

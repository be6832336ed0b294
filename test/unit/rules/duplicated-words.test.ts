import { testRule } from "../../helpers/ruleTester";
import { duplicatedWords } from "../../../src/core/rules/duplicated-words";
import { DRAFT_2023_TEAM, DRAFT_2025_PERSONAL } from "../../helpers/cleanDrafts";

// Our own sentences, in the voice of several drafts (a 副局长's personal material, a 班子's,
// a party member's 组织生活会 material), with doubles written on purpose and doubles by slip.

testRule(duplicatedWords, {
  valid: [
    { description: "a whole personal draft of 2025", text: DRAFT_2025_PERSONAL },
    { description: "a whole team draft of 2023, 【】 in its title", text: DRAFT_2023_TEAM },
    { description: "words that straddle a repeated character", text: ["我在工作作风上还有差距，学习习近平新时代中国特色社会主义思想不够深入。"] },
    { description: "钉钉子, 顾虑重重", text: ["要发扬钉钉子精神，抓落实不能顾虑重重、瞻前顾后。"] },
    { description: "红红脸、出出汗, 看一看", text: ["班子成员之间要敢于红红脸、出出汗，遇到难题多到现场看一看、问一问。"] },
    { description: "adverbs and nouns doubled", text: ["我常常加班，天天讲、月月抓，人人有责、事事带头，时时处处严格要求自己。"] },
    { description: "年年, 一一", text: ["这项工作年年部署，查摆的问题要一一对应整改到位。"] },
    { description: "a verb doubled on purpose (ABAB)", text: ["会后大家再讨论讨论，把方案研究研究，下周再商量商量。"] },
    { description: "AABB", text: ["要明明白白做人、认认真真学习、扎扎实实工作、实实在在为群众办事。"] },
    { description: "一个个, 条条, 层层", text: ["把一个个问题条条落实，层层压实责任，防止层层加码。"] },
    { description: "谢谢 at the end of a speech", text: ["谢谢大家！"] },
    { description: "不了了之, 不甚了了", text: ["有的问题整改不了了之，对新政策不甚了了。"] },
    { description: "进行了 + 了解", text: ["对群众反映的情况进行了了解和核实。"] },
    { description: "在 + 在建, 在 + 在职", text: ["重点排查在在建项目上的安全隐患，加强对在在职党员的教育管理。"] },
    { description: "是 + 是否, 和 + 和谐", text: ["关键是是否真正改到位，营造团结和和谐的班子氛围。"] },
    { description: "的 + 的确, AABB 的的确确", text: ["工作中的的确存在一些问题，这些问题的的确确需要整改。"] },
    { description: "一级一级, 一步一步", text: ["要一级一级抓落实，一步一步推进整改。"] },
    { description: "a year as a year", text: ["2025年度民主生活会个人对照检查材料", "2024年12月"] },
    { description: "a year in Chinese numerals", text: ["二零二零年以来，我县连续三年开展专项整治。"] },
    { description: "numbers and letters are not words here", text: ["投入1010万元，完成率100%，编号AA-1212。"] },
    { description: "a speech's address", text: ["同志们：", "今天我们召开专题民主生活会。"] },
    { description: "均 + 均衡", text: ["各项指标均均衡增长。"] },
    { description: "一 + 一切", text: ["我们要把一切工作落到实处。"] },
    {
      description: "a heading or a short line may repeat; two materials end with the same closing",
      text: ["（一）在学习贯彻习近平新时代中国特色社会主义思想方面", "（一）在学习贯彻习近平新时代中国特色社会主义思想方面", "以上是我的对照检查，请各位同志批评指正。", "二、第二份材料", "以上是我的对照检查，请各位同志批评指正。"],
    },
  ],
  invalid: [
    {
      description: "a paragraph pasted twice in a row, an empty line between",
      text: ["一、存在的问题", "我对分管领域的廉政风险排查不够全面，今年只开展了一次专项检查。", "", "我对分管领域的廉政风险排查不够全面，今年只开展了一次专项检查。", "二、问题产生的原因"],
      errors: [{ messageId: "paragraph", paragraph: 3, start: 0 }],
    },
    {
      description: "a word written twice in a heading",
      text: ["某县副县长巡视整改专题民主生活会对照检查材料", "二、存在问题", "（一）在巡视巡视整改责任落实方面。我对整改方案研究不细。"],
      errors: [{ messageId: "word", paragraph: 2, start: 4, end: 8, text: "巡视巡视" }],
      output: ["某县副县长巡视整改专题民主生活会对照检查材料", "二、存在问题", "（一）在巡视整改责任落实方面。我对整改方案研究不细。"],
    },
    {
      description: "还还 and 的的 in one paragraph",
      text: ["在推动融合发展方面还还需进一步用力，面对繁重的的改革任务办法不多。"],
      errors: [
        { messageId: "character", start: 9, end: 11, text: "还还" },
        { messageId: "character", start: 22, end: 24, text: "的的" },
      ],
      output: ["在推动融合发展方面还需进一步用力，面对繁重的改革任务办法不多。"],
    },
    {
      description: "a phrase of two words written twice",
      text: ["严禁用公款用公款吃喝，严禁公车私用。"],
      errors: [{ messageId: "word", start: 2, end: 8, text: "用公款用公款" }],
      output: ["严禁用公款吃喝，严禁公车私用。"],
    },
    {
      description: "了了 and 在在",
      text: ["检查中发现了了一些问题，在在工作中没有及时纠正。"],
      errors: [
        { messageId: "character", text: "了了" },
        { messageId: "character", text: "在在" },
      ],
      output: ["检查中发现了一些问题，在工作中没有及时纠正。"],
    },
    {
      description: "three copies: one finding, one fix",
      text: ["对巡视巡视巡视反馈的问题逐条整改。"],
      errors: [{ messageId: "word", start: 1, end: 7, text: "巡视巡视巡视" }],
      output: ["对巡视反馈的问题逐条整改。"],
    },
    {
      description: "还 before 还是: a slip, not 还 + a word",
      text: ["有的班子成员还还是习惯于老办法。"],
      errors: [{ messageId: "character", text: "还还" }],
      output: ["有的班子成员还是习惯于老办法。"],
    },
    {
      description: "学习学习: not a verb doubled on purpose in a written material",
      text: ["我们党支部学习学习贯彻党的二十届三中全会精神不够深入。"],
      errors: [{ messageId: "word", text: "学习学习" }],
      output: ["我们党支部学习贯彻党的二十届三中全会精神不够深入。"],
    },
    {
      description: "a four-character word twice, in a team's material",
      text: ["班子在整治形式主义形式主义问题上用力不够。"],
      errors: [{ messageId: "word", text: "形式主义形式主义" }],
      output: ["班子在整治形式主义问题上用力不够。"],
    },
    {
      description: "a character three times: one stays (and 在 before 在建 stays too)",
      text: ["我我我们对的的的问题重视不够，对在在在建项目检查不细。"],
      errors: [
        { messageId: "character", text: "我我我" },
        { messageId: "character", text: "的的的" },
        { messageId: "character", text: "在在" },
      ],
      output: ["我们对的问题重视不够，对在在建项目检查不细。"],
    },
    {
      description: "one slip in each of two paragraphs",
      text: ["一是一是理论学习不够系统。", "我我对分管科室监督偏松。"],
      errors: [
        { messageId: "word", paragraph: 0, text: "一是一是" },
        { messageId: "character", paragraph: 1, text: "我我" },
      ],
      output: ["一是理论学习不够系统。", "我对分管科室监督偏松。"],
    },
  ],
});

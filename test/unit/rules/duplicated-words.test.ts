import { testRule } from "../../helpers/ruleTester";
import { duplicatedWords } from "../../../src/core/rules/duplicated-words";

// Our own sentences, in the voice of several drafts (a 副局长's personal material, a 班子's,
// a party member's 组织生活会 material), with doubles written on purpose and doubles by slip.
/** Two whole drafts of ours, clean: every rule of this file leaves them alone. */
const DRAFT_2025_PERSONAL = [
  "市生态环境局局长2025年度民主生活会个人对照检查材料",
  "按照市委统一部署，我围绕“五个带头”的要求，认真学习了党的二十届四中全会精神，通过个别访谈、书面征求等方式听取意见建议18条。现将个人对照检查情况报告如下：",
  "一、上年度民主生活会整改落实情况",
  "上次查摆的3个方面7个问题，制定的15项措施已完成13项，其余2项已纳入长效机制。",
  "二、存在的问题",
  "（一）在带头强化政治忠诚方面",
  "一是学习不够系统。我平时学习多是“急用先学”，比如对新修订的《排污许可管理条例》只看了解读，没有逐条研读。二是落实不够有力。今年3月督察反馈的2个问题，整改进度滞后了半个月。",
  "（二）在带头干事创业方面",
  "对重点项目的环评服务主动性不够，表现在有的企业跑了三趟才办完手续，常常是企业找上门来才研究研究。",
  "三、问题产生的原因",
  "（一）理想信念有所松懈。把业务当成硬任务、把学习当成软任务，时时处处以忙代学。",
  "（二）宗旨意识有所淡化。对群众的急难愁盼了解不深，调研时“身入”多、“心至”少。",
  "四、整改措施",
  "（一）每月参加一次中心组专题学习，年底前撰写2篇调研报告。",
  "（二）建立重点项目“一企一策”服务台账，每季度到企业走访一次，做到件件有回音。",
  "以上是我的对照检查，请同志们批评指正。",
];
const DRAFT_2023_TEAM = [
  "【审定稿】县水利局党组领导班子2023年度主题教育专题民主生活会对照检查材料",
  "会前，班子成员认真学习《习近平著作选读》第一卷、第二卷，逐一开展谈心谈话。现将对照检查情况报告如下：",
  "一、存在的突出问题",
  "（一）理论学习方面。有的班子成员学习停留在“读过了”“学过了”，例如中心组（扩大）学习有2次以传达文件代替研讨。",
  "（二）担当作为方面。面对汛期险情，有的班子成员顾虑重重，遇到“硬骨头”绕着走，特别是对病险水库除险加固推进不力。",
  "二、产生问题的原因",
  "一是理论武装不够深入，学用结合不紧。二是党性锻炼有所放松，斗争精神不足。",
  "三、整改措施",
  "（一）严格落实“第一议题”制度，每季度开展一次专题研讨。",
  "（二）对12座病险水库实行“一库一策”，明年汛前全部完成除险加固。",
  "以上是班子的对照检查，恳请各位同志批评指正。",
];

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
  ],
  invalid: [
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

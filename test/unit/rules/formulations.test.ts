import { testRule } from "../../helpers/ruleTester";
import { formulations } from "../../../src/core/rules/formulations";

// Our own sentences. A title line gives the draft its year where the year matters.
const T2024 = "2024年度民主生活会个人对照检查材料";
const T2019 = "2019年度专题民主生活会个人对照检查材料";
const doc = (title: string, ...lines: string[]) => [title, ...lines];

testRule(formulations, {
  valid: [
    // Full names, right.
    { description: "the thought's full name", text: doc(T2024, "我坚持用习近平新时代中国特色社会主义思想武装头脑。") },
    { description: "the full name inside a book title", text: doc(T2024, "逐章研读《习近平新时代中国特色社会主义思想学习纲要》。") },
    { description: "a longer name is another name (经济思想)", text: doc(T2024, "我用习近平新时代中国特色社会主义经济思想指导分管工作。") },
    { description: "short names of other thoughts", text: doc(T2024, "我认真学习习近平外交思想、习近平法治思想和习近平生态文明思想。") },
    { description: "习近平总书记 … 重要思想 is not the full name", text: doc(T2024, "深入学习习近平总书记关于党的建设的重要思想。") },
    { description: "the name cut by a line break: nothing to judge", text: doc(T2024, "深入学习贯彻习近平新时代", "中国特色社会主义思想。") },
    { description: "the central committee, right", text: doc(T2024, "我们在行动上始终同以习近平同志为核心的党中央保持高度一致。") },
    {
      description: "两个确立 and 两个维护 written out, right",
      text: doc(
        T2024,
        "确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。",
        "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。",
      ),
    },
    { description: "the principal contradiction", text: doc(T2024, "社会主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。") },
    { description: "the old principal contradiction, quoted as history", text: doc(T2024, "此前的提法是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。") },
    { description: "中央八项规定及其实施细则精神", text: doc(T2024, "我严格执行中央八项规定及其实施细则精神，从未违规。") },
    { description: "the 2025 campaign's name", text: doc(T2024, "按照深入贯彻中央八项规定精神学习教育的安排开展自查。") },
    { description: "中国化时代化, current", text: doc(T2024, "这一思想是马克思主义中国化时代化最新成果。") },
    { description: "中国化最新成果 in a 2019 draft", text: doc(T2019, "这一思想是马克思主义中国化最新成果。") },
    { description: "中国化最新成果 in a draft of unknown year", text: ["对照检查材料", "这一思想是马克思主义中国化最新成果。"] },
    // Verb pairs, right.
    { description: "the standard chain", text: doc(T2024, "进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”。") },
    { description: "the chain with ASCII quotes and commas", text: doc(T2024, '树牢"四个意识",坚定"四个自信",坚决做到"两个维护"。') },
    { description: "the chain without quotes", text: doc(T2024, "牢固树立四个意识，坚定四个自信，自觉做到两个维护。") },
    { description: "the chain with single quotes", text: doc(T2024, "增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’。") },
    { description: "拥护 and 领悟 with 两个确立", text: doc(T2024, "深刻领悟“两个确立”的决定性意义，坚定拥护“两个确立”、坚决做到“两个维护”。") },
    { description: "the names listed without verbs", text: doc(T2024, "对“四个意识”“四个自信”“两个维护”的内涵理解不深。") },
    { description: "a verb that governs a later noun (增强…的自觉)", text: doc(T2024, "不断增强“两个维护”的政治自觉和行动自觉。") },
    { description: "a verb before a name that goes on (做到…入脑入心)", text: doc(T2024, "真正做到“四个意识”入脑入心。") },
    { description: "the two layouts, right", text: doc(T2024, "统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。") },
    // Lists, right, partial or in another sense.
    { description: "四个意识 complete", text: doc(T2024, "“四个意识”即政治意识、大局意识、核心意识、看齐意识。") },
    { description: "四个自信 complete, then 历史自信 in a clause of its own", text: doc(T2024, "坚定道路自信、理论自信、制度自信、文化自信，增强历史自信。") },
    { description: "a partial mention on purpose", text: doc(T2024, "增强“四个意识”，特别是政治意识、大局意识。") },
    { description: "two of the 四风, in either order", text: doc(T2024, "力戒形式主义、官僚主义；整治官僚主义、形式主义问题。") },
    { description: "三 of the 四风 after their name, partial on purpose", text: doc(T2024, "“四风”问题中的形式主义、官僚主义、享乐主义依然存在。") },
    { description: "the 四风 in full", text: doc(T2024, "力戒形式主义、官僚主义、享乐主义和奢靡之风。") },
    { description: "五位一体 with 党的建设 after it", text: doc(T2024, "全面推进经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设。") },
    { description: "党的建设 in order", text: doc(T2024, "全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中。") },
    { description: "the older 党建 list with 反腐倡廉建设", text: doc(T2024, "加强思想建设、组织建设、作风建设、反腐倡廉建设和制度建设。") },
    { description: "新发展理念 in full", text: doc(T2024, "坚持创新、协调、绿色、开放、共享的新发展理念。") },
    { description: "新发展理念 as 创新发展…", text: doc(T2024, "推动创新发展、协调发展、绿色发展、开放发展、共享发展。") },
    { description: "the words of 新发展理念 in other phrases", text: doc(T2024, "坚持改革创新、协调推进、绿色低碳、开放合作、共享共赢。") },
    { description: "新发展阶段、理念、格局 with other verbs", text: doc(T2024, "立足新发展阶段，坚持新发展理念，融入新发展格局。") },
    { description: "四个全面, current", text: doc(T2024, "协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。") },
    { description: "四个全面, the old form in a 2019 draft", text: doc(T2019, "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。") },
    { description: "四个全面, the old form in a draft of unknown year", text: ["对照检查材料", "协调推进全面建成小康社会、全面深化改革、全面推进依法治国、全面从严治党。"] },
    { description: "全面建成小康社会 alone, as history", text: doc(T2024, "我们如期全面建成小康社会，历史性地解决了绝对贫困问题。") },
    { description: "the 2023 six aspects in order", text: doc(T2024, "对照理论学习、政治素质、能力本领、担当作为、工作作风和廉洁自律这六个方面查摆问题。") },
    { description: "三不腐 in order", text: doc(T2024, "一体推进不敢腐、不能腐、不想腐。") },
    { description: "总揽全局、协调各方", text: doc(T2024, "发挥党委总揽全局、协调各方的领导核心作用。") },
    { description: "三会一课", text: doc(T2024, "严格落实支部党员大会、支委会、党小组会和党课制度。") },
    { description: "a member twice: not the list", text: doc(T2024, "加强政治建设、思想建设，再加强政治建设。") },
  ],
  invalid: [
    // wrongName
    {
      description: "社会 missing in the thought's name",
      text: doc(T2024, "我们坚持用习近平新时代中国特色主义思想武装头脑。"),
      errors: [{ messageId: "wrongName", paragraph: 1, start: 5, end: 19, text: "习近平新时代中国特色主义思想" }],
      output: doc(T2024, "我们坚持用习近平新时代中国特色社会主义思想武装头脑。"),
    },
    {
      description: "新世代 for 新时代",
      text: doc(T2024, "深入学习习近平新世代中国特色社会主义思想。"),
      errors: [{ messageId: "wrongName", text: "习近平新世代中国特色社会主义思想" }],
      output: doc(T2024, "深入学习习近平新时代中国特色社会主义思想。"),
    },
    {
      description: "one character missing (色)",
      text: doc(T2024, "用习近平新时代中国特社会主义思想指导实践。"),
      errors: [{ messageId: "wrongName", text: "习近平新时代中国特社会主义思想" }],
      output: doc(T2024, "用习近平新时代中国特色社会主义思想指导实践。"),
    },
    {
      description: "以习近平总书记为核心 and 以习近平为核心",
      text: doc(T2024, "紧密团结在以习近平总书记为核心的党中央周围。", "同以习近平为核心的党中央保持一致。"),
      errors: [
        { messageId: "wrongName", paragraph: 1, text: "以习近平总书记为核心的党中央" },
        { messageId: "wrongName", paragraph: 2, text: "以习近平为核心的党中央" },
      ],
      output: doc(T2024, "紧密团结在以习近平同志为核心的党中央周围。", "同以习近平同志为核心的党中央保持一致。"),
    },
    {
      description: "思想的 dropped before 指导地位",
      text: doc(T2024, "深刻认识确立习近平新时代中国特色社会主义指导地位的决定性意义。"),
      errors: [{ messageId: "wrongName", text: "习近平新时代中国特色社会主义" }],
      output: doc(T2024, "深刻认识确立习近平新时代中国特色社会主义思想的指导地位的决定性意义。"),
    },
    {
      description: "总书记 dropped in 两个维护, 同志 swapped in 两个确立",
      text: doc(T2024, "坚决维护习近平党中央的核心、全党的核心地位。", "确立习近平总书记党中央的核心、全党的核心地位。"),
      errors: [
        { messageId: "wrongName", paragraph: 1, text: "维护习近平" },
        { messageId: "wrongName", paragraph: 2, text: "确立习近平总书记" },
      ],
      output: doc(T2024, "坚决维护习近平总书记党中央的核心、全党的核心地位。", "确立习近平同志党中央的核心、全党的核心地位。"),
    },
    {
      description: "时代化中国化 swapped",
      text: doc(T2024, "这一思想是马克思主义时代化中国化最新成果。"),
      errors: [{ messageId: "wrongName", text: "马克思主义时代化中国化" }],
      output: doc(T2024, "这一思想是马克思主义中国化时代化最新成果。"),
    },
    {
      description: "及其 written 及, and 的 missing in the principal contradiction",
      text: doc(T2024, "严格执行中央八项规定及实施细则精神。", "主要矛盾是人民日益增长的美好生活需要和不平衡不充分发展之间的矛盾。"),
      errors: [
        { messageId: "wrongName", paragraph: 1, text: "中央八项规定及实施细则" },
        { messageId: "wrongName", paragraph: 2, text: "人民日益增长的美好生活需要和不平衡不充分发展之间的矛盾" },
      ],
      output: doc(T2024, "严格执行中央八项规定及其实施细则精神。", "主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。"),
    },
    // Members
    {
      description: "a member missing, the name next to the list",
      text: doc(T2024, "“四个意识”即政治意识、大局意识、看齐意识。"),
      errors: [{ messageId: "missingMember", text: "政治意识、大局意识、看齐意识" }],
      output: doc(T2024, "“四个意识”即政治意识、大局意识、核心意识、看齐意识。"),
    },
    {
      description: "a member missing, in a list joined two ways: no fix",
      text: doc(T2024, "坚定“四个自信”：道路自信、理论自信和文化自信。"),
      errors: [{ messageId: "missingMember", text: "道路自信、理论自信和文化自信" }],
    },
    {
      description: "a member replaced (责任意识 for 核心意识)",
      text: doc(T2024, "牢固树立“四个意识”，即政治意识、大局意识、责任意识、看齐意识。"),
      errors: [{ messageId: "wrongMember", text: "责任意识" }],
      output: doc(T2024, "牢固树立“四个意识”，即政治意识、大局意识、核心意识、看齐意识。"),
    },
    {
      description: "a member replaced at the end (历史自信 for 文化自信)",
      text: doc(T2024, "“四个自信”即道路自信、理论自信、制度自信、历史自信。"),
      errors: [{ messageId: "wrongMember", text: "历史自信" }],
      output: doc(T2024, "“四个自信”即道路自信、理论自信、制度自信、文化自信。"),
    },
    {
      description: "a member added",
      text: doc(T2024, "“四个意识”：政治意识、大局意识、核心意识、看齐意识、责任意识。"),
      errors: [{ messageId: "extraMember", text: "责任意识" }],
    },
    // Order
    {
      description: "四个意识 out of order",
      text: doc(T2024, "增强政治意识、核心意识、大局意识、看齐意识。"),
      errors: [{ messageId: "order", text: "政治意识、核心意识、大局意识、看齐意识" }],
      output: doc(T2024, "增强政治意识、大局意识、核心意识、看齐意识。"),
    },
    {
      description: "四风 out of order, 和 before the last",
      text: doc(T2024, "力戒官僚主义、形式主义、享乐主义和奢靡之风。"),
      errors: [{ messageId: "order" }],
      output: doc(T2024, "力戒形式主义、官僚主义、享乐主义和奢靡之风。"),
    },
    {
      description: "新发展理念 out of order",
      text: doc(T2024, "坚持创新、绿色、协调、开放、共享的发展理念。"),
      errors: [{ messageId: "order", text: "创新、绿色、协调、开放、共享" }],
      output: doc(T2024, "坚持创新、协调、绿色、开放、共享的发展理念。"),
    },
    {
      description: "the chain out of order: verbs between, no fix",
      text: doc(T2024, "坚定“四个自信”、增强“四个意识”、做到“两个维护”。"),
      errors: [{ messageId: "order", text: "“四个自信”、增强“四个意识”、做到“两个维护”" }],
    },
    // Verb pairs
    {
      description: "verbs of the chain swapped",
      text: doc(T2024, "增强“四个自信”，坚定“四个意识”，拥护“两个维护”，做到“两个确立”。"),
      errors: [
        { messageId: "pair", start: 0, end: 2, text: "增强" },
        { messageId: "pair", text: "坚定" },
        { messageId: "pair", text: "拥护" },
        { messageId: "pair", text: "做到" },
      ],
      output: doc(T2024, "坚定“四个自信”，增强“四个意识”，做到“两个维护”，拥护“两个确立”。"),
    },
    {
      description: "the two layouts swapped",
      text: doc(T2024, "协调推进“五位一体”战略布局，统筹推进“四个全面”总体布局。"),
      errors: [
        { messageId: "pair", text: "协调推进" },
        { messageId: "pair", text: "战略布局" },
        { messageId: "pair", text: "统筹推进" },
        { messageId: "pair", text: "总体布局" },
      ],
      output: doc(T2024, "统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。"),
    },
    // Outdated
    {
      description: "the pre-2020 四个全面 in a 2024 draft",
      text: doc(T2024, "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。"),
      errors: [{ messageId: "outdated", text: "全面建成小康社会" }],
      output: doc(T2024, "协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。"),
    },
    {
      description: "中国化最新成果 in a 2024 draft",
      text: doc(T2024, "这一思想是马克思主义中国化的最新成果。"),
      errors: [{ messageId: "outdated", text: "马克思主义中国化" }],
      output: doc(T2024, "这一思想是马克思主义中国化时代化的最新成果。"),
    },
    {
      description: "a draft of unknown year that cites the 二十大 report",
      text: ["对照检查材料", "认真学习党的二十大报告，深刻认识这一思想是马克思主义中国化最新成果。"],
      errors: [{ messageId: "outdated" }],
      output: ["对照检查材料", "认真学习党的二十大报告，深刻认识这一思想是马克思主义中国化时代化最新成果。"],
    },
  ],
});

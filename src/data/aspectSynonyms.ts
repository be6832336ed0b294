/*
 * Words that drafts use interchangeably for one aspect (方面) of a checklist.
 *
 * Real drafts reword the notice's aspects: a heading may say 落实“两个责任” where the list says
 * 履行全面从严治党政治责任, or 理论武装 where it says 理论学习. Each group below holds such
 * words; the checklist lets a heading that uses any of them count for an aspect whose own terms
 * contain one of them (see `aspectTerms` in src/core/checklist/checklist.ts).
 *
 * Rules the data is written for:
 * - A group is linked to an aspect when one of the aspect's terms contains one of the group's
 *   `words` or `anchors`; the group's `words` then count as terms of that aspect.
 * - Where two aspects of one list are linked to the same group, the group is ignored for both:
 *   the word cannot tell them apart. A word that is a term of another aspect of the list, or
 *   occurs in another aspect's heading, is never added.
 * - Words are specific (three characters or more, or a fixed formula such as 四风): a word this
 *   short or general would make a heading match the wrong aspect.
 *
 * Sources: shared/domain/aspects.md (the notices' lists) and formulations.md (the fixed
 * formulas, e.g. 四风 = 形式主义、官僚主义、享乐主义、奢靡之风), and the wording of the real drafts.
 */
export interface SynonymGroup {
  /** Stable id: "guandang-zhidang". */
  id: string;
  /** The words drafts use for the same aspect, the usual one first. */
  words: string[];
  /** Further words that link the group to an aspect's term without being added as terms. */
  anchors?: string[];
}

export const ASPECT_SYNONYMS: SynonymGroup[] = [
  {
    id: "lilun-xuexi",
    words: ["理论学习", "理论武装", "政治理论学习", "学懂弄通", "学深悟透", "学思践悟", "创新理论", "读原著学原文悟原理"],
  },
  {
    id: "zhengzhi-nengli",
    words: ["政治素质", "政治站位", "政治能力", "政治三力", "政治判断力", "政治领悟力", "政治执行力", "讲政治"],
  },
  {
    id: "liangge-weihu",
    words: ["两个维护", "两个确立", "四个意识", "四个自信", "政治忠诚", "对党忠诚", "党中央权威", "集中统一领导"],
  },
  {
    id: "guandang-zhidang",
    words: ["管党治党", "全面从严治党", "从严治党", "两个责任", "主体责任", "一岗双责", "党风廉政建设"],
  },
  {
    id: "lianjie-zilv",
    words: ["廉洁自律", "廉洁从政", "清正廉洁", "廉洁奉公", "廉洁用权", "八项规定", "八项规定精神", "中央八项规定"],
  },
  {
    id: "dandang-zuowei",
    words: ["担当作为", "干事创业", "敢于担当", "勇于担当", "担当精神", "履职尽责", "真抓实干", "攻坚克难"],
  },
  {
    id: "qiushi-luoshi",
    words: ["求真务实", "狠抓落实", "真抓实干", "抓落实", "务实作风"],
  },
  {
    id: "zuofeng",
    words: ["工作作风", "作风建设", "四风", "纠治四风", "形式主义", "官僚主义", "享乐主义", "奢靡之风", "文山会海"],
    // 砥砺作风, 纪律作风, 作风形象: the aspects that speak of 作风 take the words of 四风.
    anchors: ["作风"],
  },
  {
    id: "zongzhi-yishi",
    words: [
      "宗旨意识",
      "践行宗旨",
      "服务人民",
      "服务群众",
      "为民服务",
      "为人民服务",
      "以人民为中心",
      "人民立场",
      "群众观点",
      "群众立场",
      "群众感情",
      "联系群众",
      "群众路线",
      "为民造福",
    ],
  },
  {
    id: "jilv-guiju",
    words: ["严守纪律", "遵规守纪", "纪律规矩", "纪律意识", "规矩意识", "六项纪律", "守纪律讲规矩"],
  },
  {
    id: "nengli-benling",
    words: ["能力本领", "本领能力", "能力素质", "履职能力", "本领恐慌", "专业能力", "业务能力", "能力水平"],
  },
  {
    id: "dangxing",
    words: ["党性修养", "党性锻炼", "党性锤炼", "增强党性", "党性观念", "党性原则"],
  },
  {
    id: "lixiang-xinnian",
    words: ["理想信念", "政治信仰", "信仰信念", "理想信仰"],
  },
  {
    id: "dangyuan-yishi",
    words: ["党员意识", "党员身份", "身份意识", "党章意识", "组织观念"],
  },
  {
    id: "zuoyong-fahui",
    words: ["作用发挥", "发挥作用", "先锋模范", "模范作用", "先锋作用", "带头作用", "示范作用"],
  },
  {
    id: "zuzhi-shenghuo",
    words: ["组织生活", "三会一课", "主题党日", "民主评议党员"],
  },
  {
    id: "jingwei",
    words: ["三个敬畏", "敬畏人民", "敬畏组织", "敬畏法纪", "知敬畏", "存戒惧", "守底线"],
  },
  {
    id: "minzhu-jizhong",
    words: ["民主集中制", "集体领导", "集体决策", "三重一大", "议事规则"],
  },
  {
    id: "xuanren-yongren",
    words: ["选人用人", "干部选拔任用", "用人导向", "干部队伍建设", "干部培养"],
  },
  {
    id: "yishi-xingtai",
    words: ["意识形态工作", "意识形态责任制", "意识形态"],
  },
];

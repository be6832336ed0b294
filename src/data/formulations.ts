/*
 * Canonical formulations (规范表述) that the `formulations` rule checks, taken from
 * shared/domain/formulations.md (`source` is the row number there). Official wording is a fact and
 * is written here as it is; the example sentences of the tests are our own.
 *
 * Four kinds of entry, each checked its own way (src/core/rules/formulations.ts):
 * - FULL_NAMES: a long name found between two exact anchors (习近平 … 思想); a middle one or two
 *   characters off (wrong or missing) is reported with the full name as its fix. A middle with
 *   more characters is another name (习近平新时代中国特色社会主义经济思想) and is never reported.
 * - KNOWN_ERRORS: wrong forms seen in drafts (以习近平总书记为核心的党中央, 思想的 dropped before
 *   指导地位), and outdated forms (马克思主义中国化最新成果 after the 二十大), each with its fix.
 * - MEMBER_LISTS: ordered lists (四个意识: 政治意识、大局意识、核心意识、看齐意识). A list is judged only
 *   where its members stand together, joined by punctuation or 和/及/与 (a "run"): its order when
 *   at least `minForOrder` members are there; a missing, substituted or added member only when the
 *   list's name stands right next to it (“四个意识”即……), so that a partial mention on purpose
 *   (特别是政治意识、大局意识) is never taken for a list with a member missing.
 * - FIXED_PAIRS: fixed verb–object pairs (增强“四个意识”、坚定“四个自信”、做到“两个维护”, 拥护“两个确立”)
 *   and layouts (统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局): a verb that belongs to another
 *   name of the chain, right before the name, is reported with the right verb as its fix.
 */

/** Rows of shared/domain/formulations.md. */
export type FormulationSource = number;

export interface FullName {
  id: string;
  /** The full name as it must be written. */
  canonical: string;
  /** Exact text the name starts with, and ends with; `canonical` is head + middle + tail. */
  head: string;
  middle: string;
  tail: string;
  /** Characters of the middle that may be wrong or missing for a text to count as this name. */
  maxEdits: 1 | 2;
  /** Other middles that are accepted forms, not errors. */
  accepted?: string[];
  source: FormulationSource;
  /** A sentence of ours with the name miswritten, and the same sentence right. */
  example: { bad: string; good: string };
}

export interface KnownError {
  id: string;
  /** The formulation, for messages: "以习近平同志为核心的党中央". */
  name: string;
  /** Matches exactly the text to replace (lookarounds for context); compiled with the g flag. */
  pattern: RegExp;
  /** A word every match contains or touches: the pattern runs only on paragraphs that have it. */
  needs: string;
  /** What replaces the matched text. */
  right: string;
  kind: "wrongName" | "outdated";
  /** For an outdated form: when the current form was adopted (a draft for a later year is reported). */
  since?: { year: number; event: string };
  source: FormulationSource;
  example: { bad: string; good: string };
}

export interface MemberList {
  id: string;
  /** The formulation's name as messages show it, quotes included: "“四个意识”". */
  name: string;
  /** Names a draft may put right next to the members (quoted or not) to say that this is the list. */
  names: string[];
  /** The members, in their fixed order. */
  members: string[];
  /** Other ways drafts write a member (same meaning), with the member's index. */
  aliases?: { text: string; member: number }[];
  /** RegExp source for a word of the same kind that is not a member (责任意识 among the 四个意识). */
  shape?: string;
  /** Words that may stand between members besides punctuation (the verbs of 立足新发展阶段、贯彻…). */
  joiners?: string[];
  /** Members that must stand together before their order is judged. */
  minForOrder: number;
  /** A member's earlier form: reported in drafts for `since.year` or later. */
  outdated?: { text: string; member: number; since: { year: number; event: string } };
  source: FormulationSource;
}

export interface FixedPair {
  id: string;
  /** The name the verb governs: "四个自信". */
  name: string;
  /** Verbs that belong to another name of the chain; found right before this name, they are wrong. */
  wrongVerbs: string[];
  /** The verb that goes with this name. */
  verb: string;
  /** Words right after the name that belong to the other layout (五位一体 is a 总体布局). */
  wrongAfter?: string[];
  after?: string;
  source: FormulationSource;
}

export const FULL_NAMES: FullName[] = [
  {
    id: "xi-thought",
    canonical: "习近平新时代中国特色社会主义思想",
    head: "习近平",
    middle: "新时代中国特色社会主义",
    tail: "思想",
    maxEdits: 2,
    source: 13,
    example: { bad: "我们坚持用习近平新时代中国特色主义思想武装头脑。", good: "我们坚持用习近平新时代中国特色社会主义思想武装头脑。" },
  },
  {
    id: "principal-contradiction",
    canonical: "人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾",
    head: "人民日益增长的",
    middle: "美好生活需要和不平衡不充分的发展",
    tail: "之间的矛盾",
    maxEdits: 2,
    // 同 for 和 is seen in official reprints.
    accepted: ["美好生活需要同不平衡不充分的发展"],
    source: 22,
    example: {
      bad: "社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分发展之间的矛盾。",
      good: "社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。",
    },
  },
  {
    id: "eight-rules-rules",
    canonical: "中央八项规定及其实施细则",
    head: "中央八项规定",
    middle: "及其",
    tail: "实施细则",
    maxEdits: 1,
    source: 32,
    example: { bad: "我严格执行中央八项规定及实施细则精神。", good: "我严格执行中央八项规定及其实施细则精神。" },
  },
  {
    id: "eight-rules-campaign",
    canonical: "深入贯彻中央八项规定精神学习教育",
    head: "深入贯彻",
    middle: "中央八项规定精神",
    tail: "学习教育",
    maxEdits: 2,
    source: 33,
    example: { bad: "按照深入贯彻中央八项规定学习教育的部署，我逐条对照查摆。", good: "按照深入贯彻中央八项规定精神学习教育的部署，我逐条对照查摆。" },
  },
];

export const KNOWN_ERRORS: KnownError[] = [
  {
    id: "core-central-committee",
    name: "以习近平同志为核心的党中央",
    // 以习近平总书记为核心、以习近平为核心、以总书记同志为核心、以习近平同志为核心党中央.
    pattern: /以(?:习近平(?:总书记|主席)?|总书记同志|习总书记)为核心的?党中央|以习近平同志为核心党中央/,
    needs: "为核心",
    right: "以习近平同志为核心的党中央",
    kind: "wrongName",
    source: 15,
    example: { bad: "始终在思想上同以习近平总书记为核心的党中央保持高度一致。", good: "始终在思想上同以习近平同志为核心的党中央保持高度一致。" },
  },
  {
    id: "two-establishes-guiding",
    name: "确立习近平新时代中国特色社会主义思想的指导地位",
    // 思想的 dropped before 指导地位 (seen in a draft).
    pattern: /习近平新时代中国特色社会主义的?(?=指导地位)/,
    needs: "指导地位",
    right: "习近平新时代中国特色社会主义思想的",
    kind: "wrongName",
    source: 1,
    example: { bad: "深刻领悟确立习近平新时代中国特色社会主义指导地位的决定性意义。", good: "深刻领悟确立习近平新时代中国特色社会主义思想的指导地位的决定性意义。" },
  },
  {
    id: "two-establishes-core",
    name: "确立习近平同志党中央的核心、全党的核心地位",
    // 两个确立 says 习近平同志; 总书记 belongs to 两个维护, or the title is missing.
    pattern: /确立习近平(?:总书记)?(?=党中央的核心)/,
    needs: "党中央的核心",
    right: "确立习近平同志",
    kind: "wrongName",
    source: 1,
    example: { bad: "深刻认识确立习近平总书记党中央的核心、全党的核心地位的重大意义。", good: "深刻认识确立习近平同志党中央的核心、全党的核心地位的重大意义。" },
  },
  {
    id: "two-upholds-core",
    name: "坚决维护习近平总书记党中央的核心、全党的核心地位",
    // 总书记 dropped (seen in a draft).
    pattern: /维护习近平(?=党中央的核心)/,
    needs: "党中央的核心",
    right: "维护习近平总书记",
    kind: "wrongName",
    source: 2,
    example: { bad: "坚决维护习近平党中央的核心、全党的核心地位。", good: "坚决维护习近平总书记党中央的核心、全党的核心地位。" },
  },
  {
    id: "sinicization-order",
    name: "马克思主义中国化时代化",
    pattern: /马克思主义时代化中国化/,
    needs: "马克思主义",
    right: "马克思主义中国化时代化",
    kind: "wrongName",
    source: 14,
    example: { bad: "这一思想是马克思主义时代化中国化最新成果。", good: "这一思想是马克思主义中国化时代化最新成果。" },
  },
  {
    id: "sinicization-outdated",
    name: "马克思主义中国化时代化最新成果",
    pattern: /马克思主义中国化(?=的?最新成果)/,
    needs: "最新成果",
    right: "马克思主义中国化时代化",
    kind: "outdated",
    // The 二十大 report (October 2022): a draft for 2023, or for 2022年度, is written after it.
    since: { year: 2023, event: "党的二十大" },
    source: 14,
    example: { bad: "这一思想是马克思主义中国化最新成果。", good: "这一思想是马克思主义中国化时代化最新成果。" },
  },
];

export const MEMBER_LISTS: MemberList[] = [
  {
    id: "liangge-queli",
    name: "“两个确立”",
    names: ["两个确立"],
    members: ["确立习近平同志党中央的核心、全党的核心地位", "确立习近平新时代中国特色社会主义思想的指导地位"],
    minForOrder: 2,
    source: 1,
  },
  {
    id: "liangge-weihu",
    name: "“两个维护”",
    names: ["两个维护"],
    members: ["维护习近平总书记党中央的核心、全党的核心地位", "维护党中央权威和集中统一领导"],
    joiners: ["坚决"],
    minForOrder: 2,
    source: 2,
  },
  {
    id: "sige-yishi",
    name: "“四个意识”",
    names: ["四个意识"],
    members: ["政治意识", "大局意识", "核心意识", "看齐意识"],
    shape: "[\\u4e00-\\u9fff]{2}意识",
    minForOrder: 3,
    source: 3,
  },
  {
    id: "sige-zixin",
    name: "“四个自信”",
    names: ["四个自信"],
    members: ["道路自信", "理论自信", "制度自信", "文化自信"],
    shape: "[\\u4e00-\\u9fff]{2}自信",
    minForOrder: 3,
    source: 4,
  },
  {
    id: "standard-chain",
    name: "“四个意识”“四个自信”“两个维护”",
    names: [],
    members: ["四个意识", "四个自信", "两个维护"],
    joiners: ["增强", "树牢", "牢固树立", "树立", "强化", "坚定", "做到", "坚决做到", "始终做到", "自觉做到", "践行", "坚决", "进一步", "不断", "更加"],
    minForOrder: 3,
    source: 5,
  },
  {
    id: "wuwei-yiti",
    name: "“五位一体”总体布局",
    names: ["五位一体", "五位一体总体布局"],
    members: ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"],
    shape: "[\\u4e00-\\u9fff]{2}建设",
    minForOrder: 4,
    source: 6,
  },
  {
    id: "sige-quanmian",
    name: "“四个全面”战略布局",
    names: ["四个全面", "四个全面战略布局"],
    members: ["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"],
    aliases: [{ text: "全面推进依法治国", member: 2 }],
    shape: "全面[\\u4e00-\\u9fff]{4,10}",
    minForOrder: 3,
    // The 十九届五中全会 (October 2020) replaced the first member; a 2021 draft uses the new one.
    outdated: { text: "全面建成小康社会", member: 0, since: { year: 2021, event: "党的十九届五中全会" } },
    source: 7,
  },
  {
    id: "xin-fazhan-linian",
    name: "新发展理念",
    names: ["新发展理念", "五大发展理念"],
    members: ["创新", "协调", "绿色", "开放", "共享"],
    aliases: [
      { text: "创新发展", member: 0 },
      { text: "协调发展", member: 1 },
      { text: "绿色发展", member: 2 },
      { text: "开放发展", member: 3 },
      { text: "共享发展", member: 4 },
    ],
    // Common words: only the whole list (or all but one) is recognisably this formulation.
    minForOrder: 4,
    source: 8,
  },
  {
    id: "xin-fazhan-sange",
    name: "新发展阶段、新发展理念、新发展格局",
    names: [],
    members: ["新发展阶段", "新发展理念", "新发展格局"],
    joiners: ["把握", "立足", "贯彻", "完整准确全面贯彻", "坚持", "构建", "加快构建", "融入", "服务和融入", "服务融入", "主动融入", "着眼", "深入贯彻", "坚定不移贯彻"],
    minForOrder: 3,
    source: 9,
  },
  {
    id: "liuge-bixu-jianchi",
    name: "“六个必须坚持”",
    names: ["六个必须坚持"],
    members: ["人民至上", "自信自立", "守正创新", "问题导向", "系统观念", "胸怀天下"],
    joiners: ["必须坚持", "坚持"],
    minForOrder: 5,
    source: 10,
  },
  {
    id: "liuge-jianchi",
    name: "进一步全面深化改革的“六个坚持”",
    names: ["六个坚持"],
    members: ["党的全面领导", "以人民为中心", "守正创新", "以制度建设为主线", "全面依法治国", "系统观念"],
    joiners: ["坚持"],
    minForOrder: 5,
    source: 11,
  },
  {
    id: "zhidao-sixiang",
    name: "党的指导思想",
    names: ["指导思想"],
    members: ["马克思列宁主义", "毛泽东思想", "邓小平理论", "“三个代表”重要思想", "科学发展观", "习近平新时代中国特色社会主义思想"],
    aliases: [{ text: "马列主义", member: 0 }],
    minForOrder: 5,
    source: 12,
  },
  {
    id: "sixiang-dingwei",
    name: "习近平新时代中国特色社会主义思想的定位",
    names: [],
    members: ["当代中国马克思主义", "二十一世纪马克思主义"],
    aliases: [{ text: "21世纪马克思主义", member: 1 }],
    minForOrder: 2,
    source: 13,
  },
  {
    id: "sixiang-jiben-yuanze",
    name: "四项基本原则",
    names: ["四项基本原则"],
    members: ["坚持社会主义道路", "坚持人民民主专政", "坚持中国共产党的领导", "坚持马克思列宁主义毛泽东思想"],
    aliases: [
      { text: "坚持马克思列宁主义、毛泽东思想", member: 3 },
      { text: "坚持马列主义毛泽东思想", member: 3 },
      { text: "坚持马列主义、毛泽东思想", member: 3 },
    ],
    minForOrder: 3,
    source: 16,
  },
  {
    id: "sange-daibiao",
    name: "“三个代表”",
    names: ["三个代表"],
    members: ["代表中国先进生产力的发展要求", "代表中国先进文化的前进方向", "代表中国最广大人民的根本利益"],
    aliases: [{ text: "代表中国先进生产力发展的要求", member: 0 }],
    joiners: ["始终", "是"],
    minForOrder: 3,
    source: 17,
  },
  {
    id: "chuxin-shiming",
    name: "共产党人的初心使命",
    names: [],
    members: ["为中国人民谋幸福", "为中华民族谋复兴"],
    minForOrder: 2,
    source: 20,
  },
  {
    id: "rudang-shici",
    name: "入党誓词",
    names: [],
    members: ["拥护党的纲领", "遵守党的章程", "履行党员义务", "执行党的决定", "严守党的纪律", "保守党的秘密", "对党忠诚", "积极工作", "为共产主义奋斗终身", "随时准备为党和人民牺牲一切", "永不叛党"],
    minForOrder: 8,
    source: 23,
  },
  {
    id: "weida-jiandang-jingshen",
    name: "伟大建党精神",
    names: ["伟大建党精神"],
    members: ["坚持真理、坚守理想", "践行初心、担当使命", "不怕牺牲、英勇斗争", "对党忠诚、不负人民"],
    minForOrder: 3,
    source: 24,
  },
  {
    id: "sige-weida",
    name: "“四个伟大”",
    names: ["四个伟大"],
    members: ["伟大斗争", "伟大工程", "伟大事业", "伟大梦想"],
    aliases: [
      { text: "进行伟大斗争", member: 0 },
      { text: "建设伟大工程", member: 1 },
      { text: "推进伟大事业", member: 2 },
      { text: "实现伟大梦想", member: 3 },
    ],
    minForOrder: 3,
    source: 25,
  },
  {
    id: "zonglan-xietiao",
    name: "党的领导“总揽全局、协调各方”",
    names: [],
    members: ["总揽全局", "协调各方"],
    minForOrder: 2,
    source: 26,
  },
  {
    id: "zhengzhi-sanli",
    name: "“政治三力”",
    names: ["政治三力"],
    members: ["政治判断力", "政治领悟力", "政治执行力"],
    shape: "政治[\\u4e00-\\u9fff]{2}力",
    minForOrder: 3,
    source: 27,
  },
  {
    id: "dangjian-buju",
    name: "新时代党的建设总要求中的各项建设",
    names: [],
    members: ["政治建设", "思想建设", "组织建设", "作风建设", "纪律建设"],
    shape: "[\\u4e00-\\u9fff]{2}建设",
    minForOrder: 4,
    source: 28,
  },
  {
    id: "sige-ziwo",
    name: "“四个自我”",
    names: ["四个自我"],
    members: ["自我净化", "自我完善", "自我革新", "自我提高"],
    shape: "自我[\\u4e00-\\u9fff]{2}",
    minForOrder: 3,
    source: 29,
  },
  {
    id: "san-bufu",
    name: "一体推进“三不腐”",
    names: [],
    members: ["不敢腐", "不能腐", "不想腐"],
    minForOrder: 3,
    source: 30,
  },
  {
    id: "sifeng",
    name: "“四风”",
    names: ["四风"],
    members: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"],
    shape: "[\\u4e00-\\u9fff]{2}(?:主义|之风)",
    minForOrder: 3,
    source: 31,
  },
  {
    id: "liuxiang-jilv",
    name: "党的“六项纪律”",
    names: ["六项纪律", "六大纪律"],
    members: ["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"],
    shape: "[\\u4e00-\\u9fff]{2}纪律",
    minForOrder: 5,
    source: 34,
  },
  {
    id: "dangji-chufen",
    name: "党纪处分的种类",
    names: [],
    members: ["警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"],
    minForOrder: 4,
    source: 35,
  },
  {
    id: "sanhui-yike",
    name: "“三会一课”",
    names: ["三会一课"],
    members: ["支部党员大会", "支部委员会会议", "党小组会", "党课"],
    aliases: [
      { text: "党员大会", member: 0 },
      { text: "支部委员会", member: 1 },
      { text: "支委会", member: 1 },
      { text: "党小组会议", member: 2 },
    ],
    minForOrder: 3,
    source: 37,
  },
  {
    id: "sange-baijinqu",
    name: "“三个摆进去”",
    names: ["三个摆进去"],
    members: ["把自己摆进去", "把职责摆进去", "把工作摆进去"],
    shape: "把[\\u4e00-\\u9fff]{1,3}摆进去",
    minForOrder: 3,
    source: 39,
  },
  {
    id: "duxin-wushi",
    name: "“笃信、务实、担当、自律”的要求",
    names: [],
    members: ["笃信", "务实", "担当", "自律"],
    // Common words: only the whole list.
    minForOrder: 4,
    source: 42,
  },
  {
    id: "qunzhong-luxian",
    name: "党的群众路线教育实践活动总要求",
    names: [],
    members: ["照镜子", "正衣冠", "洗洗澡", "治治病"],
    minForOrder: 3,
    source: 44,
  },
  {
    id: "liangxue-yizuo",
    name: "“两学一做”",
    names: ["两学一做"],
    members: ["学党章党规", "学系列讲话", "做合格党员"],
    minForOrder: 3,
    source: 46,
  },
  {
    id: "2019-zongyaoqiu",
    name: "2019年主题教育总要求",
    names: [],
    members: ["守初心", "担使命", "找差距", "抓落实"],
    minForOrder: 3,
    source: 48,
  },
  {
    id: "2019-sige-duizhao",
    name: "2019年主题教育的“四个对照”",
    names: ["四个对照"],
    members: ["对照习近平新时代中国特色社会主义思想和党中央决策部署", "对照党章党规", "对照人民群众新期待", "对照先进典型、身边榜样"],
    aliases: [{ text: "对照先进典型和身边榜样", member: 3 }],
    minForOrder: 3,
    source: 49,
  },
  {
    id: "2019-zhaoyizhao-jingwei",
    name: "“四个找一找”中的“知敬畏、存戒惧、守底线”",
    names: [],
    members: ["知敬畏", "存戒惧", "守底线"],
    minForOrder: 3,
    source: 50,
  },
  {
    id: "2019-zhaoyizhao-qunzhong",
    name: "“四个找一找”中的群众观点等四项",
    names: [],
    members: ["群众观点", "群众立场", "群众感情", "服务群众"],
    minForOrder: 3,
    source: 50,
  },
  {
    id: "2019-zhaoyizhao-sixiang",
    name: "“四个找一找”中的思想觉悟等四项",
    names: [],
    members: ["思想觉悟", "能力素质", "道德修养", "作风形象"],
    minForOrder: 3,
    source: 50,
  },
  {
    id: "dangshi-mubiao",
    name: "党史学习教育目标要求",
    names: [],
    members: ["学史明理", "学史增信", "学史崇德", "学史力行"],
    shape: "学史[\\u4e00-\\u9fff]{2}",
    minForOrder: 3,
    source: 52,
  },
  {
    id: "dangshi-zhuti",
    name: "党史学习教育主题",
    names: [],
    members: ["学党史", "悟思想", "办实事", "开新局"],
    minForOrder: 3,
    source: 53,
  },
  {
    id: "2023-zongyaoqiu",
    name: "2023年主题教育总要求",
    names: [],
    members: ["学思想", "强党性", "重实践", "建新功"],
    minForOrder: 3,
    source: 55,
  },
  {
    id: "2023-mubiao",
    name: "2023年主题教育具体目标",
    names: [],
    members: ["凝心铸魂筑牢根本", "锤炼品格强化忠诚", "实干担当促进发展", "践行宗旨为民造福", "廉洁奉公树立新风"],
    minForOrder: 4,
    source: 56,
  },
  {
    id: "2023-yixue",
    name: "2023年主题教育的重要要求",
    names: [],
    members: ["以学铸魂", "以学增智", "以学正风", "以学促干"],
    shape: "以学[\\u4e00-\\u9fff]{2}",
    minForOrder: 3,
    source: 57,
  },
  {
    id: "2023-liuge-fangmian",
    name: "2023年主题教育检视整改的六个方面",
    names: [],
    members: ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"],
    // Common words: only the whole list.
    minForOrder: 6,
    source: 58,
  },
  {
    id: "2023-niandu-liuge-fangmian",
    name: "2023年度专题民主生活会的六个方面",
    names: [],
    members: ["学习贯彻习近平新时代中国特色社会主义思想", "维护党中央权威和集中统一领导", "践行宗旨、服务人民", "求真务实、狠抓落实", "以身作则、廉洁自律", "履行全面从严治党政治责任"],
    minForOrder: 5,
    source: 59,
  },
  {
    id: "2024-sige-daitou",
    name: "2024年度民主生活会“四个带头”",
    names: [],
    members: ["带头严守政治纪律和政治规矩，维护党的团结统一", "带头增强党性、严守纪律、砥砺作风", "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新", "带头履行全面从严治党政治责任"],
    minForOrder: 3,
    source: 60,
  },
  {
    id: "2025-wuge-daitou",
    name: "2025年度民主生活会“五个带头”",
    names: [],
    members: ["带头强化政治忠诚、提高政治能力", "带头固本培元、增强党性", "带头敬畏人民、敬畏组织、敬畏法纪", "带头干事创业、担当作为", "带头坚决扛起管党治党责任"],
    aliases: [{ text: "带头扛起管党治党责任", member: 4 }],
    minForOrder: 4,
    source: 61,
  },
  {
    id: "2021-zuzhi-sige-duizhao",
    name: "2021年度组织生活会的“四个对照”",
    names: ["四个对照"],
    members: ["对照党中央和习近平总书记的号召和要求", "对照新时代合格党员标准", "对照入党誓词", "对照革命先辈和先进典型"],
    minForOrder: 3,
    source: 62,
  },
  {
    id: "2024-dangyuan-liuge-fangmian",
    name: "2024年组织生活会的六个方面",
    names: [],
    members: ["政治信仰", "党员意识", "理论学习", "能力本领", "作用发挥", "纪律作风"],
    // Common words: only the whole list.
    minForOrder: 6,
    source: 63,
  },
];

export const FIXED_PAIRS: FixedPair[] = [
  { id: "pair-sige-yishi", name: "四个意识", wrongVerbs: ["坚定", "做到", "拥护"], verb: "增强", source: 5 },
  { id: "pair-sige-zixin", name: "四个自信", wrongVerbs: ["增强", "树牢", "做到", "拥护"], verb: "坚定", source: 5 },
  { id: "pair-liangge-weihu", name: "两个维护", wrongVerbs: ["增强", "坚定", "树牢", "拥护"], verb: "做到", source: 5 },
  { id: "pair-liangge-queli", name: "两个确立", wrongVerbs: ["做到", "增强", "树牢"], verb: "拥护", source: 5 },
  { id: "pair-wuwei-yiti", name: "五位一体", wrongVerbs: ["协调推进"], verb: "统筹推进", wrongAfter: ["战略布局"], after: "总体布局", source: 6 },
  { id: "pair-sige-quanmian", name: "四个全面", wrongVerbs: ["统筹推进"], verb: "协调推进", wrongAfter: ["总体布局"], after: "战略布局", source: 7 },
];

/** Text variants of a member as drafts write it: any quote marks, 、 or ， inside. */
export function memberVariants(member: string): string[] {
  const out = new Set<string>([member]);
  if (member.includes("、")) out.add(member.replace(/、/g, "，"));
  if (member.includes("，")) out.add(member.replace(/，/g, "、"));
  for (const m of [...out]) {
    if (/[“”]/.test(m)) {
      out.add(m.replace(/[“”]/g, ""));
      out.add(m.replace(/[“”]/g, '"'));
      out.add(m.replace(/“/g, "‘").replace(/”/g, "’"));
    }
  }
  return [...out];
}

/** How many formulations the data holds (the issue asks for at least 60). */
export const FORMULATION_COUNT = FULL_NAMES.length + KNOWN_ERRORS.length + MEMBER_LISTS.length + FIXED_PAIRS.length;

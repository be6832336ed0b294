/*
 * Topics of the phrase library: what a problem, a cause or a measure is about. They follow the
 * correspondence taxonomy of shared/domain/README.md §4 (problems, causes and measures meet on
 * topics), so a phrase can be ranked by the topics of the place the cursor is in.
 *
 * Ids are kebab-case pinyin and stable (saved with the writer's own phrases). The topic
 * classifier of src/data/topics/ is a separate piece of work; where its ids differ, map them at
 * the seam rather than renaming these.
 *
 * `aspects` lists the aspect ids of the meeting types (src/data/templates/) that a phrase on the
 * topic serves; a phrase's aspects are those of its main topic, plus any it names itself.
 */
export const TOPIC_IDS = [
  "lilun-xuexi",
  "lixiang-xinnian",
  "zhengzhi",
  "dangxing",
  "zongzhi",
  "dandang",
  "nengli-benling",
  "zuofeng",
  "diaocha-yanjiu",
  "lianjie-zilv",
  "guandang-zhidang",
  "zuzhi-shenghuo",
  "yishi-xingtai",
  "xuanren-yongren",
  "xunshi-zhenggai",
  "anquan-fengxian",
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  /** Short Chinese name for filters: "理论学习". */
  name: string;
  /** What the topic covers, in the words drafts use. */
  covers: string;
  /** Aspect ids of the meeting types that phrases on this topic serve. */
  aspects: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: "lilun-xuexi",
    name: "理论学习",
    covers: "理论学习、理论武装、学懂弄通做实、读原著学原文悟原理、学用结合",
    aspects: ["lilun-xuexi", "xuexi-guanche", "guben-peiyuan", "sixiang-zuofeng", "zhengzhi-yinling"],
  },
  {
    id: "lixiang-xinnian",
    name: "理想信念",
    covers: "理想信念、初心使命、政治信仰、精神之钙、世界观人生观价值观",
    aspects: ["zhengzhi-xinyang", "guben-peiyuan", "zhengzhi-suzhi", "sige-yishi", "sixiang-zuofeng"],
  },
  {
    id: "zhengzhi",
    name: "政治站位",
    covers: "政治站位、政治能力、政治纪律和政治规矩、“两个确立”“两个维护”、贯彻落实党中央决策部署",
    aspects: ["zhengzhi-suzhi", "weihu-quanwei", "zhengzhi-jilv", "zhengzhi-zhongcheng", "sige-yishi", "zhengzhi-xinyang", "guanche-bushu", "zhengzhi-yinling"],
  },
  {
    id: "dangxing",
    name: "党性修养",
    covers: "党性修养、党性锤炼、党员意识、党章意识、自我革命、道德修养",
    aspects: ["dangxing-zuofeng", "guben-peiyuan", "dangyuan-yishi", "sixiang-zuofeng", "jingwei-dixian"],
  },
  {
    id: "zongzhi",
    name: "宗旨意识",
    covers: "宗旨意识、群众路线、以人民为中心、群众观点群众感情、为民办实事",
    aspects: ["zongzhi-renmin", "qunzhong", "jingwei", "fuwu-qunzhong", "zuoyong-fahui"],
  },
  {
    id: "dandang",
    name: "担当作为",
    covers: "担当作为、干事创业、攻坚克难、先锋模范作用、敢于斗争、改革创新",
    aspects: ["dandang-zuowei", "danze-chuangxin", "qiushi-luoshi", "zuoyong-fahui", "guanche-bushu"],
  },
  {
    id: "nengli-benling",
    name: "能力本领",
    covers: "能力本领、专业素养、新发展理念、本领恐慌、知识更新",
    aspects: ["nengli-benling", "sixiang-zuofeng", "danze-chuangxin", "zhengzhi-zhongcheng"],
  },
  {
    id: "zuofeng",
    name: "工作作风",
    covers: "工作作风、形式主义、官僚主义、狠抓落实、文山会海、基层减负",
    aspects: ["gongzuo-zuofeng", "qiushi-luoshi", "dangxing-zuofeng", "sixiang-zuofeng", "jilv-zuofeng"],
  },
  {
    id: "diaocha-yanjiu",
    name: "调查研究",
    covers: "调查研究、深入基层、蹲点调研、掌握实情、解剖麻雀",
    aspects: ["qiushi-luoshi", "gongzuo-zuofeng", "zongzhi-renmin", "qunzhong", "fuwu-qunzhong"],
  },
  {
    id: "lianjie-zilv",
    name: "廉洁自律",
    covers: "廉洁自律、中央八项规定精神、家风家教、亲属和身边工作人员、纪律规矩",
    aspects: ["lianjie-zilv", "jingwei-dixian", "jingwei", "dangxing-zuofeng", "danze-chuangxin", "jilv-zuofeng"],
  },
  {
    id: "guandang-zhidang",
    name: "管党治党",
    covers: "全面从严治党、主体责任、“一岗双责”、党风廉政建设、干部教育管理监督",
    aspects: ["congyan-zhidang", "guandang-zhidang", "jiaoyu-guanli"],
  },
  {
    id: "zuzhi-shenghuo",
    name: "组织生活",
    covers: "组织生活、“三会一课”、民主集中制、批评和自我批评、请示报告、组织观念",
    aspects: ["zuzhi-shenghuo", "dangyuan-yishi", "zhengzhi-jilv", "jingwei"],
  },
  {
    id: "yishi-xingtai",
    name: "意识形态",
    covers: "意识形态工作责任制、阵地管理、网络舆情、错误思潮",
    aspects: ["zhengzhi-jilv", "congyan-zhidang", "guandang-zhidang", "zhengzhi-yinling", "weihu-quanwei"],
  },
  {
    id: "xuanren-yongren",
    name: "选人用人",
    covers: "选人用人、干部队伍建设、考核评价、激励担当、年轻干部培养",
    aspects: ["congyan-zhidang", "guandang-zhidang", "jiaoyu-guanli"],
  },
  {
    id: "xunshi-zhenggai",
    name: "巡视整改",
    covers: "巡视巡察整改、审计和督查反馈问题、以案促改、整改台账",
    aspects: ["congyan-zhidang", "guandang-zhidang", "guanche-bushu"],
  },
  {
    id: "anquan-fengxian",
    name: "安全风险",
    covers: "安全生产、防范化解重大风险、底线思维、应急处置、信访稳定",
    aspects: ["dandang-zuowei", "danze-chuangxin", "qiushi-luoshi", "nengli-benling"],
  },
];

export const TOPICS_BY_ID: ReadonlyMap<TopicId, Topic> = new Map(TOPICS.map((t) => [t.id, t]));

export function isTopicId(x: unknown): x is TopicId {
  return typeof x === "string" && (TOPIC_IDS as readonly string[]).includes(x);
}

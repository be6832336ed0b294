/*
 * Data for the duplicated-words rule (src/core/rules/duplicated-words.ts).
 *
 * The rule reports a word written twice in a row (巡视巡视, 用公款用公款) where word segmentation
 * puts a word boundary before, between and after the two copies, and a grammatical character
 * written twice (还还, 的的). Chinese doubles words on purpose too: the lists below keep those
 * apart. Word segmentation already keeps most of them in one word (常常, 天天, 层层, 明明白白,
 * 顾虑重重), so most entries here are a safety net for another segmenter (Word on a Mac, an older
 * Chromium) and the documentation of what is meant.
 */

/**
 * Reduplications that are written on purpose: adverbs and nouns doubled (常常, 人人, 处处),
 * AABB forms (明明白白, 扎扎实实), a verb doubled to soften it (讨论讨论, 研究研究: spoken, but
 * what the writer meant), fixed phrases with a double inside (不了了之, 不甚了了). A finding is
 * dropped when the doubled text lies inside an occurrence of one of these.
 *
 * Verbs doubled on purpose are listed one by one: 学习学习, 巡视巡视, 整改整改, 落实落实 are not
 * here, because in a written material their second copy is a slip far more often than a choice.
 */
export const ALLOWED_REDUPLICATIONS: readonly string[] = [
  // Adverbs, nouns and classifiers doubled: "every", "often".
  "常常", "天天", "人人", "事事", "时时", "处处", "年年", "月月", "日日", "家家", "户户", "村村",
  "一一", "条条", "层层", "个个", "件件", "项项", "样样", "步步", "句句", "字字", "声声", "代代",
  "仅仅", "每每", "往往", "刚刚", "渐渐", "稍稍", "默默", "纷纷", "偏偏", "恰恰", "最最", "再再",
  "谢谢", "看看", "想想", "谈谈", "说说", "问问", "听听", "试试", "查查", "找找", "走走", "等等",
  "好好", "慢慢", "早早", "久久", "重重", "种种", "多多", "频频", "统统", "通通", "明明",
  // AABB forms.
  "明明白白", "认认真真", "扎扎实实", "实实在在", "踏踏实实", "清清楚楚", "干干净净", "堂堂正正",
  "老老实实", "规规矩矩", "兢兢业业", "勤勤恳恳", "方方面面", "家家户户", "时时处处", "事事处处",
  "上上下下", "里里外外", "是是非非", "的的确确", "地地道道", "和和气气", "和和美美", "原原本本",
  "平平安安", "安安全全", "高高兴兴", "真真切切", "切切实实", "彻彻底底", "完完全全", "反反复复",
  "仔仔细细", "明明确确", "一一对应", "条条框框", "层层加码", "层层压实", "层层传导", "层层落实",
  // Phrases with a double inside.
  "不了了之", "不甚了了", "了了分明", "小时了了", "看一看", "想一想", "议一议", "比一比",
  "一个个", "一次次", "一项项", "一件件", "一条条", "一步步", "一批批", "一代代", "一年年",
  "红红脸", "出出汗", "钉钉子", "学习习近平", "工作作风",
  // A verb doubled on purpose (ABAB): to soften a request or a plan.
  "讨论讨论", "研究研究", "商量商量", "考虑考虑", "琢磨琢磨", "交流交流", "沟通沟通", "了解了解",
  "打听打听", "锻炼锻炼", "休息休息", "活动活动", "放松放松", "比较比较", "思考思考", "反思反思",
  "总结总结", "梳理梳理", "盘算盘算", "掂量掂量", "斟酌斟酌", "走动走动", "整理整理", "收拾收拾",
  "准备准备", "熟悉熟悉", "体验体验", "感受感受", "提醒提醒", "敲打敲打", "请教请教", "帮助帮助",
  "关心关心", "批评批评", "教育教育", "介绍介绍", "解释解释", "说明说明", "表扬表扬", "鼓励鼓励",
  // Adjectives doubled whole for emphasis (ABAB), and a slogan.
  "雪白雪白", "通红通红", "冰凉冰凉", "笔直笔直", "万岁万岁",
];

/**
 * Characters that carry grammar, not meaning: written twice in a row as two words, one of them
 * is a slip (还还需, 的的目标, 在在工作中). Characters that start many words or double on purpose
 * are left out: 为 (为为民服务 is 为 + 为民), 以 (以以案促改), 从 (从从严治党), 对 (对对口帮扶),
 * 与 (与与会人员), 于 (于于法有据), 把 (把把脉), 让 (让让路), 会 (会会他), 过 (过过目),
 * 着 (着着力), 将 (将将就), 再, 每, 仅, 最, 各, 可 (再再, 每每, 仅仅 … are words).
 */
export const NEVER_DOUBLED = "的了还在是和并而但也都就又被其之我该此已更很才则却即亦均皆不";

/**
 * Words that start with one of those characters and may follow it: after the same character they
 * are no double (在在建项目上 is 在 + 在建, 的的确 is 的 + 的确, 还还款 is 还 + 还款). Words that
 * cannot follow it (在 + 在于, 还 + 还是) are not here: 在在于, 还还是 are slips.
 */
export const WORDS_AFTER_SAME_CHARACTER: readonly string[] = [
  "在建", "在职", "在岗", "在场", "在任", "在编", "在校", "在读", "在线", "在册", "在逃", "在押",
  "在位", "在世", "在案", "在座", "在途", "在库", "在研", "在用", "在办", "在审", "在售", "在营",
  "在管",
  "的确", "的士",
  "了解", "了结", "了却", "了然", "了如指掌", "了不起", "了无",
  "还款", "还贷", "还债", "还原", "还击", "还清", "还建", "还本", "还账", "还钱", "还乡",
  "是否", "是非",
  "和谐", "和平", "和睦", "和气", "和美", "和解", "和衷共济", "和合",
  "都市", "都城", "都会",
  "均衡", "均匀", "均等",
  "就业", "就医", "就学", "就餐", "就职", "就任", "就近", "就地", "就诊", "就位", "就座", "就绪",
  "更新", "更换", "更正", "更改", "更替", "更迭", "更名",
];

/** Classifiers that "一" + classifier doubles on purpose: 一级一级抓落实, 一步一步来, 一个一个谈. */
export const ONE_BY_ONE_CLASSIFIERS = "个步级层次遍天年月代批件项条点户村家人茬任棒回趟";

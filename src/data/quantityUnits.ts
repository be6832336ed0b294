/**
 * Where a number belongs and was left out: `投入亿元`, `新建中小学所`, `新增学位个`, `开展次`.
 * Used by the placeholders rule. Lists, not a grammar: a unit is only suspect after a word that
 * takes a number, and never when it begins another word (个人, 所以, 次要, 场所, 张贴, 项目).
 */

/** Verbs (and money nouns) that take an amount: 投入亿元 lacks the number of 亿. */
export const MONEY_VERBS = [
  "投入", "投资", "总投资", "设立", "争取", "筹集", "筹措", "安排", "拨付", "下达", "募集", "整合", "撬动", "兑现",
  "发放", "落实", "追回", "挽回", "节约", "压减", "减少", "新增", "补助", "奖补", "资金", "经费",
];
/** 亿元/万元 after those words: 亿元以上, 亿元级, 亿元项目 name a size class, and are right. */
export const MONEY_UNITS = ["千万元", "百万元", "亿元", "万元"];
export const MONEY_CLASS_AFTER = ["以上", "以下", "级", "项目", "户", "村", "大关", "左右", "规模", "企业", "工程", "俱乐部"];

/** Verbs of holding events: 开展次 lacks the number of times. */
export const EVENT_VERBS = ["开展", "召开", "举办", "组织", "举行", "开设"];
/** Not 期 or 届: 活动开展期 is a period, not a count of 期. */
export const EVENT_UNITS = ["次", "场", "轮", "批"];

/** Verbs of making or counting things: 新建所, 整顿个, 制定项. */
export const THING_VERBS = [
  "新建", "建成", "改扩建", "新增", "培育", "打造", "创建", "建立", "整顿", "制定", "修订", "出台", "解决", "化解", "办结",
  "引进", "招引", "签约", "认定", "表彰", "选树", "征集", "收集", "查处", "排查", "梳理", "发放", "实施", "推进", "建设", "完成",
];
export const THING_UNITS = ["个", "所", "家", "名", "项", "条", "张", "座"];

/**
 * The characters that make a unit the start of another word (个人, 次要, 项目, 开展批评, 召开期间,
 * 新建座椅): a unit followed by one of them is not a unit. 所 is a nominaliser before any verb
 * (所需, 所辖), so it is only a unit before punctuation (see `UNIT_ONLY_BEFORE_PUNCTUATION`).
 */
export const NOT_A_UNIT_BEFORE: Record<string, string> = {
  个: "人别体性案子头儿把中例税数位",
  次: "要数序日年月生级第品之于",
  场: "所地景合面次馆上下内外域站部长主券址院子",
  期: "间待望限盼末初刊中满货内许次",
  轮: "流岗换训值回番次廓替转班",
  批: "评示准复次量判发办转驳阅注件语斗文号",
  家: "庭属长乡族风教访园里人具务电常底产门畜书国境用政校居宴规",
  名: "单义称誉额次字片册录言人声牌号目下气利校师家胜城优副列头流分节贵堂企品医镇村",
  项: "目链背",
  条: "件例款理文线幅形码约令子状规块目",
  张: "贴扬力开望罗狂家口弛挂",
  座: "谈位右椅次上驾标机",
};
export const UNIT_ONLY_BEFORE_PUNCTUATION = "所";

/**
 * Nouns counted with a unit, written as a list (新建中小学所、幼儿园所，新增学位个；): the unit right
 * after the noun and before punctuation lacks its number. Per unit, only nouns that never end a
 * word with it (not 派出所, 市场, 讲座, 企业家, 代表人).
 */
export const COUNTED_NOUNS: Record<string, readonly string[]> = {
  // Not 服务站: 乡镇站所, 服务站所 are a word.
  所: ["中小学", "小学", "中学", "初中", "高中", "学校", "幼儿园", "医院", "卫生院", "卫生室", "幸福院", "养老院", "敬老院", "福利院", "学院", "大学", "高校", "职校", "技校"],
  次: ["考察", "调研", "学习", "培训", "研讨", "检查", "督查", "督导", "巡查", "暗访", "走访", "宣讲", "座谈", "会议", "讲座", "党课", "活动", "约谈", "谈话", "接访", "慰问", "观摩", "讲评", "通报", "评估", "调度", "家访", "下访"],
  场: ["培训", "讲座", "宣讲", "党课", "演出"],
  张: ["床位", "病床", "证书", "证件", "证照", "卡片", "宣传单", "宣传画", "海报", "明白卡", "连心卡", "服务卡", "联系卡", "宣传页", "展板", "办公桌", "图纸", "照片", "门票"],
  // Not 任务, 指标, 行动, 问题: 任务项, 指标项, 行动项 are words of project management.
  项: ["措施", "制度", "举措", "工程", "规定", "机制", "课题", "改革", "成果", "专利", "事项", "政策", "实事"],
  家: ["公司", "单位", "合作社", "门店", "医院", "机构", "超市", "工厂", "园区", "平台", "协会", "示范点", "基地", "站点", "网点", "酒店", "饭店", "药店"],
  名: ["干部", "党员", "人员", "学员", "教师", "医生", "护士", "学生", "志愿者", "网格员", "人才", "专家", "职工", "员工", "群众", "村民", "居民", "骨干", "选调生", "大学生", "成员", "对象"],
  人: ["干部", "党员", "学员", "教师", "学生", "志愿者", "网格员", "职工", "群众", "村民", "居民", "人员"],
  条: ["措施", "意见", "建议", "制度", "规定", "问题", "线索", "举措", "经验", "做法", "条款", "规范", "标准", "清单"],
  期: ["培训班", "研讨班", "学习班", "读书班", "轮训班", "专题班", "训练营"],
  // Not 案例, 报告, 信息: 案例篇, 理论篇 name a part of a speech or a book.
  篇: ["心得体会", "心得", "文章", "调研报告", "理论文章", "论文", "简报", "稿件"],
  份: ["问卷", "调查问卷", "材料", "报告", "意见表", "征求意见表", "调查表", "承诺书", "责任书", "倡议书"],
  座: ["桥梁", "大桥", "水库", "公园", "场馆", "厂房", "泵站", "小区", "公厕", "游园", "水厂"],
  亩: ["土地", "耕地", "农田", "林地", "面积", "果园", "茶园", "大棚"],
  公里: ["道路", "公路", "管网", "管道", "渠道", "河道", "绿道", "步道", "线路"],
};

/**
 * Units that also end the name of a place (培训场 is a training ground too): counted only where a
 * verb of holding or attending events stands earlier in the same clause (开展……专题培训场，).
 */
export const UNITS_NEEDING_EVENT_VERB = "场";
/** The verbs that make it a count: holding the events, or taking part in them. */
export const EVENT_CLAUSE_VERBS = [...EVENT_VERBS, "参加", "参与", "接受", "聆听", "观看"];
/** How far back in the clause that verb is looked for. */
export const CLAUSE_LOOKBACK = 24;

/**
 * 次 and 场 ending a list item in a clause with such a verb lack their number whatever the noun
 * (开展廉政教育次，): but for the characters before them that make a word with them or count
 * (首次, 层次, 频次, 人次, 其次, 依次; 市场, 现场, 专场, 全场, 会场) or are a number (一次, 多次).
 */
export const EVENT_UNIT_WORDS: Record<string, string> = {
  次: "首再历此本这那哪该某各前末同单上下屡依其层档名批人户班车航场频架席位主渐逐累初为年期届轮序",
  场: "市现立广会战农林牧机考商球操赛官道在到出登入退下上收排捧冷当职宰殖车圾剧片赌猎渔盐草名主磁秀卖刑靶武教练专开散终全满包救圆砸工进",
};

/**
 * Before 个 at the end of a phrase, the words that count or point (这个, 各个, 逐个, 若干个, 一个,
 * 10余个, 十来个, 多少个):
 * any other character before a 个 that ends a phrase means the number was left out (项目个，).
 */
export const COUNTING_BEFORE_GE = "这那哪某每各整逐挨单个几多少余来把两俩半数干么些自上下真零〇一二三四五六七八九十百千万亿";

/** Verbs before 个百分点: 提高个百分点 lacks the number. */
export const POINT_VERBS = ["提高", "提升", "下降", "降低", "增长", "增加", "减少", "上升", "高出", "低于", "高于", "回落", "收窄", "扩大"];

/** What may follow a unit that ends a list item: punctuation, a space, a conjunction, the end. */
export const LIST_ITEM_END = "，。、；：！？,.;:!?）)”’」』\\s和及与等或并";

/*
 * Words the substance rules look for (src/core/rules/problem-without-example.ts,
 * vague-measures.ts, achievements-in-problems.ts, followup-without-results.ts).
 *
 * What reviewers ask of a material (shared/domain/README.md §5): problems shown with 人、事、思想,
 * an example, a figure or a named event; measures that can be checked (an action with a
 * frequency, a deadline, a number or an owner); no achievements among the problems; a follow-up
 * of last year's measures that says what was done. Each list is a set of regular-expression
 * sources, joined with "|" by the rule; they are written so that each is read in one pass.
 */

/** Chinese numerals that count (一 is left out where it mostly means "a": 一项重要任务). */
const COUNT = "[两二三四五六七八九十百千几]";
const DIGIT = "[0-9０-９]";

/** Signs that a problem is shown with an example, a figure, a time or a named event. */
export const PROBLEM_EVIDENCE: readonly string[] = [
  // An example announced.
  "比如", "例如", "譬如", "诸如", "又如", "再如", "举例", "就拿", "拿.{1,12}来说", "以.{1,12}为例",
  "(?:^|[，。；：,;:])如[：:，,在]",
  "表现在", "表现为", "具体表现", "主要表现", "突出表现", "体现在", "特别是", "尤其是", "有一次", "曾经",
  // A time the reader can place.
  "去年", "今年", "前年", "上半年", "下半年", "年初", "年底", "年中", "前段时间", "上个月", "本月",
  "本学期", "上学期", "本学年", "上学年", "本季度", "上季度", "以来[，,]",
  // A figure.
  // Approximate counts are figures too: 十余次, 两个多月, 三十来人; and 半年, 不足一天.
  DIGIT, `${COUNT}+[余多来]?个?多?(?:次|项|件|名|人次|人|天|户|家|场|篇|起|批|轮|期|月|年|万|亿|成|所|处|条|遍|份)`, "一(?:次|遍|份|起|天)", "半(?:年|个月|天)",
  // 一 counts after a word that stresses the number: 仅一轮, 只有一次, 仍有一项.
  "(?:仅|只|只有|仅有|仍有|还有|才|不到|不足)一(?:次|项|件|名|人|天|户|家|场|篇|起|批|轮|期|个|年|所|处|条|遍|份)",
  // A share: 不到三分之一, 百分之三十.
  "[一二三四五六七八九十百]+分之[一二三四五六七八九十]",
  // Places counted: 两个村, 三个科室 (个 alone is left out: 四个意识, 两个维护).
  `${COUNT}+个(?:村|社区|乡镇|单位|部门|科室|项目|企业|学院|支部|小区|窗口)`,
  // A named event, case or document.
  "事件", "事故", "案件", "案例", "信访件", "督查反馈", "《",
  // A finding of an inspection or audit: 巡察发现, 审计指出的, 抽查发现.
  "(?:巡视|巡察|审计|检查|督查|抽查|暗访|考核)[组办]?(?:中)?(?:发现|指出|反馈)",
  // An occasion: 研究项目资金分配时，…; 在经济普查登记阶段，…; 集中学习教育期间…; 发现耗材使用异常后，….
  "时[，,]", "期间", "(?:发现|出现|接到|收到|遇到)[^，。；]{1,20}后[，,]", "在[^，。；]{2,20}(?:过程中|阶段)",
  // Someone's words quoted: 群众说“…”, 基层反映“…”.
  "(?:说|讲|道|称|问|反映|提出|表示|反问)：?“",
  // Who complained, even without their words: 有群众反映等待时间长.
  "(?:群众|党员|职工|干部|企业|基层|师生|学生|患者|村民|居民)(?:普遍|多次)?反映",
  // A campaign named in quotes: 对“便民利企”专项行动只作了传达.
  "”(?:专项行动|专项整治|专项活动|活动|行动)",
];

/**
 * Signs that a measure can be checked: a frequency, a deadline, a number, an owner, a named
 * document or a concrete activity. 个 is not counted (四个意识 and 两个维护 are formulations).
 */
export const CONCRETE_MEASURE: readonly string[] = [
  // Frequency.
  "每(?:天|日|周|月|季度?|半年|年|学期|次|逢)", "定期", "至少", "不少于", "不低于", "不超过", "一月一", "一季一", "一年一",
  // Deadline.
  "年底前", "年内", "年前", "月底前", "底前", "日前", "之前", "前完成", "限期", "时限", "年底", "上半年", "下半年", "第[一二三四]季度",
  `(?:${DIGIT}|[一二三四五六七八九十])+月(?:底|前|份|中旬|上旬|下旬)`, `${DIGIT}{4}年`,
  // Number.
  DIGIT, "[一两二三四五六七八九十百千]+(?:次|项|篇|场|名|人次|天|户|家|批|轮|期|课时|学时|小时|万|亿|遍|本|份|条|所|处)",
  // Owner.
  "牵头", "责任人", "责任单位", "责任领导", "专人", "由[^，。；]{1,12}(?:负责|牵头)",
  // A named document to study or to write.
  "《",
  // Concrete activities.
  "讲党课", "专题党课", "读书班", "专题研讨", "研讨交流", "中心组学习", "谈心谈话", "约谈", "走访", "蹲点", "督查", "暗访",
  "台账", "清单", "销号", "结对", "包联", "轮训", "培训班", "警示教育", "述职", "现场会", "推进会", "联席会议", "第一议题",
  "座谈会", "入户", "回头看", "实行“",
];

/**
 * Achievements: what a work report says and a problems part should not. The rule drops a
 * match that is negated (没有取得实质性突破, 成效不明显), or that is the problem itself
 * (满足于已取得的成绩), or a goal (确保取得实效).
 */
export const ACHIEVEMENTS: readonly string[] = [
  "取得了?[^，。；：！？]{0,8}?(?:成绩|成效|成果|进展|突破|佳绩)",
  "圆满完成", "超额完成", "出色完成",
  "成效显著", "成绩显著", "成效突出", "成绩突出", "成果丰硕", "硕果累累", "亮点纷呈", "可圈可点",
  "得到了?[^，。；：！？]{0,10}?(?:肯定|好评|认可|表彰|表扬|赞誉|赞扬|称赞)",
  "受到了?[^，。；：！？]{0,10}?(?:肯定|好评|表彰|表扬|嘉奖|赞誉|赞扬|称赞)",
  "名列前茅", "位居前列", "走在(?:全[省市县区州]|全国)?前列", "排名第[一二三]", "荣获", "获评", "被评为", "被授予",
  "创历史新高", "再创新高", "实现了?[^，。；：！？]{0,6}?(?:跨越|翻番|新突破)",
];

/** Words before an achievement that negate it or make it the problem (满足于已取得的成绩). */
export const ACHIEVEMENT_NEGATION = "未|没有|没|尚未|仍未|还未|未能|并未|不能|不会|不曾|难以|很难|缺乏|无法|满足于|满足|躺在|沾沾自喜|陶醉于|停留在|安于";
/** Words before an achievement that make it a goal (确保取得实效). */
export const ACHIEVEMENT_GOAL = "确保|力争|争取|推动|努力|务求|以求|才能|要|能够|希望";
/** Words after an achievement that negate it (得到群众认可不够). */
export const ACHIEVEMENT_AFTER = "不够|不足|不多|不高|不大|较少|有限|不明显|不显著|甚微";

/** Words of a concession before an achievement: 虽然取得了一定成绩，但…. */
export const CONCESSION = "虽然|虽|尽管|固然";

/** Signs that a follow-up of last year's measures reports what was done. */
export const FOLLOWUP_RESULTS: readonly string[] = [
  "已完成", "已整改", "已落实", "已办结", "已销号", "已建立", "已制定", "已出台", "已解决", "已全部",
  "完成率", "整改率", "办结率", "销号率", "全部完成", "基本完成", "全部整改", "整改完成", "整改到位", "完成整改", "按期完成", "取得阶段性",
  "建立了", "制定了", "出台了", "修订了", "完善了", "开展了", "召开了", "组织了", "举办了", "落实了", "解决了", "完成了", "化解了", "推动了",
  DIGIT, "[一两二三四五六七八九十百千]+(?:项|条|个|次|件|场|名|家|户)",
];

/*
 * Confusions common in official writing (公文常见错别字), for the `typos` rule.
 *
 * Rules the list is written for (test/unit/data/typos.test.ts checks them):
 * - `wrong` is wrong wherever it is matched. Where the same characters are right across a word
 *   boundary (来自|已有, 上报|有关, 学习|贯彻), the entry carries a context: `after`/`before` say
 *   where it is wrong, `notAfter`/`notBefore` where it is right. Pairs that are right in some
 *   senses and wrong in others (做/作, 的/地/得, 反应/反映, 其他/其它) are left out.
 * - `wrong` is replaced by `right`, which is never itself reported.
 * - `example` is a sentence of our own in which the entry is reported and fixed to `right`.
 * Contexts are tested on the text right after the match (`after`, `notAfter`, anchored with ^) or
 * right before it (`before`, `notBefore`, anchored with $), within the same paragraph.
 */
export interface Typo {
  wrong: string;
  right: string;
  /** Reported only where the text after the match matches this (anchored with ^). */
  after?: RegExp;
  /** Not reported where the text after the match matches this (anchored with ^). */
  notAfter?: RegExp;
  /** Reported only where the text before the match matches this (anchored with $). */
  before?: RegExp;
  /** Not reported where the text before the match matches this (anchored with $). */
  notBefore?: RegExp;
  /** Why, in a cadre's words: what each character means. */
  note: string;
  /** A sentence of ours with the typo. */
  example: string;
}

/** After 主动新 / 积极新: where 性 was meant (主动新、积极性; 主动新不够), not 主动新建. */
const AS_XING = /^(?:[、，,。；;：:）)\s]|和|与|及|不|差|较|还|有待|方面|$)/;

export const TYPOS: Typo[] = [
  // ---- 己/已 -------------------------------------------------------------------------------
  {
    wrong: "自已",
    right: "自己",
    // 来自|已有, 各自|已经, 摘自|已…, and 不能自已, 情不自已 (已 = stop: right).
    notBefore: /(?:[来各亲独擅暗源出私发径兀取摘竟选引转]|不能|难以|情不)$/,
    note: "“自己”的“己”（jǐ）与“已经”的“已”形近。",
    example: "我对自已要求不够严格。",
  },
  { wrong: "严于律已", right: "严于律己", note: "律己：约束自己，“己”不是“已”。", example: "领导干部要严于律已、以身作则。" },
  { wrong: "严以律已", right: "严以律己", note: "律己：约束自己，“己”不是“已”。", example: "做到严以修身、严以律已。" },
  { wrong: "克已奉公", right: "克己奉公", note: "克己：约束自己，“己”不是“已”。", example: "始终保持克已奉公的本色。" },
  { wrong: "舍已为", right: "舍己为", note: "舍己：舍弃自己的利益，“己”不是“已”。", example: "学习先进典型舍已为人的精神。" },
  { wrong: "身不由已", right: "身不由己", note: "由己：由自己做主，“己”不是“已”。", example: "不能以身不由已为借口放松要求。" },
  { wrong: "知已知彼", right: "知己知彼", note: "知己：了解自己，“己”不是“已”。", example: "做到知已知彼，才能精准施策。" },
  { wrong: "安份守己", right: "安分守己", note: "本分的“分”读 fèn，规范写作“分”。", example: "不能满足于安份守己、不求有功。" },
  {
    wrong: "过份",
    right: "过分",
    // 超过|份额.
    notAfter: /^[额子量]/,
    note: "过分：超过限度，规范写作“分”。",
    example: "对基层干部要求过份严苛。",
  },

  // ---- 躁/燥 ------------------------------------------------------------------------------
  { wrong: "急燥", right: "急躁", note: "“躁”是足字旁，指性急；“燥”是火字旁，指干燥。", example: "工作中有急燥情绪，耐心细致不够。" },
  { wrong: "浮燥", right: "浮躁", note: "“躁”是足字旁，指性急；“燥”是火字旁，指干燥。", example: "学风有些浮燥，满足于浅层次学习。" },
  { wrong: "烦燥", right: "烦躁", note: "“躁”是足字旁，指性急；“燥”是火字旁，指干燥。", example: "面对群众反复来访有烦燥心理。" },
  { wrong: "暴燥", right: "暴躁", note: "“躁”是足字旁，指性急；“燥”是火字旁，指干燥。", example: "个别时候脾气暴燥，批评下属方法简单。" },
  { wrong: "心浮气燥", right: "心浮气躁", note: "“躁”是足字旁，指性急；“燥”是火字旁，指干燥。", example: "工作中存在心浮气燥的现象。" },
  { wrong: "干躁", right: "干燥", note: "干燥指缺少水分，是火字旁的“燥”。", example: "冬季天气干躁，要做好森林防火。" },
  { wrong: "枯躁", right: "枯燥", note: "枯燥指单调无味，是火字旁的“燥”。", example: "觉得理论学习枯躁，坐不住、钻不进。" },

  // ---- 性 written as 新 -------------------------------------------------------------------
  {
    wrong: "主动新",
    right: "主动性",
    // 主动新建、主动新增 are right: only where 性 was meant.
    after: AS_XING,
    note: "“主动性”的“性”误打成“新”（拼音输入法的常见错误）。",
    example: "工作缺乏主动新，习惯于等上级安排。",
  },
  {
    wrong: "积极新",
    right: "积极性",
    after: AS_XING,
    note: "“积极性”的“性”误打成“新”（拼音输入法的常见错误）。",
    example: "调动基层干部的积极新还不够。",
  },
  { wrong: "主观能动型", right: "主观能动性", note: "主观能动性：“性”不是“型”。", example: "没有充分发挥主观能动型。" },

  // ---- 厉/励/历 ----------------------------------------------------------------------------
  { wrong: "再接再励", right: "再接再厉", note: "厉：同“砺”，磨快；不是“鼓励”的“励”。", example: "我们要再接再励，巩固整改成果。" },
  { wrong: "雷励风行", right: "雷厉风行", note: "厉：猛烈；不是“鼓励”的“励”。", example: "抓落实要雷励风行、一抓到底。" },
  { wrong: "变本加利", right: "变本加厉", note: "加厉：更加严重。", example: "防止“四风”问题隐形变异、变本加利。" },
  { wrong: "厉精图治", right: "励精图治", note: "励精：振作精神，是“鼓励”的“励”。", example: "全县上下厉精图治、真抓实干。" },
  { wrong: "踔励", right: "踔厉", note: "踔厉：精神奋发，是“严厉”的“厉”。", example: "踔励奋发、勇毅前行。" },
  { wrong: "砥励", right: "砥砺", note: "砥砺：磨炼，两个字都是石字旁。", example: "在急难险重任务中砥励品格。" },
  { wrong: "激厉", right: "激励", note: "激励：激发鼓励，是“鼓励”的“励”。", example: "完善干部担当作为激厉机制。" },
  {
    wrong: "严励",
    right: "严厉",
    // 从严|励精图治.
    notAfter: /^精/,
    note: "严厉：严肃而厉害，是“严厉”的“厉”。",
    example: "对违纪问题严励查处。",
  },
  {
    wrong: "力行节约",
    right: "厉行节约",
    // 身体力行|节约.
    notBefore: /体$/,
    note: "厉行：严格施行。",
    example: "带头力行节约、反对浪费。",
  },

  // ---- idioms of official writing ----------------------------------------------------------
  { wrong: "按步就班", right: "按部就班", note: "部：门类；按部就班指按照条理、依照次序。", example: "满足于按步就班，缺乏创新思路。" },
  { wrong: "迫不急待", right: "迫不及待", note: "不及待：来不及等待。", example: "群众迫不急待希望问题早日解决。" },
  { wrong: "一如继往", right: "一如既往", note: "既往：过去；一如既往指完全像过去一样。", example: "我们将一如继往地支持基层工作。" },
  { wrong: "既往开来", right: "继往开来", note: "继往：继承前人的事业。", example: "在既往开来中开创新局面。" },
  { wrong: "针贬", right: "针砭", note: "砭：古代治病的石针；针砭指发现和纠正错误。", example: "批评意见针贬时弊、切中要害。" },
  {
    wrong: "松驰",
    right: "松弛",
    // 放松|驰援, 宽松|驰名.
    notAfter: /^[名援骋]/,
    note: "弛：放松弓弦，弓字旁；“驰”是奔跑。",
    example: "纪律观念有所松驰。",
  },
  { wrong: "一张一驰", right: "一张一弛", note: "弛：放松弓弦，弓字旁；“驰”是奔跑。", example: "工作安排要一张一驰、有序推进。" },
  { wrong: "弛而不息", right: "驰而不息", note: "驰而不息：奔跑不停，马字旁的“驰”。", example: "作风建设要弛而不息、久久为功。" },
  { wrong: "度过难关", right: "渡过难关", note: "跨越困难用“渡”（渡河）；度过指经过一段时间。", example: "帮助企业度过难关。" },
  { wrong: "渡过晚年", right: "度过晚年", note: "经过一段时间用“度”；渡是跨越江河、难关。", example: "让老人安心渡过晚年。" },
  { wrong: "渡过假期", right: "度过假期", note: "经过一段时间用“度”；渡是跨越江河、难关。", example: "组织留守儿童渡过假期。" },
  { wrong: "不记其数", right: "不计其数", note: "计：计算；不计其数指数量多得没法计算。", example: "类似的会议不记其数。" },
  {
    wrong: "既使",
    right: "即使",
    // 即使……也……; 既使……又使…… is right (既 and 使 are two words there).
    after: /^[^。；;！？!?又]{0,20}[，,][^。；;！？!?又]{0,12}?(?:也|都|仍|还|亦)/,
    note: "表示假设让步用“即使……也……”；“既”用于“既……又……”。",
    example: "既使任务再重，也要按时完成。",
  },
  { wrong: "坐阵", right: "坐镇", note: "坐镇：亲自在某地镇守、指挥。", example: "主要领导亲自坐阵指挥。" },
  { wrong: "必竟", right: "毕竟", note: "毕竟：到底、终归；“毕”是完毕的毕。", example: "必竟基层情况复杂，不能一刀切。" },
  { wrong: "融汇贯通", right: "融会贯通", note: "融会：融合领会，“会”不是“汇”。", example: "做到学深悟透、融汇贯通。" },
  { wrong: "学以至用", right: "学以致用", note: "致：达到、用于；学以致用指学了用于实际。", example: "坚持学以至用、用以促学。" },
  { wrong: "知行和一", right: "知行合一", note: "合一：合为一体。", example: "做到知行和一、学用相长。" },
  { wrong: "以身作责", right: "以身作则", note: "则：榜样、准则。", example: "班子成员要以身作责、率先垂范。" },
  { wrong: "相辅相承", right: "相辅相成", note: "相成：互相促成。", example: "党建工作与业务工作相辅相承。" },
  { wrong: "一脉相成", right: "一脉相承", note: "相承：前后继承。", example: "这些要求与党的优良传统一脉相成。" },
  { wrong: "各自为阵", right: "各自为政", note: "为政：行使职权；各自为政指各搞一套。", example: "部门之间各自为阵，协同不够。" },
  { wrong: "浅尝即止", right: "浅尝辄止", note: "辄：就；浅尝辄止指略微尝试就停止。", example: "学习浅尝即止，满足于知道了。" },
  { wrong: "浅尝则止", right: "浅尝辄止", note: "辄：就；浅尝辄止指略微尝试就停止。", example: "调查研究浅尝则止，没有深入下去。" },
  { wrong: "明智保身", right: "明哲保身", note: "明哲：明智通达；明哲保身是固定说法。", example: "遇到矛盾明智保身，不愿得罪人。" },
  { wrong: "寄于厚望", right: "寄予厚望", note: "寄予：给予；“予”不是“于”。", example: "组织对我们寄于厚望。" },
  { wrong: "望而怯步", right: "望而却步", note: "却步：向后退。", example: "面对难题望而怯步。" },
  { wrong: "迄今为至", right: "迄今为止", note: "为止：截止。", example: "迄今为至仍有两项整改任务未完成。" },
  { wrong: "截止目前", right: "截至目前", note: "截至：截止到某个时间，后面跟时间点；“截止”后面不跟时间。", example: "截止目前，已完成整改12项。" },
  { wrong: "以警效尤", right: "以儆效尤", note: "儆：警告，使人警醒。", example: "严肃处理违纪人员，以警效尤。" },
  { wrong: "杀一警百", right: "杀一儆百", note: "儆：警告，使人警醒。", example: "不能搞杀一警百、一罚了之。" },
  { wrong: "重蹈复辙", right: "重蹈覆辙", note: "覆辙：翻过车的道路。", example: "以案为鉴，防止重蹈复辙。" },
  { wrong: "发人深醒", right: "发人深省", note: "省（xǐng）：反省、醒悟。", example: "这起案件教训深刻、发人深醒。" },
  { wrong: "长抓不懈", right: "常抓不懈", note: "常抓：经常抓。", example: "作风建设要长抓不懈。" },
  { wrong: "抓铁留痕", right: "抓铁有痕", note: "固定说法是“踏石留印、抓铁有痕”。", example: "以踏石留印、抓铁留痕的劲头抓落实。" },
  { wrong: "一以惯之", right: "一以贯之", note: "贯：贯穿；一以贯之指一个道理贯穿始终。", example: "要把严的基调一以惯之地坚持下去。" },
  {
    wrong: "一惯",
    right: "一贯",
    // 统一|惯例, 这一|惯性, 唯一|惯用.
    notAfter: /^[例性用犯常]/,
    note: "一贯：从来如此，“贯”是贯穿的贯。",
    example: "这是我们一惯的做法。",
  },
  {
    wrong: "贯性思维",
    right: "惯性思维",
    // 一贯性|思维.
    notBefore: /一$/,
    note: "惯性：习惯，“惯”是竖心旁。",
    example: "破除贯性思维和路径依赖。",
  },
  { wrong: "司空见贯", right: "司空见惯", note: "见惯：看惯了。", example: "对一些问题司空见贯、习以为常。" },
  {
    wrong: "贯切",
    right: "贯彻",
    // 一贯|切实, 一贯|切合, 一贯|切中.
    notAfter: /^[实合中入记忌身]/,
    note: "贯彻：彻底落实，“彻”是双人旁。",
    example: "认真贯切落实上级决策部署。",
  },
  { wrong: "宏扬", right: "弘扬", note: "弘扬：发扬光大，“弘”是弓字旁。", example: "大力宏扬伟大建党精神。" },
  {
    wrong: "弘伟",
    right: "宏伟",
    // 恢弘|伟业.
    notBefore: /恢$/,
    note: "宏伟：雄壮伟大，“宏”是宝盖头。",
    example: "描绘弘伟蓝图。",
  },
  { wrong: "庚续", right: "赓续", note: "赓续：继续，“赓”是广字头。", example: "庚续红色血脉。" },
  { wrong: "奢糜", right: "奢靡", note: "奢靡：奢侈浪费，“靡”下面是“非”。", example: "坚决反对享乐主义和奢糜之风。" },
  { wrong: "党风廉正", right: "党风廉政", note: "党风廉政建设：“政”是政治的政。", example: "落实党风廉正建设主体责任。" },
  { wrong: "意识型态", right: "意识形态", note: "意识形态：“形”是形状的形。", example: "压实意识型态工作责任。" },
  { wrong: "型式主义", right: "形式主义", note: "形式主义：“形”是形状的形。", example: "坚决整治型式主义、官僚主义。" },
  { wrong: "战斗堡全", right: "战斗堡垒", note: "堡垒：“垒”是土字底。", example: "发挥基层党组织战斗堡全作用。" },
  { wrong: "攻艰克难", right: "攻坚克难", note: "攻坚：攻打坚固的堡垒。", example: "缺乏攻艰克难的勇气。" },
  { wrong: "实事求事", right: "实事求是", note: "求是：探求事物的规律。", example: "坚持实事求事、一切从实际出发。" },
  { wrong: "与时具进", right: "与时俱进", note: "俱：一起、共同。", example: "理论学习要与时具进。" },
  { wrong: "持之以衡", right: "持之以恒", note: "恒：恒心、长久。", example: "学习要持之以衡。" },
  { wrong: "全力以付", right: "全力以赴", note: "赴：前往、投入。", example: "全力以付抓好整改落实。" },
  { wrong: "义无反故", right: "义无反顾", note: "反顾：回头看。", example: "义无反故地扛起责任。" },
  { wrong: "契而不舍", right: "锲而不舍", note: "锲：雕刻，金字旁。", example: "以契而不舍的精神抓落实。" },
  { wrong: "坚如盘石", right: "坚如磐石", note: "磐石：厚而大的石头，石字底。", example: "理想信念坚如盘石。" },
  { wrong: "未雨筹谋", right: "未雨绸缪", note: "绸缪：修缮，绞丝旁；未雨绸缪是固定说法。", example: "对风险隐患要未雨筹谋。" },
  { wrong: "高屋建翎", right: "高屋建瓴", note: "瓴：盛水的瓶子。", example: "讲话高屋建翎、思想深刻。" },
  { wrong: "提纲携领", right: "提纲挈领", note: "挈：提起。", example: "抓工作要提纲携领、抓住关键。" },
  { wrong: "鞭辟入理", right: "鞭辟入里", note: "入里：深入到里层。", example: "剖析问题鞭辟入理。" },
  { wrong: "有的放失", right: "有的放矢", note: "矢：箭。", example: "整改措施要有的放失。" },
  { wrong: "因地治宜", right: "因地制宜", note: "制宜：制定适宜的办法。", example: "因地治宜发展特色产业。" },
  { wrong: "集思广议", right: "集思广益", note: "广益：广泛吸收有益的意见。", example: "班子研究问题要集思广议。" },
  { wrong: "事无具细", right: "事无巨细", note: "巨细：大小。", example: "不能事无具细都要上会研究。" },
  { wrong: "刻苦专研", right: "刻苦钻研", note: "钻研：深入研究，“钻”是金字旁。", example: "对业务知识刻苦专研不够。" },
  { wrong: "潜心专研", right: "潜心钻研", note: "钻研：深入研究，“钻”是金字旁。", example: "缺乏潜心专研的劲头。" },
  { wrong: "精兵减政", right: "精兵简政", note: "简政：精简机构。", example: "深化改革，精兵减政。" },
  { wrong: "兢兢叶叶", right: "兢兢业业", note: "业业：畏惧谨慎的样子，“业”是事业的业。", example: "兢兢叶叶做好本职工作。" },
  { wrong: "鞠躬尽粹", right: "鞠躬尽瘁", note: "瘁：劳累，病字旁。", example: "发扬鞠躬尽粹的奉献精神。" },
  { wrong: "沤心沥血", right: "呕心沥血", note: "呕心：吐出心来，口字旁。", example: "老一辈沤心沥血打下基础。" },
  { wrong: "弹精竭虑", right: "殚精竭虑", note: "殚：竭尽，歹字旁。", example: "为发展弹精竭虑。" },
  { wrong: "众志成诚", right: "众志成城", note: "成城：像城墙一样坚固。", example: "众志成诚打赢攻坚战。" },
  { wrong: "戳力同心", right: "戮力同心", note: "戮力：合力。", example: "全县上下戳力同心。" },
  { wrong: "失志不渝", right: "矢志不渝", note: "矢志：发誓立志，“矢”是箭。", example: "对党的信仰失志不渝。" },
  { wrong: "风轻气正", right: "风清气正", note: "风清：风气清明。", example: "营造风轻气正的政治生态。" },
  { wrong: "防患于未燃", right: "防患于未然", note: "未然：还没有成为事实。", example: "做到防患于未燃。" },
  { wrong: "病入膏盲", right: "病入膏肓", note: "肓（huāng）：心脏和膈膜之间，月字底。", example: "小问题不及时纠正，就会病入膏盲。" },
  { wrong: "积重难反", right: "积重难返", note: "难返：难以回转。", example: "防止小问题积重难反。" },
  { wrong: "根深缔固", right: "根深蒂固", note: "蒂：瓜果与茎相连的部分。", example: "一些陈旧观念根深缔固。" },
  { wrong: "顽瘴固疾", right: "顽瘴痼疾", note: "痼疾：久治不愈的病，病字旁。", example: "集中整治顽瘴固疾。" },
  {
    wrong: "沉苛",
    right: "沉疴",
    // 深沉|苛刻, 下沉|苛求.
    notAfter: /^[刻求政捐]/,
    note: "沉疴（kē）：久治不愈的病，病字旁。",
    example: "下决心破除沉苛积弊。",
  },
  { wrong: "引以为诫", right: "引以为戒", note: "为戒：作为警戒。", example: "对身边案例要引以为诫。" },
  { wrong: "震聋发聩", right: "振聋发聩", note: "振：振动、唤起。", example: "警示教育震聋发聩。" },
  { wrong: "循私舞弊", right: "徇私舞弊", note: "徇私：为私情而做不合法的事，双人旁。", example: "严防循私舞弊。" },
  { wrong: "循私枉法", right: "徇私枉法", note: "徇私：为私情而做不合法的事，双人旁。", example: "坚决查处循私枉法行为。" },
  { wrong: "贪脏", right: "贪赃", note: "贪赃：贪污受贿，“赃”是贝字旁。", example: "贪脏枉法必受严惩。" },
  { wrong: "玩乎职守", right: "玩忽职守", note: "玩忽：不严肃对待，“忽”是疏忽的忽。", example: "对玩乎职守的行为严肃问责。" },
  { wrong: "克不容缓", right: "刻不容缓", note: "刻：片刻。", example: "整改工作克不容缓。" },
  { wrong: "有目共堵", right: "有目共睹", note: "睹：看见，目字旁。", example: "成绩有目共堵。" },
  { wrong: "熟视无赌", right: "熟视无睹", note: "睹：看见，目字旁。", example: "对身边的问题熟视无赌。" },
  { wrong: "置若惘闻", right: "置若罔闻", note: "罔：没有；置若罔闻指放在一边不管，好像没听见。", example: "对群众诉求置若惘闻。" },
  {
    wrong: "饶幸",
    right: "侥幸",
    // 富饶|幸福.
    notAfter: /^福/,
    note: "侥幸：偶然获得成功或免去灾害，单人旁。",
    example: "有的干部心存饶幸。",
  },
  {
    wrong: "报有",
    right: "抱有",
    // 上报|有关, 汇报|有…: only before what one holds in mind.
    after: /^(?:侥幸|幻想|成见|偏见|疑虑|戒心|好感)/,
    note: "抱有：心里存有，提手旁的“抱”。",
    example: "对违规行为报有侥幸心理。",
  },
  { wrong: "耳儒目染", right: "耳濡目染", note: "濡：沾湿，三点水。", example: "在耳儒目染中受到教育。" },
  { wrong: "一促而就", right: "一蹴而就", note: "蹴：踏，足字旁。", example: "整改不可能一促而就。" },
  { wrong: "循序渐近", right: "循序渐进", note: "渐进：逐步前进。", example: "改革要循序渐近。" },
  { wrong: "全神灌注", right: "全神贯注", note: "贯注：集中。", example: "全神灌注抓好各项工作。" },
  { wrong: "专心至志", right: "专心致志", note: "致志：集中心志。", example: "专心至志干事业。" },
  { wrong: "无所是从", right: "无所适从", note: "适从：依从。", example: "政策多变让基层无所是从。" },
  { wrong: "莫忠一是", right: "莫衷一是", note: "衷：决断。", example: "意见分歧、莫忠一是。" },
  { wrong: "各行其事", right: "各行其是", note: "其是：自认为对的。", example: "各部门各行其事，缺乏统筹。" },
  { wrong: "高瞻远嘱", right: "高瞻远瞩", note: "瞩：注视，目字旁。", example: "谋划工作要高瞻远嘱。" },
  { wrong: "运筹帷握", right: "运筹帷幄", note: "帷幄：军中的帐幕，巾字旁。", example: "运筹帷握、统筹全局。" },
  { wrong: "名列前矛", right: "名列前茅", note: "茅：茅草，草字头。", example: "考核成绩名列前矛。" },
  { wrong: "不甚枚举", right: "不胜枚举", note: "不胜：不能完全。", example: "类似问题不甚枚举。" },
  { wrong: "不甚其烦", right: "不胜其烦", note: "不胜：承受不了。", example: "基层对填表报数不甚其烦。" },
  { wrong: "虚寒问暖", right: "嘘寒问暖", note: "嘘：呵气，口字旁。", example: "经常对困难群众虚寒问暖。" },
  { wrong: "关怀倍至", right: "关怀备至", note: "备至：极其周到。", example: "对困难党员关怀倍至。" },
  { wrong: "一厥不振", right: "一蹶不振", note: "蹶：跌倒，足字旁。", example: "遇到挫折不能一厥不振。" },
  { wrong: "精神抖搂", right: "精神抖擞", note: "抖擞：振作。", example: "以精神抖搂的状态投入工作。" },
  { wrong: "日新月益", right: "日新月异", note: "月异：每月都有变化。", example: "城乡面貌日新月益。" },
  { wrong: "行稳至远", right: "行稳致远", note: "致远：达到远方。", example: "推动各项事业行稳至远。" },
  { wrong: "与日具增", right: "与日俱增", note: "俱：一起、共同。", example: "群众的获得感与日具增。" },
  { wrong: "大相经庭", right: "大相径庭", note: "径庭：门外路和院子，相距很远。", example: "实际效果与预期大相经庭。" },
  { wrong: "炯然不同", right: "迥然不同", note: "迥然：差得很远。", example: "两种做法效果炯然不同。" },
  { wrong: "陈规漏习", right: "陈规陋习", note: "陋习：不好的习惯。", example: "破除婚丧嫁娶中的陈规漏习。" },
  { wrong: "附诸实施", right: "付诸实施", note: "付诸：交给。", example: "将方案尽快附诸实施。" },
  { wrong: "文山汇海", right: "文山会海", note: "会海：会议多如海。", example: "基层仍被文山汇海困扰。" },
  { wrong: "随声附合", right: "随声附和", note: "附和：跟着别人说。", example: "开会时随声附合，不敢讲真话。" },
  { wrong: "一拍既合", right: "一拍即合", note: "即：就。", example: "双方合作一拍既合。" },
  { wrong: "即得利益", right: "既得利益", note: "既得：已经得到的。", example: "敢于触动即得利益。" },
  {
    wrong: "即然",
    right: "既然",
    // 随即|然后, 立即|然而, 当即|然则.
    notAfter: /^[后而则]/,
    note: "既然：连词，表示先承认前提；“即”是就、立刻。",
    example: "即然认识到了问题，就要立行立改。",
  },
  {
    wrong: "既便",
    right: "即便",
    // 既|便利、既|便民、既|便于 ……又…….
    notAfter: /^[利民捷于宜]/,
    note: "即便：即使，表示假设让步。",
    example: "既便条件艰苦，也要完成任务。",
  },
  { wrong: "凭心而论", right: "平心而论", note: "平心：心气平和。", example: "凭心而论，我们的工作还有差距。" },
  { wrong: "循规蹈距", right: "循规蹈矩", note: "矩：画方形的工具。", example: "不能一味循规蹈距、墨守成规。" },
  { wrong: "默守成规", right: "墨守成规", note: "墨守：墨翟善于守城，指固执守旧。", example: "思想保守、默守成规。" },
  { wrong: "一愁莫展", right: "一筹莫展", note: "筹：计策。", example: "面对复杂问题一愁莫展。" },
  { wrong: "走头无路", right: "走投无路", note: "投：投奔。", example: "不能等群众走头无路才出手。" },
  { wrong: "出奇不意", right: "出其不意", note: "其：对方。", example: "采取出奇不意的暗访方式。" },
  { wrong: "委屈求全", right: "委曲求全", note: "委曲：曲意迁就。", example: "在原则问题上不能委屈求全。" },
  { wrong: "一股作气", right: "一鼓作气", note: "鼓：击鼓，振作士气。", example: "一股作气完成攻坚任务。" },
  { wrong: "有持无恐", right: "有恃无恐", note: "恃：依仗。", example: "有的人有持无恐、顶风违纪。" },
  { wrong: "迫在眉捷", right: "迫在眉睫", note: "睫：睫毛，目字旁。", example: "防汛工作迫在眉捷。" },
  { wrong: "滥芋充数", right: "滥竽充数", note: "竽：古代乐器，竹字头。", example: "不能滥芋充数凑材料。" },
  { wrong: "事得其反", right: "适得其反", note: "适：恰好。", example: "方法不当会事得其反。" },
  { wrong: "好高鹜远", right: "好高骛远", note: "骛：追求，马字底。", example: "防止好高鹜远、急于求成。" },
  { wrong: "无可非异", right: "无可非议", note: "非议：责备。", example: "这种做法无可非异。" },
  { wrong: "既往不究", right: "既往不咎", note: "咎：责备。", example: "不能对老问题既往不究。" },
  { wrong: "陈词烂调", right: "陈词滥调", note: "滥调：空泛的论调。", example: "材料中陈词烂调较多。" },
  { wrong: "貌和神离", right: "貌合神离", note: "貌合：表面上一致。", example: "班子成员不能貌和神离。" },
  { wrong: "挺而走险", right: "铤而走险", note: "铤：快走的样子，金字旁。", example: "个别干部挺而走险、以身试法。" },
  { wrong: "不径而走", right: "不胫而走", note: "胫：小腿，月字旁。", example: "消息不径而走。" },
  { wrong: "以偏盖全", right: "以偏概全", note: "概：概括。", example: "看问题不能以偏盖全。" },
  { wrong: "自抱自弃", right: "自暴自弃", note: "自暴：自己糟蹋自己。", example: "对后进干部要帮助其不自抱自弃。" },
  { wrong: "义不容词", right: "义不容辞", note: "辞：推辞。", example: "抓好整改是义不容词的责任。" },
  { wrong: "再所不惜", right: "在所不惜", note: "在所：在……方面。", example: "为了群众利益再所不惜。" },
  { wrong: "矫揉造做", right: "矫揉造作", note: "造作：故意做作，“作”是作为的作。", example: "材料文风矫揉造做。" },
  { wrong: "相形见拙", right: "相形见绌", note: "绌：不足，绞丝旁。", example: "与先进地区相比相形见拙。" },
  { wrong: "怨天由人", right: "怨天尤人", note: "尤：怨恨、归咎。", example: "遇到困难不能怨天由人。" },
  { wrong: "赡前顾后", right: "瞻前顾后", note: "瞻：向前看，目字旁。", example: "遇事赡前顾后、不敢担当。" },
  { wrong: "穿流不息", right: "川流不息", note: "川：河流。", example: "办事群众穿流不息。" },
  { wrong: "甘败下风", right: "甘拜下风", note: "拜：表示敬佩。", example: "不能在竞争中甘败下风。" },
  { wrong: "声名雀起", right: "声名鹊起", note: "鹊起：像喜鹊一样飞起。", example: "特色产品声名雀起。" },
  { wrong: "美仑美奂", right: "美轮美奂", note: "轮：高大。", example: "不能把办公场所装修得美仑美奂。" },
  { wrong: "人情事故", right: "人情世故", note: "世故：处世经验。", example: "不能被人情事故所左右。" },
  { wrong: "水泻不通", right: "水泄不通", note: "泄：排出。", example: "现场围得水泻不通。" },
  { wrong: "信手粘来", right: "信手拈来", note: "拈：用手指夹取。", example: "典型事例信手粘来。" },
  { wrong: "言简意骇", right: "言简意赅", note: "赅：完备，贝字旁。", example: "汇报要言简意骇。" },
  { wrong: "原形必露", right: "原形毕露", note: "毕：完全。", example: "弄虚作假终会原形必露。" },
  { wrong: "蛛丝蚂迹", right: "蛛丝马迹", note: "马迹：马蹄的痕迹。", example: "不放过任何蛛丝蚂迹。" },
  { wrong: "一诺千斤", right: "一诺千金", note: "千金：价值很高。", example: "对群众的承诺要一诺千斤。" },
  { wrong: "仗义直言", right: "仗义执言", note: "执言：主持公道说话。", example: "在原则问题上仗义直言。" },
  { wrong: "遗笑大方", right: "贻笑大方", note: "贻：遗留、招致。", example: "材料粗糙难免遗笑大方。" },
  { wrong: "不加思索", right: "不假思索", note: "假：借助。", example: "不加思索地照搬照抄。" },
  { wrong: "按纳不住", right: "按捺不住", note: "捺：压住，提手旁。", example: "群众按纳不住心中的不满。" },
  { wrong: "不可思义", right: "不可思议", note: "思议：想象和理解。", example: "这种低级错误令人不可思义。" },
  { wrong: "谆谆教悔", right: "谆谆教诲", note: "教诲：教导，言字旁。", example: "牢记组织的谆谆教悔。" },

  // ---- single words -------------------------------------------------------------------------
  { wrong: "震憾", right: "震撼", note: "震撼：震动摇撼，提手旁的“撼”。", example: "警示教育片令人震憾。" },
  { wrong: "遗撼", right: "遗憾", note: "遗憾：竖心旁的“憾”。", example: "工作中留下不少遗撼。" },
  {
    wrong: "布署",
    right: "部署",
    // 公布|署名, 发布|署名.
    notAfter: /^[名理长]/,
    note: "部署：安排，“部”是部门的部。",
    example: "认真落实上级工作布署。",
  },
  { wrong: "制肘", right: "掣肘", note: "掣（chè）肘：拉住胳膊，比喻阻挠。", example: "部门之间相互制肘。" },
  { wrong: "瓶劲", right: "瓶颈", note: "瓶颈：瓶子的颈部，比喻关键的阻碍。", example: "破解发展瓶劲。" },
  { wrong: "刨析", right: "剖析", note: "剖析：分析，立刀旁。", example: "深入刨析问题根源。" },
  {
    wrong: "垢病",
    right: "诟病",
    // 污垢|病菌.
    notBefore: /[污油尘泥水]$/,
    note: "诟病：指责，言字旁。",
    example: "这种做法为群众所垢病。",
  },
  { wrong: "篷勃", right: "蓬勃", note: "蓬勃：繁荣旺盛，草字头。", example: "产业发展篷勃兴起。" },
  {
    wrong: "付衍",
    right: "敷衍",
    // 支付|衍生, 交付|衍变.
    notAfter: /^[生变射]/,
    note: "敷衍：做事不负责，“敷”是敷药的敷。",
    example: "对群众诉求付衍了事。",
  },

  {
    wrong: "辩别",
    right: "辨别",
    // 争辩|别人.
    notBefore: /[争答申狡抗强分]$/,
    note: "辨别：区分，“辨”中间是点撇；“辩”是辩论。",
    example: "提高辩别是非的能力。",
  },
  { wrong: "明辩是非", right: "明辨是非", note: "明辨：分辨清楚；“辩”是辩论。", example: "做到明辩是非、站稳立场。" },
  { wrong: "辨证唯物", right: "辩证唯物", note: "辩证：哲学术语，用“辩”；“辨证”是中医用语。", example: "坚持辨证唯物主义世界观。" },
  { wrong: "辨证统一", right: "辩证统一", note: "辩证：哲学术语，用“辩”；“辨证”是中医用语。", example: "发展和安全是辨证统一的。" },
  { wrong: "蜇伏", right: "蛰伏", note: "蛰（zhé）伏：动物冬眠，比喻隐藏。", example: "一些问题蜇伏在基层。" },
  {
    wrong: "沉缅",
    right: "沉湎",
    // 深沉|缅怀.
    notAfter: /^[怀甸]/,
    note: "沉湎：沉溺，三点水。",
    example: "个别人沉缅于吃喝玩乐。",
  },
  {
    wrong: "编篡",
    right: "编纂",
    // 主编|篡改.
    notAfter: /^[改位权夺党]/,
    note: "编纂（zuǎn）：编辑；“篡”是篡改。",
    example: "组织编篡地方志。",
  },
  { wrong: "气慨", right: "气概", note: "气概：态度、举动，木字旁的“概”。", example: "拿出敢闯敢试的气慨。" },
  {
    wrong: "范筹",
    right: "范畴",
    // 规范|筹备, 示范|筹建.
    notAfter: /^[备建集措款资划办组码委算]/,
    note: "范畴：类型、范围，田字旁的“畴”。",
    example: "属于廉政风险范筹。",
  },
  { wrong: "廷伸", right: "延伸", note: "延伸：延长、伸展。", example: "推动监督向基层廷伸。" },
  {
    wrong: "沿习",
    right: "沿袭",
    // 沿|习近平…
    notAfter: /^近/,
    note: "沿袭：依照旧传统，“袭”是袭击的袭。",
    example: "不能简单沿习老办法。",
  },
  { wrong: "捶炼", right: "锤炼", note: "锤炼：锻造，金字旁。", example: "在基层一线捶炼党性。" },
  { wrong: "煅炼", right: "锻炼", note: "锻炼：金字旁的“锻”。", example: "到艰苦地方煅炼。" },
  { wrong: "粹炼", right: "淬炼", note: "淬炼：淬火锤炼，三点水。", example: "在斗争中粹炼本领。" },
  {
    wrong: "擎画",
    right: "擘画",
    // 引擎|画面.
    notBefore: /引$/,
    note: "擘（bò）画：筹划、安排。",
    example: "党的二十大擎画了宏伟蓝图。",
  },
  { wrong: "笃行不殆", right: "笃行不怠", note: "不怠：不懈怠，心字底。", example: "坚持笃行不殆。" },
  { wrong: "焕散", right: "涣散", note: "涣散：松懈，三点水。", example: "整顿软弱焕散的基层党组织。" },
  { wrong: "涣发", right: "焕发", note: "焕发：光彩四射，火字旁。", example: "涣发干事创业热情。" },
  { wrong: "涣然一新", right: "焕然一新", note: "焕然：光彩鲜明，火字旁。", example: "村容村貌涣然一新。" },
  { wrong: "遗误", right: "贻误", note: "贻误：耽误，贝字旁。", example: "决不能遗误发展时机。" },
  { wrong: "疲备", right: "疲惫", note: "疲惫：非常疲乏，心字底。", example: "基层干部疲于应付、身心疲备。" },
  {
    wrong: "嘱目",
    right: "瞩目",
    // 叮嘱|目…, 医嘱|目…, 遗嘱|目….
    notBefore: /[叮医遗]$/,
    note: "瞩目：注视，目字旁。",
    example: "取得了令人嘱目的成绩。",
  },
  { wrong: "叮瞩", right: "叮嘱", note: "叮嘱：口字旁的“嘱”。", example: "牢记组织的叮瞩。" },
  { wrong: "瞩托", right: "嘱托", note: "嘱托：托付，口字旁。", example: "不负习近平总书记殷殷瞩托。" },
  {
    wrong: "赋于",
    right: "赋予",
    // 天赋|于….
    notBefore: /天$/,
    note: "赋予：交给，“予”是给予的予。",
    example: "履行党章赋于的职责。",
  },
  {
    wrong: "给于",
    right: "给予",
    // 供给|于…, 补给|于…, 交给|于….
    notBefore: /[供补配交递送献留让分借还付传]$/,
    note: "给予（jǐyǔ）：给，“予”不是“于”。",
    example: "对困难群众给于帮扶。",
  },
  { wrong: "至力于", right: "致力于", note: "致力：把力量用在某方面。", example: "始终至力于改善民生。" },
  {
    wrong: "冒然",
    right: "贸然",
    // 感冒|然后, 假冒|然而, 仿冒|然后.
    notBefore: /[感假仿]$/,
    note: "贸然：轻率地，“贸”是贝字底。",
    example: "不能冒然决策。",
  },
  { wrong: "全复盖", right: "全覆盖", note: "覆盖：遮盖，“覆”是西字头。", example: "实现监督全复盖。" },
  { wrong: "复盖面", right: "覆盖面", note: "覆盖：遮盖，“覆”是西字头。", example: "扩大政策复盖面。" },
  {
    wrong: "台帐",
    right: "台账",
    // 平台|帐号, 平台|帐户, 舞台|帐篷.
    notAfter: /^[号户篷]/,
    note: "账目的“账”是贝字旁，“帐”指帐篷、蚊帐。",
    example: "建立整改台帐，逐项销号。",
  },
  {
    wrong: "帐目",
    right: "账目",
    // 蚊帐|目前.
    notBefore: /[蚊营军]$/,
    notAfter: /^前/,
    note: "账目的“账”是贝字旁，“帐”指帐篷、蚊帐。",
    example: "定期公开帐目。",
  },
  {
    wrong: "报帐",
    right: "报账",
    // 上报|帐篷, 举报|帐号; 汇报|帐目 (帐目 is reported itself).
    notAfter: /^[篷号户]/,
    notBefore: /[汇填本情日禀上申举]$/,
    note: "账目的“账”是贝字旁，“帐”指帐篷、蚊帐。",
    example: "严格执行报帐制度。",
  },
  { wrong: "凋蔽", right: "凋敝", note: "凋敝：衰败，“敝”下面没有草字头。", example: "改变乡村经济凋蔽的面貌。" },
  { wrong: "幅射", right: "辐射", note: "辐射：车字旁的“辐”。", example: "发挥示范点的幅射带动作用。" },
  {
    wrong: "精萃",
    right: "精粹",
    // 酒精|萃取.
    notAfter: /^取/,
    note: "精粹：精华，米字旁的“粹”。",
    example: "汲取中华文化的精萃。",
  },
  { wrong: "渲泄", right: "宣泄", note: "宣泄：发泄，宝盖头的“宣”。", example: "为群众提供渲泄情绪的渠道。" },
  { wrong: "寒喧", right: "寒暄", note: "寒暄：见面时的客套话，日字旁。", example: "下基层不能只寒喧几句就走。" },
  {
    wrong: "做为",
    right: "作为",
    // 做|为民服务的事 is right: only before who one is.
    after: /^(?:一名|一个|一位|党员|领导干部|班子成员|党组织)/,
    note: "表示身份用“作为”。",
    example: "做为一名党员领导干部，我深感责任重大。",
  },
];

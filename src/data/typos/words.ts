import type { Typo } from "./types";

/** Single words with a character wrong (震憾, 遗撼 …). */
export const WORD_TYPOS: Typo[] = [
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

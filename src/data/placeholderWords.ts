/**
 * What a draft leaves unfilled: a 【…】 slot of a template (ours put 【单位】, 【个人/领导班子】,
 * 【……】 and the like), a masked word (**镇), a count (x人). Used by the placeholders rule.
 */

/**
 * The names of what goes into a slot: 【单位】【姓名】【上级党组织】【年度】. A bracketed word that
 * ends with one of them and has no digit is a slot wherever it stands, also in a title.
 */
export const SLOT_FIELDS = [
  "单位", "姓名", "名字", "职务", "职级", "职位", "部门", "党支部", "支部", "党组织", "年度", "年份", "时间", "日期", "地点",
  "名称", "数字", "数量", "数据", "金额", "人数", "次数", "事例", "例子", "实例", "清单",
];

/** Content that can only be a slot, in a title and headings too: a request, a choice (个人/班子), 具体…, 某…. */
export const SLOT_WORDING = /^(?:请|此处|这里|在此|具体)|填写|填入|填空|补充|插入|替换|写明|列举|举例|待定|待补|待填|某|[\u4e00-\u9fa5]\s*[/／|｜]\s*[\u4e00-\u9fa5]/;

/** Content made only of dots, dashes, marks or spaces: 【……】, 【XX】, 【 】. */
export const SLOT_FILLER = /^[\s\u3000.。…·\-—_＿xXｘＸ×*＊○□]*$/;

/**
 * What follows a masked place, unit or person inside a sentence: **镇, **同志, **公司. An unpaired
 * run of asterisks before anything else (要做到**三个坚持) is a bold whose other half was lost.
 */
export const MASKED_WORD_NEAR = /^(?:[省市县区乡镇村局]|街道|社区|同志|书记|主任|公司|单位|学校|学院|大学|中学|小学|支部|医院|企业|项目|集团|中心|银行)/;

/**
 * The same at the start of a paragraph, where a bold heading's lost half is likelier (**县域经济……):
 * only a place with its organ, or a person's post.
 */
export const MASKED_WORD_AFTER = /^(?:同志|书记|县长|镇长|乡长|市长|区长|主任|局长|部长|[省市县区乡镇村](?:党委|政府|人大|政协|纪委)|[省市县区乡镇村]委?(?=[的在和与、，。；]))/;

/**
 * What a single x counts or names (x人, X个, x大主导产业, X月X日, X县): a lone letter x before one of
 * these is a placeholder. Before other words it may be a real letter (X光, x轴).
 */
export const X_COUNTED = /^(?:[个人名位次项家所条件篇份场张户座期批届年月日天周万亿千百元大支类种点处倍轮级岁余多%％]|省|市|县|区|乡|镇|村|街道|社区|局|委|厅|办|部|科|室|站|队|同志|书记|单位|公司|企业)/;

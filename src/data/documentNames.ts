/*
 * Data for the title-mark check of the punctuation rule (src/core/rules/punctuation.ts): how a
 * draft names a document (a 关于……的意见, a party regulation) that GB/T 15834 puts in 《》.
 *
 * A 关于……的意见 is taken for a document's name only after a verb that cites a document
 * (学习, 印发, 贯彻落实, 根据 …), optionally with its issuer (中共中央, 省委): "征求关于班子建设
 * 的意见" is opinions, not a document, and 征求 is not here.
 */

/** Verbs that cite a document: 学习、贯彻、印发、按照 …. */
export const CITING_VERBS: readonly string[] = [
  "认真学习", "学习", "学习贯彻", "贯彻落实", "贯彻", "落实", "执行", "印发", "出台", "制定", "下发", "转发", "颁布", "发布", "传达",
  "对照", "根据", "按照", "依据", "遵照", "遵守", "严格执行", "严格落实", "研读", "通读",
];

/** Who issues a document, written before its name and outside the title marks. */
export const ISSUERS: readonly string[] = [
  "中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "中央办公厅", "中办", "国办", "党中央", "中央", "中央纪委", "中组部", "中央组织部",
  "省委", "省政府", "市委", "市政府", "县委", "县政府", "区委", "区政府", "省纪委", "市纪委", "县纪委", "两办",
];

/** What such a document is called at the end of its name. */
export const DOCUMENT_KINDS: readonly string[] = [
  "实施意见", "指导意见", "若干意见", "意见", "通知", "决定", "决议", "若干规定", "规定", "实施细则", "实施办法", "办法", "条例", "若干准则", "准则", "实施方案", "工作方案", "规划", "纲要",
];

/** Party regulations named by their full title: 中国共产党纪律处分条例, 中国共产党章程. */
export const PARTY_REGULATION_KINDS: readonly string[] = ["章程", "条例", "准则", "规定", "规则"];

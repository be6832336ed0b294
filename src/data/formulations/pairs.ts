import type { FixedPair } from "./types";

export const FIXED_PAIRS: FixedPair[] = [
  { id: "pair-sige-yishi", name: "四个意识", wrongVerbs: ["坚定", "做到", "拥护"], verb: "增强", source: 5 },
  { id: "pair-sige-zixin", name: "四个自信", wrongVerbs: ["增强", "树牢", "做到", "拥护"], verb: "坚定", source: 5 },
  { id: "pair-liangge-weihu", name: "两个维护", wrongVerbs: ["增强", "坚定", "树牢", "拥护"], verb: "做到", source: 5 },
  { id: "pair-liangge-queli", name: "两个确立", wrongVerbs: ["做到", "增强", "树牢"], verb: "拥护", source: 5 },
  { id: "pair-wuwei-yiti", name: "五位一体", wrongVerbs: ["协调推进"], verb: "统筹推进", wrongAfter: ["战略布局"], after: "总体布局", source: 6 },
  { id: "pair-sige-quanmian", name: "四个全面", wrongVerbs: ["统筹推进"], verb: "协调推进", wrongAfter: ["总体布局"], after: "战略布局", source: 7 },
];

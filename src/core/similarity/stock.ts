import { FIXED_PAIRS, FULL_NAMES, KNOWN_ERRORS, MEMBER_LISTS } from "../../data/formulations";
import { MEETING_TEMPLATES } from "../../data/templates";
import { PHRASES } from "../../data/phrases";
import { HashSet, hashAt, outgoingWeight, roll } from "./hash";
import { normalizeText, type NormalDraft } from "./normalize";

/*
 * Stock text (套话): what every draft is expected to share, and so is no sign of copying. Official
 * formulations, the aspect headings and titles of the meeting types, the built-in phrases, and
 * the usual opening and closing sentences. A draft's characters that stock text covers do not
 * count towards a shared passage or the score.
 *
 * Stock is held as the set of its STOCK_GRAM-character runs (after normalising): a draft's run
 * found in the set is stock. So a formulation or a phrase is recognised inside a longer sentence,
 * and a phrase whose 【…】 slots the writer filled in is stock except for what was filled in.
 */

/** Characters of a stock run: long enough that ordinary words (工作作风, 理论学习) are not stock. */
export const STOCK_GRAM = 6;

/**
 * Sentences and headings every material uses, beyond the data the engine already holds
 * (written for this project; a part heading and the usual ways to open and close).
 */
const USUAL_SENTENCES: readonly string[] = [
  "现将对照检查情况报告如下",
  "现将个人对照检查情况报告如下",
  "现将班子对照检查情况报告如下",
  "现将有关情况报告如下",
  "现将具体情况汇报如下",
  "以上是我的对照检查发言",
  "以上是班子的对照检查发言",
  "不妥之处请各位同志批评指正",
  "不当之处恳请同志们批评指正",
  "请各位同志批评指正",
  "恳请大家批评帮助",
  "上次民主生活会整改措施落实情况",
  "上一年度民主生活会整改落实情况",
  "上年度组织生活会整改落实情况",
  "对照检查查摆的突出问题",
  "存在的突出问题及具体表现",
  "问题产生的原因剖析",
  "产生问题的根源分析",
  "今后的努力方向和整改措施",
  "下一步整改措施和努力方向",
  "民主生活会对照检查材料",
  "组织生活会对照检查材料",
  "民主生活会个人对照检查材料",
  "民主生活会班子对照检查材料",
  "领导班子民主生活会对照检查材料",
];

/** Every stock text the engine ships with, as written (slots and punctuation included). */
export function shippedStockTexts(): string[] {
  const texts: string[] = [...USUAL_SENTENCES];
  for (const f of FULL_NAMES) texts.push(f.canonical);
  for (const e of KNOWN_ERRORS) texts.push(e.right, e.name);
  for (const l of MEMBER_LISTS) texts.push(...l.names, l.members.join(""), l.members.join("、"));
  for (const p of FIXED_PAIRS) texts.push(`${p.verb}${p.name}${p.after ?? ""}`);
  for (const t of MEETING_TEMPLATES) {
    texts.push(t.name, t.skeletonTitle, t.skeletonPreamble, ...Object.values(t.partHeadings));
    for (const a of t.aspects) texts.push(a.heading, a.name);
  }
  for (const p of PHRASES) texts.push(p.text);
  return texts;
}

/** Stock text compiled for masking. */
export interface StockIndex {
  grams: HashSet;
}

/**
 * Compile stock texts. A 【…】 slot is what the writer fills in: it parts the text, and each piece
 * is stock on its own.
 */
export function compileStock(texts: readonly string[]): StockIndex {
  const grams = new HashSet(texts.length * 32);
  const weight = outgoingWeight(STOCK_GRAM);
  for (const text of texts) {
    for (const piece of text.split(/【[^】]*】/)) {
      const s = normalizeText(piece);
      if (s.length < STOCK_GRAM) continue;
      let h = hashAt(s, 0, STOCK_GRAM);
      grams.add(h);
      for (let i = STOCK_GRAM; i < s.length; i++) {
        h = roll(h, s.charCodeAt(i - STOCK_GRAM), weight, s.charCodeAt(i));
        grams.add(h);
      }
    }
  }
  return { grams };
}

let shipped: StockIndex | null = null;

/** The shipped stock text, compiled on first use. */
export function shippedStock(): StockIndex {
  return (shipped ??= compileStock(shippedStockTexts()));
}

/** 1 for each character of the draft that stock text covers, 0 for the writer's own. */
export function stockMask(draft: NormalDraft, stock: StockIndex): Uint8Array {
  const { chars, blockStart } = draft;
  const mask = new Uint8Array(chars.length);
  const weight = outgoingWeight(STOCK_GRAM);
  for (let p = 0; p + 1 < blockStart.length; p++) {
    const from = blockStart[p];
    const to = blockStart[p + 1];
    if (to - from < STOCK_GRAM) continue;
    let h = hashAt(chars, from, STOCK_GRAM);
    for (let i = from; ; i++) {
      if (stock.grams.has(h)) mask.fill(1, i, i + STOCK_GRAM);
      if (i + STOCK_GRAM >= to) break;
      h = roll(h, chars.charCodeAt(i), weight, chars.charCodeAt(i + STOCK_GRAM));
    }
  }
  return mask;
}

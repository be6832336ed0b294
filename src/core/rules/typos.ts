import type { Rule } from "./types";
import { TYPOS, type Typo } from "../../data/typos";
import { PhraseIndex } from "../text/phraseIndex";

/*
 * Confusions common in official writing (自已, 急燥, 再接再励 …), each replaced by its right form.
 * The list and its contexts are data (src/data/typos.ts); this file only finds them, in one pass
 * per paragraph (src/core/text/phraseIndex.ts), the context of each hit checked on the spot.
 */

/** Characters of context the data's `before`/`after` patterns may look at. */
const BEFORE = 8;
const AFTER = 40;

const BY_WRONG = new Map<string, Typo[]>();
for (const t of TYPOS) BY_WRONG.set(t.wrong, [...(BY_WRONG.get(t.wrong) ?? []), t]);
/** Every wrong form, found in one pass per paragraph. */
const INDEX = new PhraseIndex(BY_WRONG.keys());

/** Whether `t` is wrong at [start, start + t.wrong.length) of `text`. */
function wrongHere(t: Typo, text: string, start: number): boolean {
  const end = start + t.wrong.length;
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const after = text.slice(end, end + AFTER);
  if (t.after && !t.after.test(after)) return false;
  if (t.before && !t.before.test(before)) return false;
  if (t.notAfter?.test(after)) return false;
  if (t.notBefore?.test(before)) return false;
  return true;
}

/** The typo among the wrong forms at `start` (longest first): the first whose context says it is wrong. */
function typoAt(text: string, start: number, forms: readonly string[]): Typo | null {
  for (const w of forms) for (const t of BY_WRONG.get(w)!) if (wrongHere(t, text, start)) return t;
  return null;
}

export const typos: Rule = {
  meta: {
    id: "typos",
    category: "wording",
    severity: "warning",
    name: "常见错别字",
    description: "公文中常见的错别字和易混词，如“自已”“急燥”“报有侥幸心理”“再接再励”“按步就班”“主动新”（主动性），只在确定写错的语境中提示。",
    why: "错别字一眼就能看出，说明材料没有认真校对，会被当作态度不端正退回；常见于拼音输入法选错字、照抄旧材料。",
    example: { bad: "我对自已要求不严，工作中有急燥情绪。", good: "我对自己要求不严，工作中有急躁情绪。" },
    messages: {
      typo: "“{{found}}”应为“{{right}}”。{{note}}",
    },
    fixable: true,
  },
  check({ paragraphs, report }) {
    paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      // Every wrong form has two characters or more.
      if (text.length < 2) return;
      INDEX.scan(text, (forms, start) => {
        const t = typoAt(text, start, forms);
        // Right here (来自已有, 上报有关 …): go on at the next character.
        if (!t) return -1;
        const end = start + t.wrong.length;
        report({
          messageId: "typo",
          data: { found: t.wrong, right: t.right, note: t.note },
          paragraph,
          start,
          end,
          fix: { paragraph, start, end, replacement: t.right },
        });
        return end;
      });
    });
  },
};

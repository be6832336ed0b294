import type { RuleContext } from "../types";
import { CITING_VERBS, DOCUMENT_KINDS, ISSUERS, PARTY_REGULATION_KINDS } from "../../../data/documentNames";

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
/** Characters a document's name is made of: no sentence mark, no title mark, no enumeration comma. */
const NAME_CHAR = "[^，。；：！？、《》\\s,;:!?]";
/** 学习中共中央关于……的意见: the verb and issuer stay outside the title marks, the name is group 1. */
const ABOUT = new RegExp(
  `(?:${alternatives(CITING_VERBS)})了?(?:(?:${alternatives(ISSUERS)})[、和]?)*(关于${NAME_CHAR}{2,40}?的(?:${alternatives(DOCUMENT_KINDS)}))(?![》建稿])`,
  "g",
);
/** 中国共产党纪律处分条例 written without its title marks (中国共产党员 is a member). */
const PARTY = new RegExp(`(?<!《)(中国共产党(?![员的人])${NAME_CHAR}{0,16}?(?:${alternatives(PARTY_REGULATION_KINDS)}))(?!》)`, "g");
/**
 * The name of a document cited without 《》 (GB/T 15834: 书名号 for the names of documents): a
 * 关于……的意见 after a verb that cites a document, a 中国共产党……条例. No fix: where the name
 * ends (……的规定》的通知) and whether the issuer belongs in it are the writer's to say.
 */
export function checkTitleMarks({ report }: RuleContext, paragraph: number, text: string) {
  if (text.includes("关于")) {
    for (const m of text.matchAll(ABOUT)) {
      const start = m.index + m[0].length - m[1].length;
      if (!insideTitleMarks(text, start)) report({ messageId: "titleMarks", data: { name: m[1] }, paragraph, start, end: start + m[1].length });
    }
  }
  if (text.includes("中国共产党")) {
    for (const m of text.matchAll(PARTY)) {
      if (!insideTitleMarks(text, m.index)) report({ messageId: "titleMarks", data: { name: m[1] }, paragraph, start: m.index, end: m.index + m[1].length });
    }
  }
}

/** Whether an opening 《 before `at` is still open there (looked for as far back as a name is long). */
function insideTitleMarks(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 60; k--) {
    if (text[k] === "》") return false;
    if (text[k] === "《") return true;
  }
  return false;
}

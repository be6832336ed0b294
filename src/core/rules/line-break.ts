import type { Rule } from "./types";

/** Characters of the broken line's end that the finding shows. */
const SHOWN = 6;

/**
 * A line broken inside a sentence (text pasted from a PDF or a web page): the engine reads it as
 * one paragraph with the next line (`analysis.lineBreaks`); the document still has two.
 */
export const lineBreak: Rule = {
  meta: {
    id: "line-break",
    category: "paste",
    severity: "warning",
    name: "句中断行",
    description: "一句话在行中间被硬回车断成了两段，多见于从 PDF、网页或旧文件中复制的文字。",
    why: "断行在 Word 中显示为另起一段，打印出来句子被截断，首行缩进和段落格式也会错乱，一看就是复制粘贴的痕迹。",
    example: { bad: "我对新出台的政策文件往往只看摘要，没有逐条研⏎读，比如……", good: "我对新出台的政策文件往往只看摘要，没有逐条研读，比如……" },
    messages: {
      broken: "这一行在句子中间断开，与下一行原是同一段；可合并为一段。",
    },
    fixable: true,
  },
  check({ analysis, paragraphs, report }) {
    for (const b of analysis.lineBreaks) {
      const text = paragraphs[b.paragraph].text;
      const next = paragraphs[b.next]?.text;
      // The joined lines are adjacent; anything else is not a break this rule can mend.
      if (next === undefined || b.next !== b.paragraph + 1) continue;
      let start = Math.max(0, b.offset - SHOWN);
      if (start > 0 && /[\udc00-\udfff]/.test(text[start])) start--; // never half a character
      report({
        messageId: "broken",
        paragraph: b.paragraph,
        start,
        end: b.offset,
        fix: { paragraph: b.paragraph, start: b.offset, end: text.length, replacement: b.glue, joinNext: { expected: next.slice(0, b.nextOffset) } },
      });
    }
  },
};

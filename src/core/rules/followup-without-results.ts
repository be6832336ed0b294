import type { Rule } from "./types";
import { FOLLOWUP_RESULTS } from "../../data/substance";

const RESULTS = new RegExp(FOLLOWUP_RESULTS.join("|"));
/** Less text than this under the heading: the part has not been written. */
const MIN_TEXT = 10;

/**
 * A 上次整改落实情况 part that says nothing of what was done: no 已完成, 已整改, 完成率,
 * 建立了 …, no number.
 */
export const followupWithoutResults: Rule = {
  meta: {
    id: "followup-without-results",
    category: "substance",
    severity: "warning",
    name: "整改落实情况没有结果",
    description: "“上次民主生活会整改落实情况”部分没有写出整改结果：没有“已完成”“已整改”“完成率”“建立了……”等，也没有数字。",
    why: "回头看上次整改，要讲清楚改了什么、改到什么程度，最好有完成几项、建立几项制度的数字；只讲“高度重视、认真整改”，等于没有交账。",
    example: {
      bad: "二、上年度民主生活会整改落实情况\n对上次查摆的问题，我高度重视，逐条研究，认真抓好整改。",
      good: "……上次查摆的5个问题、制定的12条措施已全部完成，建立了每月学习交流制度。",
    },
    messages: {
      noResults: "“{{heading}}”部分没有写出整改结果（完成了几项、改到什么程度、建立了哪些制度）。",
      empty: "“{{heading}}”部分只有标题，还没有写整改落实情况。",
    },
    fixable: false,
  },
  check({ analysis, paragraphs, report, headingAt }) {
    for (const part of analysis.parts) {
      if (part.role !== "followup") continue;
      // The text under the heading: the heading's own paragraph past its title, then the rest.
      const node = headingAt(part.paragraph);
      const pieces: string[] = [];
      for (let i = part.first; i <= part.last; i++) {
        const text = paragraphs[i].text;
        pieces.push(i === part.paragraph && part.heading !== null ? text.slice(node ? node.titleEnd : text.length) : text);
      }
      const body = pieces.join("\n").replace(/[\s\u3000*#。：:]/g, "");
      const heading = part.heading ?? "上次整改落实情况";
      const text = paragraphs[part.paragraph].text;
      const at = { paragraph: part.paragraph, start: 0, end: node ? node.titleEnd : text.length };
      if (body.length < MIN_TEXT) {
        report({ messageId: "empty", data: { heading }, ...at });
        continue;
      }
      if (RESULTS.test(body)) continue;
      report({ messageId: "noResults", data: { heading }, ...at });
    }
  },
};

import type { Rule } from "./types";
import { problemsWithoutCause, shortTitle, topicNames } from "../correspondence";

/**
 * A problem group that no cause explains. Causes are general (three or four for six problem
 * groups is normal), so a cause explains a problem when it names the problem's topics or a root
 * they come from (理想信念 → 理论学习, 宗旨意识 → 调查研究 …); this is only a hint.
 */
export const problemWithoutCause: Rule = {
  meta: {
    id: "problem-without-cause",
    category: "correspondence",
    severity: "info",
    name: "问题没有对应的原因",
    description: "一组问题在原因剖析中找不到能解释它的原因：没有哪条原因谈到它所涉及的方面，或这些方面的思想根源。",
    why: "原因要能解释查摆的问题。原因可以概括（几条原因对应多组问题），但每组问题都应能追溯到其中一条，否则剖析显得与问题脱节。",
    example: {
      bad: "问题中有“意识形态工作指导不力”，原因只谈理想信念和担当精神，没有涉及管党治党责任或政治站位。",
      good: "原因中写明：管党治党责任意识不强，对意识形态工作的极端重要性认识不足。",
    },
    messages: {
      noCause: "问题“{{title}}”（{{topics}}）在原因剖析中找不到对应的原因；原因可以概括，但应能解释这组问题。",
      noCauseNoTopic: "问题“{{title}}”在原因剖析中找不到对应的原因（这组问题的内容较少，无法判断所属方面）。",
    },
    fixable: false,
  },
  check({ analysis, report }) {
    const c = analysis.correspondence;
    if (!c) return;
    for (const g of problemsWithoutCause(c)) {
      const topics = topicNames(g.topics);
      report({ messageId: topics ? "noCause" : "noCauseNoTopic", data: { title: shortTitle(g.title), topics }, ...g.heading });
    }
  },
};

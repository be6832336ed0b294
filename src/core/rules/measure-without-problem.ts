import type { Rule } from "./types";
import { measuresWithoutProblem, shortTitle, topicNames } from "../correspondence";

/** A measure group that answers none of the problems raised: padding (shared/domain/README.md §4). */
export const measureWithoutProblem: Rule = {
  meta: {
    id: "measure-without-problem",
    category: "correspondence",
    severity: "warning",
    name: "措施没有对应的问题",
    description: "一组整改措施所谈的方面，在查摆的问题中都没有出现：它不回应任何问题。按内容（主题和关键词）对应，不按顺序。",
    why: "措施要针对查摆出的问题；不对应任何问题的措施被视为凑数，也说明问题部分可能漏写了这一方面。",
    example: {
      bad: "问题只谈理论学习、工作作风，措施中却有一组“加强安全生产监管”。",
      good: "删去这组措施，或在问题部分写明对应的问题。",
    },
    messages: {
      noProblem: "措施“{{title}}”（{{topics}}）回应不了查摆的任何问题：问题中没有谈到这些方面。请删去，或在问题部分补写对应的问题。",
      noProblemNoTopic: "措施“{{title}}”回应不了查摆的任何问题（这组措施的内容较少，无法判断所属方面）。",
    },
    fixable: false,
  },
  check({ analysis, report }) {
    const c = analysis.correspondence;
    if (!c) return;
    for (const g of measuresWithoutProblem(c)) {
      const topics = topicNames(g.topics);
      report({ messageId: topics ? "noProblem" : "noProblemNoTopic", data: { title: shortTitle(g.title), topics }, ...g.heading });
    }
  },
};

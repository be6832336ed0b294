import type { Rule } from "./types";
import { problemsWithoutMeasure, shortTitle, topicNames } from "../correspondence";

/**
 * A problem group that no measure answers (shared/domain/README.md §4): the measures were
 * matched by topic, not by position (src/core/correspondence/).
 */
export const problemWithoutMeasure: Rule = {
  meta: {
    id: "problem-without-measure",
    category: "correspondence",
    severity: "error",
    name: "问题没有对应的整改措施",
    description: "一组问题（或反面典型案例剖析中的问题）在整改措施中找不到回应：没有哪组措施谈到它所涉及的方面。按内容（主题和关键词）对应，不按顺序。",
    why: "“问题准、原因清、措施明”：每个查摆出的问题都要有针对性的整改措施。有问题没措施，审核时一般会退回补充。",
    example: {
      bad: "（三）调查研究方面……（问题）；整改措施中只谈理论学习、廉洁自律，没有一句谈调研。",
      good: "整改措施中写明：每季度到联系点蹲点调研一次，形成调研报告。",
    },
    messages: {
      noMeasure: "问题“{{title}}”（{{topics}}）在整改措施中找不到回应，请补充针对它的措施，或在现有措施中写明。",
      noMeasureNoTopic: "问题“{{title}}”在整改措施中找不到回应（这组问题的内容较少，无法判断所属方面），请补充针对它的措施。",
    },
    fixable: false,
  },
  check({ analysis, report }) {
    const c = analysis.correspondence;
    if (!c) return;
    for (const g of problemsWithoutMeasure(c)) {
      const topics = topicNames(g.topics);
      report({ messageId: topics ? "noMeasure" : "noMeasureNoTopic", data: { title: shortTitle(g.title), topics }, ...g.heading });
    }
  },
};
